//! `object`: the default special methods and the `__class__` attribute
//! every instance has; the `__dict__` and `__doc__` attributes that
//! classes, `type` and `BaseException` hold.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.object.clone();
    vm.add_method(&t, "__init__", init);
    vm.add_method(&t, "__repr__", repr);
    vm.add_method(&t, "__str__", str_);
    vm.add_method(&t, "__eq__", eq);
    vm.add_method(&t, "__ne__", ne);
    vm.add_method(&t, "__hash__", hash);
    vm.add_method(&t, "__format__", object_format);
    vm.add_method(&t, "__getattribute__", getattribute);
    vm.add_method(&t, "__setattr__", setattr);
    vm.add_method(&t, "__delattr__", delattr);
    vm.add_method(&t, "__dir__", dir);
    vm.add_method(&t, "__reduce_ex__", reduce_ex);
    vm.add_method(&t, "__reduce__", reduce);
    vm.add_method(&t, "__getstate__", getstate);
    vm.add_method(&t, "__sizeof__", sizeof);
    vm.add_method(&t, "__lt__", not_implemented);
    vm.add_method(&t, "__le__", not_implemented);
    vm.add_method(&t, "__gt__", not_implemented);
    vm.add_method(&t, "__ge__", not_implemented);
    vm.add_classmethod(&t, "__init_subclass__", init_subclass);
    vm.add_classmethod(&t, "__subclasshook__", subclasshook);
    vm.add_getset(&t, "__class__", get_class, Some(set_class));
    crate::builtins::ctors::add_new_staticmethod(vm, &t, "object", object_new);
    let none_t = vm.types.none_type.clone();
    vm.add_method(&none_t, "__bool__", |_, _| Ok(Value::Bool(false)));
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let object = vm.types.object.clone();
    crate::builtins::new_check::check_new_call(vm, &args, &object)?;
    match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            let c = c.clone();
            if args.pos.len() > 1 || !args.kwnames.is_empty() {
                if vm.overrides_new(&c) {
                    return vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                let init = vm.lookup_type_attr_str(&c, "__init__");
                let object_init = match &init {
                    Some(Value::Obj(i)) => matches!(&i.payload, Payload::Native(nf) if nf.owner == Some("object")),
                    _ => true,
                };
                if object_init {
                    let n = c.as_type().map(|t| t.name()).unwrap_or_default();
                    return vm.type_error(format!("{n}() takes no arguments"));
                }
            }
            vm.object_new(&c)
        }
        Some(other) => vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(other))),
        None => vm.type_error("object.__new__(): not enough arguments"),
    }
}

