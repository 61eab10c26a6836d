//! The text-like methods of bytes and bytearray: ASCII case and class
//! tests, and methods shared with str that are implemented by running the
//! str method on the bytes seen as Latin-1 text (which maps each byte to
//! the char with the same number, so results convert back exactly).

use super::bytes_search::same_kind;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

const ASCII_SPACE: &str = " \t\n\r\x0b\x0c";

pub fn install(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        vm.add_method(&t, "isalpha", |vm, a| test(vm, a, |c| c.is_ascii_alphabetic()));
        vm.add_method(&t, "isdigit", |vm, a| test(vm, a, |c| c.is_ascii_digit()));
        vm.add_method(&t, "isalnum", |vm, a| test(vm, a, |c| c.is_ascii_alphanumeric()));
        vm.add_method(&t, "isspace", |vm, a| test(vm, a, |c| ASCII_SPACE.as_bytes().contains(&c)));
        vm.add_method(&t, "isascii", |vm, a| {
            let b = vm.bytes_like(&a.pos[0])?;
            Ok(Value::Bool(b.is_ascii()))
        });
        vm.add_method(&t, "isupper", |vm, a| cased_test(vm, a, true));
        vm.add_method(&t, "islower", |vm, a| cased_test(vm, a, false));
        vm.add_method(&t, "title", title);
        vm.add_method(&t, "capitalize", capitalize);
        vm.add_method(&t, "swapcase", swapcase);
        vm.add_method(&t, "center", |vm, a| pad(vm, a, "center"));
        vm.add_method(&t, "ljust", |vm, a| pad(vm, a, "ljust"));
        vm.add_method(&t, "rjust", |vm, a| pad(vm, a, "rjust"));
        vm.add_method(&t, "zfill", |vm, a| via_str(vm, a, "zfill"));
        vm.add_method(&t, "lstrip", |vm, a| strip(vm, a, "lstrip"));
        vm.add_method(&t, "rstrip", |vm, a| strip(vm, a, "rstrip"));
        vm.add_method(&t, "expandtabs", |vm, a| via_str(vm, a, "expandtabs"));
        vm.add_method(&t, "removeprefix", |vm, a| via_str(vm, a, "removeprefix"));
        vm.add_method(&t, "removesuffix", |vm, a| via_str(vm, a, "removesuffix"));
    }
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "pop", pop);
    vm.add_method(&ba, "clear", |vm, a| {
        edit(vm, &a.pos[0], |b| b.clear());
        Ok(Value::None)
    });
    vm.add_method(&ba, "reverse", |vm, a| {
        edit(vm, &a.pos[0], |b| b.reverse());
        Ok(Value::None)
    });
    vm.add_method(&ba, "copy", |vm, a| {
        let b = vm.bytes_like(&a.pos[0])?;
        Ok(vm.new_object(vm.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(b))))
    });
}

fn edit(_vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vec<u8>)) {
    if let Value::Obj(o) = v {
        if let Payload::ByteArray(b) = &o.payload {
            f(&mut b.borrow_mut());
        }
    }
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "pop", 0, 1)?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::None);
    };
    let Payload::ByteArray(b) = &o.payload else {
        return Ok(Value::None);
    };
    let len = b.borrow().len() as i64;
    if len == 0 {
        return vm.err("IndexError", "pop from empty bytearray");
    }
    let mut i = match args.pos.get(1) {
        Some(v) => match crate::int::as_int(v).and_then(|i| num_traits::ToPrimitive::to_i64(&i.to_big())) {
            Some(i) => i,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        },
        None => -1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return vm.err("IndexError", "pop index out of range");
    }
    let v = b.borrow_mut().remove(i as usize);
    Ok(Value::Int(v as i64))
}

fn test(vm: &mut Vm, args: Args, f: fn(u8) -> bool) -> PyResult {
    let b = vm.bytes_like(&args.pos[0])?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn cased_test(vm: &mut Vm, args: Args, upper: bool) -> PyResult {
    let b = vm.bytes_like(&args.pos[0])?;
    let wrong = |c: &u8| {
        if upper {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    };
    let right = |c: &u8| {
        if upper {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        }
    };
    Ok(Value::Bool(b.iter().any(right) && !b.iter().any(wrong)))
}

fn title(vm: &mut Vm, args: Args) -> PyResult {
    let mut b = vm.bytes_like(&args.pos[0])?;
    let mut prev_cased = false;
    for c in b.iter_mut() {
        *c = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(same_kind(vm, &args.pos[0], b))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    let mut b = vm.bytes_like(&args.pos[0])?;
    for (i, c) in b.iter_mut().enumerate() {
        *c = if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
    }
    Ok(same_kind(vm, &args.pos[0], b))
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    let mut b = vm.bytes_like(&args.pos[0])?;
    for c in b.iter_mut() {
        *c = if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
    }
    Ok(same_kind(vm, &args.pos[0], b))
}

/// `center`/`ljust`/`rjust(width, fillbyte=b' ')`: the fill is one byte.
fn pad(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    if let Some(fill) = args.pos.get(2) {
        let one = matches!(fill, Value::Obj(o) if match &o.payload {
            Payload::Bytes(b) => b.len() == 1,
            Payload::ByteArray(b) => b.borrow().len() == 1,
            _ => false,
        });
        if !one {
            return vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", vm.type_name(fill)));
        }
    }
    via_str(vm, args, name)
}

/// `lstrip`/`rstrip`: without an argument only ASCII whitespace goes.
fn strip(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    if args.pos.len() == 1 || args.pos.get(1).is_some_and(|v| v.is_none()) {
        let chars = vm.new_bytes(ASCII_SPACE.as_bytes().to_vec());
        let pos = [args.pos[0].clone(), chars];
        return via_str(vm, Args::new(&pos), name);
    }
    via_str(vm, args, name)
}

fn to_text(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Ok(v.clone());
    };
    match &o.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let b = vm.bytes_like(v)?;
            Ok(vm.new_string(b.iter().map(|&c| c as char).collect()))
        }
        Payload::Tuple(_) => {
            let items = vm.seq_items(v);
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(to_text(vm, it)?);
            }
            Ok(vm.new_tuple(out))
        }
        Payload::Str(_) => {
            let tn = vm.type_name(v);
            vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
        }
        _ => Ok(v.clone()),
    }
}

fn from_text(vm: &mut Vm, like: &Value, v: Value) -> PyResult {
    let Value::Obj(o) = &v else { return Ok(v) };
    match &o.payload {
        Payload::Str(s) => {
            let b = s.as_str().chars().map(|c| c as u32 as u8).collect();
            Ok(same_kind(vm, like, b))
        }
        Payload::Tuple(_) | Payload::List(_) => {
            let is_list = matches!(o.payload, Payload::List(_));
            let items = vm.seq_items(&v);
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(from_text(vm, like, it)?);
            }
            Ok(if is_list { vm.new_list(out) } else { vm.new_tuple(out) })
        }
        _ => Ok(v),
    }
}

/// Runs the str method `name` on the bytes (and bytes arguments) seen as
/// Latin-1 text, converting text results back to bytes.
fn via_str(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let me = &args.pos[0];
    let mut pos = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        pos.push(to_text(vm, v)?);
    }
    let mut kwvals = Vec::with_capacity(args.kwvals.len());
    for v in args.kwvals {
        kwvals.push(to_text(vm, v)?);
    }
    let key = vm.intern(name);
    let method = vm.getattr(&pos[0], &key)?;
    let r = vm.call(&method, Args { pos: &pos[1..], kwnames: args.kwnames, kwvals: &kwvals })?;
    from_text(vm, me, r)
}
