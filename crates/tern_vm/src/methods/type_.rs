//! `type`: class attributes (`__name__`, `__mro__`, `__bases__`...) and
//! the methods of metaclasses.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_getset(&t, "__name__", get_name, Some(set_name));
    vm.add_getset(&t, "__qualname__", get_qualname, Some(set_qualname));
    vm.add_getset(&t, "__module__", get_module, Some(set_module));
    vm.add_getset(&t, "__mro__", get_mro, None);
    vm.add_getset(&t, "__bases__", get_bases, Some(set_bases));
    vm.add_getset(&t, "__base__", get_base, None);
    // A class's `__dict__` (a mappingproxy) and `__doc__`: on `type`, as
    // in CPython (`object.__dict__` has neither).
    vm.add_getset(&t, "__dict__", crate::methods::object::get_dict, None);
    vm.add_getset(&t, "__doc__", crate::methods::object::get_doc, Some(crate::methods::object::set_doc));
    // inspect.signature(a class without __init__/__new__) is object's "()".
    vm.add_getset(
        &t,
        "__text_signature__",
        |vm, v| Ok(if matches!(v, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.object)) { vm.new_str("()") } else { Value::None }),
        None,
    );
    vm.add_method(&t, "mro", mro);
    vm.add_method(&t, "__subclasses__", subclasses);
    vm.add_method(&t, "__call__", call);
    vm.add_method(&t, "__init__", init);
    vm.add_method(&t, "__instancecheck__", instancecheck);
    vm.add_method(&t, "__subclasscheck__", subclasscheck);
    vm.add_method(&t, "__repr__", repr);
    vm.add_method(&t, "__or__", type_or);
    vm.add_method(&t, "__ror__", type_ror);
    vm.add_classmethod(&t, "__prepare__", prepare);
}

fn as_type(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", vm.type_name(v))),
    }
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    let n = t.as_type().map(|t| t.name()).unwrap_or_default();
    Ok(vm.new_string(n))
}

fn set_name(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let Some(s) = crate::builtins::str_of(&new) else {
        return vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.as_type().map(|t| t.name()).unwrap_or_default(),
            vm.type_name(&new)
        ));
    };
    vm.check_type_name(&new)?;
    if let Some(td) = t.as_type() {
        *td.name.borrow_mut() = s.to_string();
    }
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    let n = t.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    Ok(vm.new_string(n))
}

fn set_qualname(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let Some(s) = crate::builtins::str_of(&new) else {
        let tn = t.as_type().map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("can only assign string to {tn}.__qualname__, not '{}'", vm.type_name(&new)));
    };
    if let Some(td) = t.as_type() {
        *td.qualname.borrow_mut() = s.to_string();
    }
    Ok(())
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    if let Some(d) = t.dict_ref() {
        let k = vm.intern("__module__");
        if let Some(m) = crate::dictops::dict_get_str(vm, d, &k)? {
            // `type`'s own dict holds this very descriptor.
            if !matches!(&m, Value::Obj(o) if matches!(o.payload, Payload::GetSet(_))) {
                return Ok(m);
            }
        }
    }
    Ok(vm.new_str(t.as_type().and_then(|td| td.tp_module()).unwrap_or("builtins")))
}

fn set_module(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = as_type(vm, v)?;
    vm.set_dict_item_str(&t, "__module__", new);
    Ok(())
}

fn get_mro(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    let mro: Vec<Value> = t.as_type().map(|td| td.mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect()).unwrap_or_default();
    Ok(vm.new_tuple(mro))
}

fn get_bases(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    let b: Vec<Value> = t.as_type().map(|td| td.bases.borrow().iter().map(|c| Value::Obj(c.clone())).collect()).unwrap_or_default();
    Ok(vm.new_tuple(b))
}

fn set_bases(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let items = vm.iterate(&new)?;
    let mut bases = Vec::new();
    for b in items {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o),
            _ => return vm.type_error("__bases__ must be a tuple of classes"),
        }
    }
    if bases.is_empty() {
        return vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.as_type().map(|t| t.name()).unwrap_or_default()
        ));
    }
    let mro = match crate::typeobj::c3_mro(&t, &bases) {
        Ok(m) => m,
        Err(e) => return vm.type_error(e),
    };
    if let Some(td) = t.as_type() {
        *td.bases.borrow_mut() = bases.clone();
        *td.mro.borrow_mut() = mro;
        td.modified();
    }
    for b in &bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(std::rc::Rc::downgrade(&t));
        }
    }
    Ok(())
}

fn get_base(vm: &mut Vm, v: &Value) -> PyResult {
    let t = as_type(vm, v)?;
    Ok(t.as_type().and_then(|td| td.bases.borrow().first().cloned()).map(Value::Obj).unwrap_or(Value::None))
}

fn mro(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "mro", 0, 0)?;
    let t = as_type(vm, &args.pos[0])?;
    let mro: Vec<Value> = t.as_type().map(|td| td.mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect()).unwrap_or_default();
    Ok(vm.new_list(mro))
}

fn subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let t = as_type(vm, &args.pos[0])?;
    let subs: Vec<Value> =
        t.as_type().map(|td| td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect()).unwrap_or_default();
    Ok(vm.new_list(subs))
}

fn call(vm: &mut Vm, args: Args) -> PyResult {
    let t = as_type(vm, &args.pos[0])?;
    vm.type_call_default(&t, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

fn init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__instancecheck__", 1, 1)?;
    let t = as_type(vm, &args.pos[0])?;
    Ok(Value::Bool(vm.isinstance(&args.pos[1], &t)))
}

fn subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__subclasscheck__", 1, 1)?;
    let t = as_type(vm, &args.pos[0])?;
    match &args.pos[1] {
        Value::Obj(s) if matches!(s.payload, Payload::Type(_)) => Ok(Value::Bool(crate::typeobj::is_subtype(s, &t))),
        _ => vm.type_error("issubclass() arg 1 must be a class"),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = vm.repr_builtin(&args.pos[0])?;
    Ok(vm.new_string(s))
}

fn prepare(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

/// `type.__or__` / `__ror__`: `int | str` is a `types.UnionType`, built by
/// the frozen `_tern_union` module.
fn union_of(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let m = vm.import_module("_tern_union")?;
    let f = vm.getattr_str(&m, "_or")?;
    vm.call(&f, Args::new(&[a, b]))
}
pub fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "__or__", 1, 1)?;
    union_of(vm, args.pos[0].clone(), args.pos[1].clone())
}
pub fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    crate::methods::nargs(vm, &args, "__ror__", 1, 1)?;
    union_of(vm, args.pos[1].clone(), args.pos[0].clone())
}

impl Vm {
    /// A class name must encode to UTF-8 (no lone surrogates) and hold no
    /// NUL, as CPython's `type.__new__` and `__name__` setter check.
    pub fn check_type_name(&mut self, name: &Value) -> PyResult<()> {
        let Some(ps) = crate::builtins::pystr_of(name) else { return Ok(()) };
        let surrogate = |c: &u32| (0xD800..0xE000).contains(c);
        if let Some(i) = ps.code_points().position(|c| surrogate(&c)) {
            // The error covers the run of surrogates, as CPython's encoder.
            let n = ps.code_points().skip(i).take_while(surrogate).count();
            return Err(crate::methods::unicode_error::encode_error_of(self, "utf-8", name.clone(), i, i + n, "surrogates not allowed"));
        }
        if ps.as_str().contains('\0') {
            return self.value_error("type name must not contain null characters");
        }
        Ok(())
    }
}