/// `object.__init__(self)`: arguments are an error unless the class
/// overrides `__new__` (which took them) and not `__init__`.
fn init(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 || !args.kwnames.is_empty() {
        let cls = vm.type_of(&args.pos[0]);
        let init = vm.lookup_type_attr_str(&cls, "__init__");
        if !init.is_some_and(|i| vm.is_object_init(&i)) {
            return vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        let new = vm.lookup_type_attr_str(&cls, "__new__").map(|n| match &n {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                _ => n.clone(),
            },
            _ => n,
        });
        // A builtin base other than object constructs through its own new.
        let object = vm.types.object.clone();
        let native = cls.as_type().is_some_and(|td| {
            td.mro
                .borrow()
                .iter()
                .any(|c| !Rc::ptr_eq(c, &object) && c.as_type().is_some_and(|ct| !ct.heap && ct.native_new.get().is_some()))
        });
        if !native && new.is_some_and(|n| vm.is_object_new(&n)) {
            let name = cls.as_type().map(|td| td.name()).unwrap_or_default();
            return vm.type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__repr__", 0, 0)?;
    let v = &args.pos[0];
    // A type with a repr of its own (`object.__repr__(5)`) gets the
    // default form; one whose repr tern makes here, its repr.
    let cls = vm.type_of(v);
    let own = vm.lookup_type_attr_str(&cls, "__repr__");
    let object_repr = vm.types.object.clone();
    let inherited = match (&own, object_repr.dict_ref()) {
        (Some(own), Some(d)) => {
            let key = vm.intern("__repr__");
            crate::dictops::dict_get_str(vm, d, &key)?.is_some_and(|o| o.is(own))
        }
        _ => true,
    };
    let s = if inherited { vm.repr_builtin(v)? } else { vm.default_repr(v) };
    Ok(vm.new_string(s))
}

pub(crate) fn str_(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__str__", 0, 0)?;
    vm.repr(&args.pos[0])
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__eq__", 1, 1)?;
    if let Some(r) = vm.compare_builtin(&args.pos[0], &args.pos[1], tern_bytecode::CmpOp::Eq)? {
        return Ok(r);
    }
    if args.pos[0].is(&args.pos[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(vm.not_implemented.clone())
}

fn ne(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__ne__", 1, 1)?;
    let r = vm.compare(&args.pos[0], &args.pos[1], tern_bytecode::CmpOp::Eq)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

pub(crate) fn hash(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__hash__", 0, 0)?;
    let v = &args.pos[0];
    match v {
        Value::Obj(o) => Ok(Value::Int(vm.hash_builtin(&o.clone(), v)?)),
        _ => Ok(Value::Int(vm.hash(v)?)),
    }
}

/// `object.__format__`: an empty spec only, unless tern's builtin
/// formatting stands in for a type without a `__format__` of its own.
fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__format__", 1, 1)?;
    let spec_given = crate::builtins::str_of(&args.pos[1]).is_some_and(|s| !s.is_empty());
    let own = vm.lookup_type_attr_str(&vm.type_of(&args.pos[0]), "__format__");
    let inherited = own
        .as_ref()
        .is_some_and(|f| matches!(f, Value::Obj(fo) if matches!(&fo.payload, Payload::Native(nf) if nf.owner == Some("object"))));
    if spec_given && !inherited {
        let tn = vm.type_name(&args.pos[0]);
        return vm.type_error(format!("unsupported format string passed to {tn}.__format__"));
    }
    format(vm, args)
}

/// The `__format__` of builtin types: the format-spec mini-language.
pub(crate) fn format(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__format__", 1, 1)?;
    let Some(spec) = crate::builtins::str_of(&args.pos[1]).map(|s| s.to_string()) else {
        let tn = vm.type_name(&args.pos[1]);
        return vm.type_error(format!("__format__() argument must be str, not {tn}"));
    };
    let s = vm.format_builtin(&args.pos[0], &spec)?;
    Ok(vm.new_string(s))
}

pub(crate) fn getattribute(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getattribute__", 1, 1)?;
    let obj = args.pos[0].clone();
    let cls = vm.type_of(&obj);
    let name = args.pos[1].clone();
    vm.generic_getattr(&obj, &cls, &name)
}

pub(crate) fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__setattr__", 2, 2)?;
    vm.generic_setattr(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

pub(crate) fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__delattr__", 1, 1)?;
    vm.generic_delattr(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

pub(crate) fn dir(vm: &mut Vm, args: Args) -> PyResult {
    let d = vm.builtins.clone();
    let name = vm.intern("dir");
    let f = vm.load_global(&d, &d, &name)?;
    vm.call(&f, Args::new(&args.pos[..1]))
}

/// `object.__reduce_ex__(protocol)`: the frozen `_tern_object` module
/// computes it (through `copyreg`).
fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce_ex__", 1, 1)?;
    call_helper(vm, "reduce_ex", &[args.pos[0].clone(), args.pos[1].clone()])
}

/// `object.__reduce__()`: copyreg's protocol-0 reduction.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    call_helper(vm, "reduce_ex", &[args.pos[0].clone(), Value::Int(0)])
}

/// `object.__getstate__()`: computed by the frozen `_tern_object` module.
fn getstate(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getstate__", 0, 0)?;
    call_helper(vm, "getstate", &[args.pos[0].clone()])
}

/// Calls function `name` of the frozen `_tern_object` module, where the
/// pickling support of `object` and the builtin types is written.
pub(crate) fn call_helper(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult {
    let m = vm.import_module("_tern_object")?;
    let f = vm.getattr_str(&m, name)?;
    vm.call(&f, Args::new(args))
}

/// `object.__lt__` and friends: ordering is not defined for objects.
pub(crate) fn not_implemented(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__lt__", 1, 1)?;
    Ok(vm.not_implemented.clone())
}

pub(crate) fn sizeof(vm: &mut Vm, args: Args) -> PyResult {
    super::sizeof::dunder_sizeof(vm, args)
}

fn init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        let n = match args.pos.first() {
            Some(Value::Obj(o)) => o.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default(),
            _ => String::new(),
        };
        return vm.type_error(format!("{n}.__init_subclass__() takes no keyword arguments"));
    }
    Ok(Value::None)
}

fn subclasshook(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

fn get_class(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Obj(vm.type_of(v)))
}

fn set_class(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let Value::Obj(o) = v else {
        return vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    };
    let Value::Obj(n) = &new else {
        return vm.type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(&new)));
    };
    let (Some(nt), Some(ot)) = (n.as_type(), o.class().as_type()) else {
        return vm.type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(&new)));
    };
    if !nt.heap || !ot.heap {
        return vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if nt.layout != ot.layout || nt.slots != ot.slots {
        return vm.type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nt.name(), ot.name()));
    }
    // Inline attribute values follow the old class's shared keys (and the
    // INSTANCE_VALUE members trust the class for that): give the instance
    // a dict of its own first.
    if o.instance_values().is_some() && o.dict_ref().is_none() {
        return vm.err("RuntimeError", "instance attributes are being changed");
    }
    o.class.set(n.clone());
    Ok(())
}

