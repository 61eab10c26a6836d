//! BaseException and its subclasses' attributes (`args`, `__cause__`,
//! `__traceback__`, `add_note`, OSError's errno, SyntaxError's location,
//! StopIteration's value...).

use crate::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.exc_type("BaseException");
    vm.add_method(&t, "__init__", init);
    vm.add_method(&t, "__str__", str_);
    vm.add_method(&t, "__repr__", repr);
    vm.add_method(&t, "with_traceback", with_traceback);
    vm.add_method(&t, "add_note", add_note);
    vm.add_getset(&t, "args", get_args, Some(set_args));
    vm.add_getset(&t, "__dict__", crate::methods::object::get_dict, Some(crate::methods::object::set_dict));
    vm.add_getset(&t, "__cause__", get_cause, Some(set_cause));
    vm.add_getset(&t, "__context__", get_context, Some(set_context));
    vm.add_getset(&t, "__suppress_context__", get_suppress, Some(set_suppress));
    vm.add_getset(&t, "__traceback__", get_tb, Some(set_tb));
    crate::builtins::ctors::add_new_staticmethod(vm, &t, "BaseException", exc_new);
    let os = vm.exc_type("OSError");
    vm.add_method(&os, "__str__", os_str);
    let se = vm.exc_type("SyntaxError");
    vm.add_method(&se, "__str__", syntax_str);
}

fn exc_obj(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'BaseException' object but received a '{}'", vm.type_name(v))),
    }
}

fn data(o: &Obj) -> &crate::exception::ExcData {
    match &o.payload {
        Payload::Exception(d) => d,
        _ => unreachable!("checked by exc_obj"),
    }
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("BaseException.__new__(): not enough arguments") };
    new_with(vm, cls, &args.pos[1..])
}

/// `BaseException.__new__(cls, *rest)`: `args` is a new tuple of `rest`.
fn new_with(vm: &mut Vm, cls: &Obj, rest: &[Value]) -> PyResult {
    let mut cls = cls.clone();
    // OSError(errno, strerror, ...) is the subclass for that errno.
    if (2..=5).contains(&rest.len()) && Rc::ptr_eq(&cls, &vm.exc_type("OSError")) {
        if let Some(Value::Int(errno)) = rest.first() {
            let name = crate::modules::io::errno_class(*errno as i32);
            cls = vm.exc_type(name);
        }
    }
    let inst = vm.object_new(&cls)?;
    if let Value::Obj(o) = &inst {
        if let Payload::Exception(d) = &o.payload {
            *d.args.borrow_mut() = vm.new_tuple(rest.to_vec());
        }
    }
    Ok(inst)
}

/// `T(*rest, **kw)` for a builtin exception type whose `__new__` and
/// `__init__` are BaseException's (its `native_new`, see
/// [`use_native_construct`]): the two in one call, sharing one args tuple.
fn construct(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("BaseException.__new__(): not enough arguments") };
    let rest = &args.pos[1..];
    let inst = new_with(vm, cls, rest)?;
    if let Value::Obj(e) = &inst {
        init_with(vm, e, Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals })?;
    }
    Ok(inst)
}

/// Gives each builtin exception type that inherits BaseException's
/// `__new__` and `__init__` the native constructor [`construct`], so that
/// `ValueError('x')` is one native call (CALL_BUILTIN_CLASS) rather than
/// `__new__` and `__init__` looked up and called with their own argument
/// vectors. Runs once every builtin type has its methods.
pub fn use_native_construct(vm: &mut Vm) {
    let base = vm.exc_type("BaseException");
    let (Some(new), Some(init)) = (vm.lookup_type_attr_str(&base, "__new__"), vm.lookup_type_attr_str(&base, "__init__")) else {
        return;
    };
    let types: Vec<Obj> = vm.types.exceptions.values().cloned().collect();
    for t in types {
        let same = |v: Option<Value>, want: &Value| v.is_some_and(|v| v.is(want));
        if same(vm.lookup_type_attr_str(&t, "__new__"), &new) && same(vm.lookup_type_attr_str(&t, "__init__"), &init) {
            crate::builtins::ctors::set_new(&t, construct);
        }
    }
}

