//! The attributes of `type` that describe a class's C layout and flags
//! (`__basicsize__`, `__itemsize__`, `__dictoffset__`, `__weakrefoffset__`,
//! `__flags__`) with CPython 3.11's values for the builtin types and values
//! derived as CPython derives them for classes; and `__abstractmethods__`
//! and `__annotations__`, which live in a class's own dict.

use crate::object::Payload;
use crate::typeobj::Layout;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

const HEAPTYPE: i64 = 1 << 9;
const BASETYPE: i64 = 1 << 10;
const READY: i64 = 1 << 12;
const HAVE_GC: i64 = 1 << 14;
const MANAGED_DICT: i64 = 1 << 4;
const IS_ABSTRACT: i64 = 1 << 20;
const IMMUTABLETYPE: i64 = 1 << 8;
const VALID_VERSION_TAG: i64 = 1 << 19;
/// The `*_SUBCLASS` bits and the other bits a class inherits from its
/// builtin base (sequence/mapping markers, GC).
const INHERITED: i64 = 0xFF00_0000 | (1 << 5) | (1 << 6) | HAVE_GC;

/// (basicsize, itemsize, dictoffset, weakrefoffset, flags) of CPython
/// 3.11's builtin types.
fn builtin_layout(name: &str) -> Option<(i64, i64, i64, i64, i64)> {
    Some(match name {
        "object" => (16, 0, 0, 0, 529664),
        "int" => (24, 4, 0, 0, 21501184),
        "bool" => (32, 4, 0, 0, 21500160),
        "float" => (24, 0, 0, 0, 4199680),
        "complex" => (32, 0, 0, 0, 5376),
        "str" => (80, 0, 0, 0, 273159424),
        "bytes" => (33, 1, 0, 0, 138941696),
        "bytearray" => (56, 0, 0, 0, 4723968),
        "list" => (40, 0, 0, 0, 38294816),
        "tuple" => (24, 8, 0, 0, 71849248),
        "dict" => (48, 0, 0, 0, 541611328),
        "set" | "frozenset" => (200, 0, 0, 192, 4740352),
        "range" => (48, 0, 0, 0, 528672),
        "slice" => (40, 0, 0, 0, 20736),
        "type" => (904, 40, 264, 368, 2148031744),
        "BaseException" => (72, 0, 16, 0, 1073763584),
        _ => return None,
    })
}

/// The layout of `t`: a builtin's own, or a class's derived from its
/// builtin base and its `__slots__`.
fn layout_of(vm: &mut Vm, t: &Obj) -> (i64, i64, i64, i64, i64) {
    let Some(td) = t.as_type() else { return (16, 0, 0, 0, 0) };
    // tern's builtin exception classes are heap types without a
    // `__module__` of their own; every class statement sets one.
    let builtin = !td.heap || own_item(vm, t, "__module__").ok().flatten().is_none();
    if builtin {
        if let Some(l) = builtin_layout(&td.name()) {
            return l;
        }
        if td.layout == Layout::Exception {
            let (b, i, d, w, f) = builtin_layout("BaseException").unwrap_or_default();
            return (b, i, d, w, f & !BASETYPE | if td.basetype.get() { BASETYPE } else { 0 });
        }
        let base = if td.basetype.get() { BASETYPE } else { 0 };
        return (16, 0, 0, 0, IMMUTABLETYPE | READY | VALID_VERSION_TAG | base);
    }
    let base = td.bases.borrow().first().cloned();
    let (bsize, itemsize, bdict, bweak, bflags) = match &base {
        Some(b) => layout_of(vm, b),
        None => (16, 0, 0, 0, 0),
    };
    let own_slots = td.slots.as_ref().map(|s| s.len()).unwrap_or(0) as i64
        - base.as_ref().and_then(|b| b.as_type()).and_then(|b| b.slots.as_ref().map(|s| s.len())).unwrap_or(0) as i64;
    let mut size = bsize + 8 * own_slots.max(0);
    let mut flags = (bflags & INHERITED) | HEAPTYPE | BASETYPE | READY | HAVE_GC;
    let dictoffset = if bdict != 0 {
        bdict
    } else if td.has_dict && itemsize != 0 {
        size += 8;
        -8
    } else if td.has_dict {
        flags |= MANAGED_DICT;
        -48
    } else {
        0
    };
    let weakrefoffset = if bweak != 0 {
        bweak
    } else if td.has_weakref && itemsize == 0 {
        size += 8;
        size - 8
    } else {
        0
    };
    (size, itemsize, dictoffset, weakrefoffset, flags)
}

