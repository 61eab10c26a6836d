//! `memoryview` over bytes and bytearray: one-dimensional views of
//! unsigned bytes (format 'B'), sliceable, writable over a bytearray.
//! Enough for the standard library's `memoryview(data)` idioms (pathlib,
//! io); no other formats, no `cast` to other shapes.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;

pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    crate::builtins::ctors::set_new(&t, new);
    vm.add_method(&t, "tobytes", tobytes);
    vm.add_method(&t, "tolist", tolist);
    vm.add_method(&t, "hex", |vm, a| {
        let b = data(vm, &a.pos[0])?;
        Ok(vm.new_string(b.iter().map(|c| format!("{c:02x}")).collect()))
    });
    vm.add_method(&t, "release", |vm, a| {
        view(vm, &a.pos[0])?.3.set(true);
        Ok(Value::None)
    });
    vm.add_method(&t, "cast", cast);
    vm.add_method(&t, "__enter__", |vm, a| {
        data(vm, &a.pos[0])?;
        Ok(a.pos[0].clone())
    });
    vm.add_method(&t, "__exit__", |vm, a| {
        view(vm, &a.pos[0])?.3.set(true);
        Ok(Value::None)
    });
    vm.add_method(&t, "__len__", |vm, a| Ok(Value::Int(data(vm, &a.pos[0])?.len() as i64)));
    vm.add_method(&t, "__getitem__", |vm, a| {
        nargs(vm, &a, "__getitem__", 1, 1)?;
        getitem(vm, &a.pos[0], &a.pos[1])
    });
    vm.add_method(&t, "__setitem__", |vm, a| {
        nargs(vm, &a, "__setitem__", 2, 2)?;
        setitem(vm, &a.pos[0], &a.pos[1], &a.pos[2])?;
        Ok(Value::None)
    });
    vm.add_method(&t, "__eq__", eq);
    vm.add_getset(&t, "nbytes", |vm, v| Ok(Value::Int(data(vm, v)?.len() as i64)), None);
    vm.add_getset(
        &t,
        "readonly",
        |vm, v| {
            let (obj, ..) = view(vm, v)?;
            Ok(Value::Bool(!matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)))))
        },
        None,
    );
    vm.add_getset(&t, "obj", |vm, v| Ok(view(vm, v)?.0), None);
    vm.add_getset(&t, "format", |vm, _| Ok(vm.new_str("B")), None);
    vm.add_getset(&t, "itemsize", |_, _| Ok(Value::Int(1)), None);
    vm.add_getset(&t, "ndim", |_, _| Ok(Value::Int(1)), None);
    vm.add_getset(
        &t,
        "shape",
        |vm, v| {
            let n = data(vm, v)?.len();
            Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
        },
        None,
    );
    vm.add_getset(&t, "released", |vm, v| Ok(Value::Bool(view(vm, v)?.3.get())), None);
}

/// `memoryview(object)`.
fn new(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 {
        return vm.type_error(format!("memoryview() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1)));
    }
    let src = args.pos[1].clone();
    let (obj, start, len) = match &src {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => (src.clone(), 0, b.len()),
            Payload::ByteArray(b) => (src.clone(), 0, b.borrow().len()),
            Payload::MemoryView { obj, start, len, .. } => (obj.clone(), *start, *len),
            _ => return vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&src))),
        },
        _ => return vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&src))),
    };
    Ok(new_view(vm, obj, start, len))
}

fn new_view(vm: &mut Vm, obj: Value, start: usize, len: usize) -> Value {
    vm.new_object(vm.types.memoryview.clone(), Payload::MemoryView { obj, start, len, released: Cell::new(false) })
}

/// The view's parts: underlying object, start, length, released flag.
fn view<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<(Value, usize, usize, &'a Cell<bool>)> {
    if let Value::Obj(o) = v {
        if let Payload::MemoryView { obj, start, len, released } = &o.payload {
            return Ok((obj.clone(), *start, *len, released));
        }
    }
    vm.type_error(format!("descriptor requires a 'memoryview' object but received a '{}'", vm.type_name(v)))
}