fn init(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    init_with(vm, &e, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

/// `BaseException.__init__(e, *rest, **kw)`, `rest` being `args.pos`.
fn init_with(vm: &mut Vm, e: &Obj, args: Args) -> PyResult {
    let rest = args.pos;
    if !args.kwnames.is_empty() {
        let name = e.class().as_type().map(|t| t.name()).unwrap_or_default();
        // ImportError(name=, path=), AttributeError(name=, obj=), NameError(name=).
        let allowed: &[&str] = if vm.exc_matches(e, "ImportError") {
            &["name", "path"]
        } else if vm.exc_matches(e, "AttributeError") {
            &["name", "obj"]
        } else if vm.exc_matches(e, "NameError") {
            &["name"]
        } else {
            &[]
        };
        if !allowed.is_empty() {
            for k in args.kwnames {
                let k = crate::builtins::str_of(k).unwrap_or("");
                if !allowed.contains(&k) {
                    return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
                }
            }
        } else if !e.class().as_type().map(|t| t.heap).unwrap_or(false) || name == "BaseException" {
            return vm.type_error(format!("{name}() takes no keyword arguments"));
        }
    }
    // The tuple `__new__` made of these same arguments stays (CPython
    // passes both the one tuple).
    let same = match &*data(e).args.borrow() {
        Value::Obj(t) => match &t.payload {
            Payload::Tuple(items) => items.len() == rest.len() && items.iter().zip(rest).all(|(a, b)| a.is(b)),
            _ => false,
        },
        _ => false,
    };
    if !same {
        *data(e).args.borrow_mut() = vm.new_tuple(rest.to_vec());
    }
    // Subclass attributes, for the few classes that have them (one walk
    // of the MRO tells whether this is one).
    let has_fields = match e.class().as_type() {
        Some(t) => t.mro.borrow().iter().any(|c| vm.types.exc_with_fields.iter().any(|s| Rc::ptr_eq(c, s))),
        None => false,
    };
    if !has_fields {
        return Ok(Value::None);
    }
    if vm.exc_matches(e, "StopIteration") {
        let v = rest.first().cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "value", v);
    } else if vm.exc_matches(e, "SystemExit") {
        let v = match rest.len() {
            0 => Value::None,
            1 => rest[0].clone(),
            _ => vm.new_tuple(rest.to_vec()),
        };
        vm.set_exc_attr(e, "code", v);
    } else if vm.exc_matches(e, "OSError") {
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]):
        // with a filename, `args` keeps only the first two.
        let parsed = (2..=5).contains(&rest.len());
        let get = |i: usize| if parsed { rest.get(i).cloned().unwrap_or(Value::None) } else { Value::None };
        let (errno, strerror, mut filename, filename2) = (get(0), get(1), get(2), get(4));
        // BlockingIOError(errno, strerror, characters_written).
        if Rc::ptr_eq(e.class(), &vm.exc_type("BlockingIOError")) && matches!(filename, Value::Int(_)) {
            vm.set_exc_attr(e, "characters_written", filename);
            filename = Value::None;
        }
        if !matches!(filename, Value::None) {
            *data(e).args.borrow_mut() = vm.new_tuple(rest[..2].to_vec());
        }
        vm.set_exc_attr(e, "errno", errno);
        vm.set_exc_attr(e, "strerror", strerror);
        vm.set_exc_attr(e, "filename", filename);
        vm.set_exc_attr(e, "filename2", if matches!(get(2), Value::None) { Value::None } else { filename2 });
    } else if vm.exc_matches(e, "SyntaxError") {
        let msg = rest.first().cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "msg", msg);
        let det = rest.get(1).map(|d| vm.seq_items(d)).unwrap_or_default();
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, n) in names.iter().enumerate() {
            let v = det.get(i).cloned().unwrap_or(Value::None);
            vm.set_exc_attr(e, n, v);
        }
        vm.set_exc_attr(e, "print_file_and_line", Value::None);
    } else if vm.exc_matches(e, "ImportError") {
        let msg = rest.first().cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "msg", msg);
        let name = args.kw("name").cloned().unwrap_or(Value::None);
        let path = args.kw("path").cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "name", name);
        vm.set_exc_attr(e, "path", path);
    } else if vm.exc_matches(e, "AttributeError") || vm.exc_matches(e, "NameError") {
        let name = args.kw("name").cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "name", name);
        if vm.exc_matches(e, "AttributeError") {
            let obj = args.kw("obj").cloned().unwrap_or(Value::None);
            vm.set_exc_attr(e, "obj", obj);
        }
    }
    Ok(Value::None)
}

fn str_(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    let a = data(&e).args.borrow().clone();
    let items = vm.seq_items(&a);
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => {
            if vm.exc_matches(&e, "KeyError") {
                vm.repr(&items[0])
            } else {
                vm.str(&items[0])
            }
        }
        _ => vm.str(&a),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = vm.repr_builtin(&args.pos[0])?;
    Ok(vm.new_string(s))
}