fn type_arg(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", vm.type_name(v))),
    }
}

/// A key of the class's own dict, without looking at its bases.
fn own_item(vm: &mut Vm, t: &Obj, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = t.dict_ref() else { return Ok(None) };
    let k = vm.intern(name);
    crate::dictops::dict_get_str(vm, d, &k)
}

fn set_own_item(vm: &mut Vm, t: &Obj, name: &str, v: Value) -> PyResult<()> {
    if let Some(td) = t.as_type() {
        if !td.heap {
            let tn = td.name();
            return vm.type_error(format!("cannot set '{name}' attribute of immutable type '{tn}'"));
        }
        td.modified();
    }
    vm.set_dict_item_str(t, name, v);
    Ok(())
}

fn basicsize(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    Ok(Value::Int(layout_of(vm, &t).0))
}
fn itemsize(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    Ok(Value::Int(layout_of(vm, &t).1))
}
fn dictoffset(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    Ok(Value::Int(layout_of(vm, &t).2))
}
fn weakrefoffset(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    Ok(Value::Int(layout_of(vm, &t).3))
}

/// `__flags__`, with `Py_TPFLAGS_IS_ABSTRACT` when the class's own
/// `__abstractmethods__` is non-empty.
fn flags(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    let mut f = layout_of(vm, &t).4;
    if t.as_type().is_some_and(|td| td.abstract_set.get()) {
        if let Some(am) = own_item(vm, &t, "__abstractmethods__")? {
            if vm.truthy(&am)? {
                f |= IS_ABSTRACT;
            }
        }
    }
    Ok(Value::Int(f))
}

fn abstractmethods(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    let is_type = std::rc::Rc::ptr_eq(&t, &vm.types.type_);
    match own_item(vm, &t, "__abstractmethods__")? {
        Some(am) if !is_type => Ok(am),
        _ => vm.err("AttributeError", "__abstractmethods__"),
    }
}
fn set_abstractmethods(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    set_own_item(vm, &t, "__abstractmethods__", new)?;
    if let Some(td) = t.as_type() {
        td.abstract_set.set(true);
    }
    Ok(())
}

/// `__annotations__`: the class's own dict entry, created empty on first
/// access; builtin types have none.
fn annotations(vm: &mut Vm, v: &Value) -> PyResult {
    let t = type_arg(vm, v)?;
    if let Some(a) = own_item(vm, &t, "__annotations__")? {
        return Ok(a);
    }
    if !t.as_type().is_some_and(|td| td.heap) {
        let tn = t.as_type().map(|td| td.name()).unwrap_or_default();
        return vm.err("AttributeError", format!("type object '{tn}' has no attribute '__annotations__'"));
    }
    let d = vm.new_dict();
    set_own_item(vm, &t, "__annotations__", d.clone())?;
    Ok(d)
}
fn set_annotations(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    set_own_item(vm, &t, "__annotations__", new)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_getset(&t, "__basicsize__", basicsize, None);
    vm.add_getset(&t, "__itemsize__", itemsize, None);
    vm.add_getset(&t, "__dictoffset__", dictoffset, None);
    vm.add_getset(&t, "__weakrefoffset__", weakrefoffset, None);
    vm.add_getset(&t, "__flags__", flags, None);
    vm.add_getset(&t, "__abstractmethods__", abstractmethods, Some(set_abstractmethods));
    vm.add_getset(&t, "__annotations__", annotations, Some(set_annotations));
}