pub(crate) fn get_dict(vm: &mut Vm, v: &Value) -> PyResult {
    if let Value::Obj(o) = v {
        if let Some(d) = vm.dict_object(o)? {
            if let Payload::Type(_) = o.payload {
                return Ok(vm.new_mappingproxy(&d));
            }
            return Ok(Value::Obj(d));
        }
    }
    let n = vm.type_name(v);
    vm.err("AttributeError", format!("'{n}' object has no attribute '__dict__'"))
}

/// `obj.__dict__ = d`. The attribute dict of an object cannot be swapped
/// (`PyObject::dict` is fixed), so its contents are replaced by `d`'s:
/// unlike CPython, later changes through `d` itself are not seen.
pub(crate) fn set_dict(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let new = match new {
        Value::Obj(n) if matches!(n.payload, Payload::Dict(_)) => n,
        _ => return vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(&new))),
    };
    let o = match v {
        Value::Obj(o) if !matches!(o.payload, Payload::Type(_)) => o,
        _ => {
            let n = vm.type_name(v);
            return vm.err("AttributeError", format!("'{n}' object has no attribute '__dict__'"));
        }
    };
    // The object uses the given dict itself from now on.
    if o.dict.get().is_some() {
        o.dict.replace(new);
        return Ok(());
    }
    match &o.payload {
        Payload::InstanceValues(iv) => {
            let old = iv.try_borrow_mut().map(|mut iv| std::mem::take(&mut iv.values));
            let _ = o.dict.set(new);
            drop(old);
        }
        Payload::Function(_) | Payload::Exception(_) => {
            let _ = o.dict.set(new);
        }
        _ if o.gets_dict_on_demand() => {
            let _ = o.dict.set(new);
        }
        _ => {
            let n = vm.type_name(v);
            return vm.err("AttributeError", format!("'{n}' object has no attribute '__dict__'"));
        }
    }
    Ok(())
}

pub(crate) fn get_doc(vm: &mut Vm, v: &Value) -> PyResult {
    if let Value::Obj(o) = v {
        if let Payload::Type(_) = o.payload {
            if let Some(d) = o.dict_ref() {
                let k = vm.intern("__doc__");
                if let Some(doc) = crate::dictops::dict_get_str(vm, d, &k)? {
                    return Ok(doc);
                }
            }
            return Ok(Value::None);
        }
    }
    let k = vm.intern("__doc__");
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict_ref() {
            if let Some(doc) = crate::dictops::dict_get_str(vm, d, &k)? {
                return Ok(doc);
            }
        }
    }
    let t = vm.type_of(v);
    if let Some(d) = t.dict_ref() {
        if let Some(doc) = crate::dictops::dict_get_str(vm, d, &k)? {
            return Ok(doc);
        }
    }
    Ok(Value::None)
}

/// `cls.__doc__ = ...` (heap types) or `obj.__doc__ = ...` (into the
/// instance dict), as CPython allows.
pub(crate) fn set_doc(vm: &mut Vm, v: &Value, doc: Value) -> PyResult<()> {
    let k = vm.intern("__doc__");
    if let Value::Obj(o) = v {
        if let Payload::Type(td) = &o.payload {
            if !td.heap {
                return vm.type_error(format!("cannot set '__doc__' attribute of immutable type '{}'", td.name()));
            }
            if let Some(d) = o.dict.get() {
                vm.setitem(&Value::Obj(d.clone()), k, doc)?;
            }
            td.modified();
            return Ok(());
        }
        if let Some(d) = vm.dict_object(o)? {
            return vm.setitem(&Value::Obj(d), k, doc);
        }
    }
    let n = vm.type_name(v);
    vm.err("AttributeError", format!("'{n}' object attribute '__doc__' is read-only"))
}