fn os_str(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    let ev = Value::Obj(e.clone());
    let errno = vm.getattr_opt(&ev, "errno")?.unwrap_or(Value::None);
    let strerror = vm.getattr_opt(&ev, "strerror")?.unwrap_or(Value::None);
    let filename = vm.getattr_opt(&ev, "filename")?.unwrap_or(Value::None);
    if !errno.is_none() && !strerror.is_none() {
        let es = vm.str_string(&errno)?;
        let ss = vm.str_string(&strerror)?;
        if !filename.is_none() {
            let fr = vm.repr_string(&filename)?;
            let filename2 = vm.getattr_opt(&ev, "filename2")?.unwrap_or(Value::None);
            if !filename2.is_none() {
                let f2 = vm.repr_string(&filename2)?;
                return Ok(vm.new_string(format!("[Errno {es}] {ss}: {fr} -> {f2}")));
            }
            return Ok(vm.new_string(format!("[Errno {es}] {ss}: {fr}")));
        }
        return Ok(vm.new_string(format!("[Errno {es}] {ss}")));
    }
    str_(vm, args)
}

fn syntax_str(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    let ev = Value::Obj(e.clone());
    let msg = vm.getattr_opt(&ev, "msg")?.unwrap_or(Value::None);
    let filename = vm.getattr_opt(&ev, "filename")?.unwrap_or(Value::None);
    let lineno = vm.getattr_opt(&ev, "lineno")?.unwrap_or(Value::None);
    let m = if msg.is_none() { String::new() } else { vm.str_string(&msg)? };
    let fname = crate::builtins::str_of(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    Ok(match (fname, lineno) {
        (Some(f), Value::Int(l)) => vm.new_string(format!("{m} ({f}, line {l})")),
        (Some(f), _) => vm.new_string(format!("{m} ({f})")),
        (None, Value::Int(l)) => vm.new_string(format!("{m} (line {l})")),
        _ => vm.new_string(m),
    })
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    if let Some(tb) = args.pos.get(1) {
        set_tb(vm, &Value::Obj(e.clone()), tb.clone())?;
    }
    Ok(Value::Obj(e))
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult {
    let e = exc_obj(vm, &args.pos[0])?;
    let Some(note) = args.pos.get(1) else { return vm.type_error("add_note() takes exactly one argument (0 given)") };
    if crate::builtins::str_of(note).is_none() {
        return vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note)));
    }
    let ev = Value::Obj(e.clone());
    let notes = match vm.getattr_opt(&ev, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.set_exc_attr(&e, "__notes__", l.clone());
            l
        }
    };
    vm.call_method(&notes, "append", &[note.clone()])?;
    Ok(Value::None)
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult {
    let e = exc_obj(vm, v)?;
    let a = data(&e).args.borrow().clone();
    Ok(a)
}
fn set_args(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_obj(vm, v)?;
    let items = vm.iterate(&new)?;
    *data(&e).args.borrow_mut() = vm.new_tuple(items);
    Ok(())
}
fn get_cause(vm: &mut Vm, v: &Value) -> PyResult {
    let e = exc_obj(vm, v)?;
    let c = data(&e).cause.borrow().clone();
    Ok(c)
}
/// Whether `v` may be an exception's `__cause__` or `__context__`.
fn none_or_exception(v: &Value) -> bool {
    v.is_none() || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))
}
fn set_cause(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_obj(vm, v)?;
    if !none_or_exception(&new) {
        return vm.type_error("exception cause must be None or derive from BaseException");
    }
    *data(&e).cause.borrow_mut() = new;
    data(&e).suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &mut Vm, v: &Value) -> PyResult {
    let e = exc_obj(vm, v)?;
    let c = data(&e).context.borrow().clone();
    Ok(c)
}
fn set_context(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_obj(vm, v)?;
    if !none_or_exception(&new) {
        return vm.type_error("exception context must be None or derive from BaseException");
    }
    *data(&e).context.borrow_mut() = new;
    Ok(())
}
fn get_suppress(vm: &mut Vm, v: &Value) -> PyResult {
    let e = exc_obj(vm, v)?;
    Ok(Value::Bool(data(&e).suppress_context.get()))
}
fn set_suppress(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_obj(vm, v)?;
    let b = vm.truthy(&new)?;
    data(&e).suppress_context.set(b);
    Ok(())
}
fn get_tb(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(vm.traceback_of(v))
}
fn set_tb(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_obj(vm, v)?;
    let entries = match &new {
        Value::Obj(o) => match &o.payload {
            Payload::Traceback { entries, .. } => entries.clone(),
            _ => vec![],
        },
        _ => vec![],
    };
    *data(&e).traceback.borrow_mut() = entries;
    Ok(())
}

#[allow(dead_code)]
fn _unused(_: &PyObject) {}
