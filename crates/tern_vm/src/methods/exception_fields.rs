//! The fields CPython keeps in its exception structs rather than in the
//! instance `__dict__` (`StopIteration.value`, `OSError.errno`,
//! `AttributeError.name`, ...): tern stores them in
//! `ExcData::fields`, behind descriptors on the classes that declare
//! them, so `e.__dict__ == {}` as in CPython. Also BaseException's
//! `__reduce__` and `__setstate__` (copy and pickle of exceptions).

use crate::function::Args;
use crate::object::{GetFn, Payload, SetFn};
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

const UNICODE: &[&str] = &["encoding", "object", "start", "end", "reason"];

/// The classes with fields, and their fields, as CPython declares them.
const CLASSES: &[(&str, &[&str])] = &[
    ("StopIteration", &["value"]),
    ("SystemExit", &["code"]),
    ("OSError", &["errno", "strerror", "filename", "filename2", "characters_written"]),
    ("SyntaxError", &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
    ("ImportError", &["msg", "name", "path"]),
    ("AttributeError", &["name", "obj"]),
    ("NameError", &["name"]),
    ("UnicodeEncodeError", UNICODE),
    ("UnicodeDecodeError", UNICODE),
    ("UnicodeTranslateError", UNICODE),
    ("BaseExceptionGroup", &["message", "exceptions"]),
];

/// Fields that Python code cannot assign (the exception group's are set
/// by its constructor in `_tern_eg`, through `_tern.set_exc_field`).
const READONLY: &[&str] = &["message", "exceptions"];

macro_rules! accessors {
    ($($field:ident)*) => {
        /// The field name as a `&'static str` and its getter and setter.
        fn accessors(name: &str) -> Option<(&'static str, GetFn, SetFn)> {
            match name {
                $(stringify!($field) => Some((
                    stringify!($field),
                    |vm, v| get(vm, v, stringify!($field)),
                    |vm, v, new| set(vm, v, stringify!($field), new),
                )),)*
                _ => None,
            }
        }
    };
}

accessors! {
    value code errno strerror filename filename2 msg lineno offset text end_lineno end_offset
    print_file_and_line name path obj encoding object start end reason characters_written message exceptions
}

pub fn install(vm: &mut Vm) {
    for (cls, fields) in CLASSES {
        let t = vm.exc_type(cls);
        for f in *fields {
            if let Some((name, get, set)) = accessors(f) {
                vm.add_member(&t, name, get, (!READONLY.contains(&name)).then_some(set));
            }
        }
    }
    let t = vm.exc_type("BaseException");
    vm.add_method(&t, "__reduce__", reduce);
    vm.add_method(&t, "__setstate__", setstate);
}

fn exc(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'BaseException' object but received a '{}'", vm.type_name(v))),
    }
}

/// The field `name` of exception `e` (None when never set).
pub fn field(e: &Obj, name: &str) -> Value {
    match &e.payload {
        Payload::Exception(d) => d.fields.borrow().iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Sets a field of `e` when `name` is one; gives `v` back when it is
/// not (the caller stores it in `__dict__`).
pub fn set_field(e: &Obj, name: &str, v: Value) -> Option<Value> {
    let (Payload::Exception(d), Some((name, _, _))) = (&e.payload, accessors(name)) else { return Some(v) };
    let mut fields = d.fields.borrow_mut();
    match fields.iter_mut().find(|(k, _)| *k == name) {
        Some(slot) => slot.1 = v,
        None => fields.push((name, v)),
    }
    None
}

fn get(vm: &mut Vm, v: &Value, name: &'static str) -> PyResult {
    let e = exc(vm, v)?;
    let unset = match &e.payload {
        Payload::Exception(d) => !d.fields.borrow().iter().any(|(k, _)| *k == name),
        _ => true,
    };
    // BlockingIOError's count exists only when it was given.
    if unset && name == "characters_written" {
        return vm.err("AttributeError", "characters_written");
    }
    Ok(field(&e, name))
}

/// `_tern.set_exc_field(exc, name, value)`: sets a field from Python code
/// (the exception group's read-only ones).
pub fn set_exc_field(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_exc_field", &args, 3, 3)?;
    let e = exc(vm, &args.pos[0])?;
    let name = crate::builtins::str_of(&args.pos[1]).unwrap_or("").to_string();
    match set_field(&e, &name, args.pos[2].clone()) {
        None => Ok(Value::None),
        Some(_) => vm.value_error(format!("'{name}' is not an exception field")),
    }
}

fn set(vm: &mut Vm, v: &Value, name: &'static str, new: Value) -> PyResult<()> {
    let e = exc(vm, v)?;
    set_field(&e, name, new);
    Ok(())
}

/// `BaseException.__reduce__()`: `(type, args)`, plus the instance dict
/// when there is one; OSError puts its filenames back into the args and
/// ImportError adds `name` and `path` to the state.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__reduce__", 0, 0)?;
    let e = exc(vm, &args.pos[0])?;
    let cls = Value::Obj(e.class().clone());
    let mut a = match &e.payload {
        Payload::Exception(d) => d.args.borrow().clone(),
        _ => Value::None,
    };
    if vm.exc_matches(&e, "OSError") {
        let filename = field(&e, "filename");
        if !filename.is_none() {
            let mut items = vec![field(&e, "errno"), field(&e, "strerror"), filename];
            let filename2 = field(&e, "filename2");
            if !filename2.is_none() {
                items.extend([Value::None, filename2]);
            }
            a = vm.new_tuple(items);
        }
    }
    let dict = e.dict.get().cloned().map(Value::Obj);
    if vm.exc_matches(&e, "ImportError") {
        let state = match &dict {
            Some(d) => vm.call_method(d, "copy", &[])?,
            None => vm.new_dict(),
        };
        for k in ["name", "path"] {
            let v = field(&e, k);
            if !v.is_none() {
                let key = vm.new_str(k);
                vm.setitem(&state, key, v)?;
            }
        }
        if vm.len(&state)? > 0 {
            return Ok(vm.new_tuple(vec![cls, a, state]));
        }
        return Ok(vm.new_tuple(vec![cls, a]));
    }
    Ok(match dict {
        Some(d) => vm.new_tuple(vec![cls, a, d]),
        None => vm.new_tuple(vec![cls, a]),
    })
}

/// `BaseException.__setstate__(state)`: sets each item of the dict as an
/// attribute.
fn setstate(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__setstate__", 1, 1)?;
    let state = args.pos[1].clone();
    if state.is_none() {
        return Ok(Value::None);
    }
    if !matches!(&state, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
        return vm.type_error("state is not a dictionary");
    }
    let items = vm.call_method(&state, "items", &[])?;
    for kv in vm.iterate(&items)? {
        let pair = vm.seq_items(&kv);
        if let [k, v] = &pair[..] {
            vm.setattr(&args.pos[0], k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}
