//! More bytes and bytearray methods: `translate`/`maketrans`,
//! `splitlines`, `istitle`, `%`, and bytearray's in-place editing
//! (`insert`, `remove`, `__setitem__`, `__iadd__`, `__imul__`).

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn install(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        vm.add_method(&t, "translate", translate);
        vm.add_method(&t, "splitlines", splitlines);
        vm.add_method(&t, "istitle", istitle);
        vm.add_method(&t, "__mod__", mod_);
        vm.add_method(&t, "__rmod__", rmod);
        vm.add_staticmethod(&t, "maketrans", maketrans);
    }
    let b = vm.types.bytes.clone();
    vm.add_method(&b, "__bytes__", bytes_);
    vm.add_method(&b, "__getnewargs__", getnewargs);
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "insert", insert);
    vm.add_method(&ba, "remove", remove);
    vm.add_method(&ba, "__setitem__", setitem);
    vm.add_method(&ba, "__delitem__", delitem);
    vm.add_method(&ba, "__iadd__", iadd);
    vm.add_method(&ba, "__imul__", imul);
    vm.add_method(&ba, "__alloc__", alloc);
}

fn is_bytes_kind(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)))
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)))
}

fn cell<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<u8>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::ByteArray(b) => Ok(b),
            _ => vm.type_error(format!("descriptor requires a 'bytearray' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'bytearray' object but received a '{}'", vm.type_name(v))),
    }
}

/// A value of the receiver's kind (bytes or bytearray).
fn like(vm: &mut Vm, me: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(me) {
        return vm.new_object(vm.types.bytearray.clone(), Payload::ByteArray(RefCell::new(b)));
    }
    vm.new_bytes(b)
}

/// A bytes-like argument, with CPython's message for anything else.
fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)) => vm.bytes_like(v),
        _ => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 {
        return vm.type_error(format!("maketrans expected 2 arguments, got {}", args.pos.len()));
    }
    let from = buffer_arg(vm, &args.pos[0])?;
    let to = buffer_arg(vm, &args.pos[1])?;
    if from.len() != to.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "translate", 0, 2)?;
    let me = vm.bytes_like(&args.pos[0])?;
    let Some(table_v) = args.pos.get(1).cloned() else {
        return vm.type_error("translate() takes at least 1 positional argument (0 given)");
    };
    let table = if table_v.is_none() {
        None
    } else {
        let t = buffer_arg(vm, &table_v)?;
        if t.len() != 256 {
            return vm.value_error("translation table must be 256 characters long");
        }
        Some(t)
    };
    let delete = match args.pos.get(2).or_else(|| args.kw("delete")) {
        Some(d) => buffer_arg(vm, &d.clone())?,
        None => Vec::new(),
    };
    let out: Vec<u8> = me
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|c| match &table {
            Some(t) => t[*c as usize],
            None => *c,
        })
        .collect();
    Ok(like(vm, &args.pos[0], out))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "splitlines", 0, 1)?;
    let me = vm.bytes_like(&args.pos[0])?;
    let keep = match args.pos.get(1).or_else(|| args.kw("keepends")) {
        Some(k) => vm.truthy(&k.clone())?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < me.len() {
        let c = me[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && me.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let line = if keep { me[start..end].to_vec() } else { me[start..i].to_vec() };
            lines.push(like(vm, &args.pos[0], line));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < me.len() {
        let line = me[start..].to_vec();
        lines.push(like(vm, &args.pos[0], line));
    }
    Ok(vm.new_list(lines))
}

/// Title case over ASCII: uppercase letters only after uncased bytes,
/// lowercase only after cased ones, and at least one cased byte.
fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "istitle", 0, 0)?;
    let me = vm.bytes_like(&args.pos[0])?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in me {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `b'%d' % 5`; a bytearray formats as bytes and keeps its kind.
fn mod_(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__mod__", 1, 1)?;
    let me = vm.bytes_like(&args.pos[0])?;
    let fmt = vm.new_bytes(me);
    let r = vm.percent_format(&fmt, &args.pos[1])?;
    if is_bytearray(&args.pos[0]) {
        let b = vm.bytes_like(&r)?;
        return Ok(like(vm, &args.pos[0], b));
    }
    Ok(r)
}

/// `other % self`, only when `other` is bytes or a bytearray.
fn rmod(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__rmod__", 1, 1)?;
    vm.bytes_like(&args.pos[0])?;
    if !is_bytes_kind(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    mod_(vm, Args::new(&[args.pos[1].clone(), args.pos[0].clone()]))
}

fn bytes_(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__bytes__", 0, 0)?;
    let me = vm.bytes_like(&args.pos[0])?;
    Ok(vm.new_bytes(me))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__getnewargs__", 0, 0)?;
    let me = vm.bytes_like(&args.pos[0])?;
    let b = vm.new_bytes(me);
    Ok(vm.new_tuple(vec![b]))
}

/// An int in range(256), as bytearray's item setters require.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let Some(n) = vm.index_of(v)? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)));
    };
    if !(0..256).contains(&n) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    Ok(n as u8)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "insert", 2, 2)?;
    let c = cell(vm, &args.pos[0])?;
    let Some(i) = vm.index_of(&args.pos[1])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1])));
    };
    let b = byte_value(vm, &args.pos[2])?;
    let len = c.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    c.borrow_mut().insert(at as usize, b);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "remove", 1, 1)?;
    let c = cell(vm, &args.pos[0])?;
    let b = byte_value(vm, &args.pos[1])?;
    let pos = c.borrow().iter().position(|x| *x == b);
    match pos {
        Some(p) => {
            c.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => vm.value_error("value not found in bytearray"),
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__setitem__", 2, 2)?;
    cell(vm, &args.pos[0])?;
    vm.setitem_builtin(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__delitem__", 1, 1)?;
    cell(vm, &args.pos[0])?;
    vm.delitem_builtin(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__iadd__", 1, 1)?;
    let c = cell(vm, &args.pos[0])?;
    let Some(extra) = vm.buffer_of(&args.pos[1])? else {
        return vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&args.pos[1])));
    };
    c.borrow_mut().extend(extra);
    Ok(args.pos[0].clone())
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__imul__", 1, 1)?;
    let c = cell(vm, &args.pos[0])?;
    let Some(n) = vm.index_of(&args.pos[1])? else {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1])));
    };
    let cur = c.borrow().clone();
    if n <= 0 {
        c.borrow_mut().clear();
    } else {
        vm.check_alloc(cur.len(), n as usize)?;
        *c.borrow_mut() = cur.repeat(n as usize);
    }
    Ok(args.pos[0].clone())
}

fn alloc(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__alloc__", 0, 0)?;
    let c = cell(vm, &args.pos[0])?;
    let n = c.borrow().len();
    Ok(Value::Int(n as i64 + 1))
}