/// The bytes a view shows (a ValueError once released).
pub fn data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let (obj, start, len, released) = view(vm, v)?;
    if released.get() {
        return vm.value_error("operation forbidden on released memoryview object");
    }
    let Value::Obj(o) = &obj else { return Ok(Vec::new()) };
    let clip = |b: &[u8]| b[start.min(b.len())..(start + len).min(b.len())].to_vec();
    Ok(match &o.payload {
        Payload::Bytes(b) => clip(b),
        Payload::ByteArray(b) => clip(&b.borrow()),
        _ => Vec::new(),
    })
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let b = data(vm, &args.pos[0])?;
    Ok(vm.new_bytes(b))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    let b = data(vm, &args.pos[0])?;
    Ok(vm.new_list(b.iter().map(|c| Value::Int(*c as i64)).collect()))
}

fn cast(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "cast", 1, 2)?;
    match crate::builtins::str_of(&args.pos[1]) {
        Some("B") | Some("b") | Some("c") if args.pos.len() == 2 => {
            let (obj, start, len, _) = view(vm, &args.pos[0])?;
            Ok(new_view(vm, obj, start, len))
        }
        _ => vm.err("NotImplementedError", "memoryview.cast: only the 'B' format is supported"),
    }
}

/// `view[i]` (an int) or `view[a:b]` (a new view; steps are copied).
pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let b = data(vm, v)?;
    if Vm::is_slice(key) {
        let s = vm.slice_indices(key, b.len())?;
        let (obj, start, _, _) = view(vm, v)?;
        if s.step == 1 {
            return Ok(new_view(vm, obj, start + s.start.max(0) as usize, s.len));
        }
        let picked: Vec<u8> = (0..s.len).map(|k| b[(s.start + k as i64 * s.step) as usize]).collect();
        let n = picked.len();
        let copy = vm.new_bytes(picked);
        return Ok(new_view(vm, copy, 0, n));
    }
    match vm.index_of(key)? {
        Some(i) => {
            let n = b.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return vm.index_error("index out of bounds on dimension 1");
            }
            Ok(Value::Int(b[j as usize] as i64))
        }
        None => vm.type_error("memoryview: invalid slice key"),
    }
}

/// `view[key] = value` (only over a bytearray).
pub fn setitem(vm: &mut Vm, v: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let (obj, start, len, released) = view(vm, v)?;
    if released.get() {
        return vm.value_error("operation forbidden on released memoryview object");
    }
    let Value::Obj(o) = &obj else { return vm.type_error("cannot modify read-only memory") };
    let Payload::ByteArray(cell) = &o.payload else { return vm.type_error("cannot modify read-only memory") };
    if Vm::is_slice(key) {
        let s = vm.slice_indices(key, len)?;
        let src = vm.bytes_like(value)?;
        if src.len() != s.len {
            return vm.value_error("memoryview assignment: lvalue and rvalue have different structures");
        }
        let mut b = cell.borrow_mut();
        for (k, c) in src.iter().enumerate() {
            let i = start + (s.start + k as i64 * s.step) as usize;
            if i < b.len() {
                b[i] = *c;
            }
        }
        return Ok(());
    }
    let Some(i) = vm.index_of(key)? else { return vm.type_error("memoryview: invalid slice key") };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return vm.index_error("index out of bounds on dimension 1");
    }
    let Some(c) = vm.index_of(value)?.filter(|c| (0..256).contains(c)) else {
        return vm.type_error("memoryview: invalid type for format 'B'");
    };
    if let Some(slot) = cell.borrow_mut().get_mut(start + j as usize) {
        *slot = c as u8;
    }
    Ok(())
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__eq__", 1, 1)?;
    let a = data(vm, &args.pos[0])?;
    let other = &args.pos[1];
    let b = match other {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView { .. }) => {
            vm.bytes_like(other)?
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::Bool(a == b))
}
