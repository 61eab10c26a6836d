//! UnicodeDecodeError and UnicodeEncodeError: the `encoding`, `object`,
//! `start`, `end` and `reason` attributes, CPython's message built from
//! them, and the constructors the codecs raise with.

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for name in ["UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"] {
        let t = vm.exc_type(name);
        vm.add_method(&t, "__init__", init);
        vm.add_method(&t, "__str__", str_);
    }
}

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `UnicodeDecodeError(encoding, object, start, end, reason)`, the
/// encode error (whose object is a str) and
/// `UnicodeTranslateError(object, start, end, reason)` (encoding None).
fn init(vm: &mut Vm, args: Args) -> PyResult {
    let Value::Obj(e) = &args.pos[0] else { return vm.type_error("expected an exception") };
    let e = e.clone();
    let rest = args.pos[1..].to_vec();
    let is_decode = vm.exc_matches(&e, "UnicodeDecodeError");
    let is_translate = !is_decode && vm.exc_matches(&e, "UnicodeTranslateError");
    let want = if is_translate { 4 } else { 5 };
    if rest.len() != want {
        return vm.type_error(format!("function takes exactly {want} arguments ({} given)", rest.len()));
    }
    let mut fields = rest.clone();
    if is_translate {
        fields.insert(0, Value::None);
    }
    let arg_no = |i: usize| if is_translate { i } else { i + 1 };
    for (i, v) in fields.iter_mut().enumerate() {
        match i {
            0 if is_translate => {}
            1 if is_decode => {
                if vm.buffer_of(v)?.is_none() {
                    return vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)));
                }
                let b = vm.bytes_like(v)?;
                *v = vm.new_bytes(b);
            }
            2 | 3 => match vm.index_of(v)? {
                Some(n) => *v = Value::Int(n),
                None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
            },
            _ if crate::builtins::str_of(v).is_none() => {
                return vm.type_error(format!("argument {} must be str, not {}", arg_no(i), vm.type_name(v)));
            }
            _ => {}
        }
    }
    if let Payload::Exception(d) = &e.payload {
        *d.args.borrow_mut() = vm.new_tuple(rest);
    }
    for (f, v) in FIELDS.iter().zip(fields) {
        vm.set_exc_attr(&e, f, v);
    }
    Ok(Value::None)
}

fn str_(vm: &mut Vm, args: Args) -> PyResult {
    let ev = args.pos[0].clone();
    let get = |vm: &mut Vm, n: &str| vm.getattr_opt(&ev, n).ok().flatten().unwrap_or(Value::None);
    let (enc, obj, start, end, reason) = (get(vm, "encoding"), get(vm, "object"), get(vm, "start"), get(vm, "end"), get(vm, "reason"));
    let translate = matches!(&ev, Value::Obj(o) if vm.exc_matches(o, "UnicodeTranslateError"));
    let enc = crate::builtins::str_of(&enc).map(str::to_string);
    let (true, Some(reason), Value::Int(start), Value::Int(end)) =
        (enc.is_some() || translate, crate::builtins::str_of(&reason).map(str::to_string), start, end)
    else {
        // Made without the five arguments: the plain exception message.
        let a = vm.getattr_str(&ev, "args")?;
        let items = vm.seq_items(&a);
        return match items.len() {
            0 => Ok(vm.new_str("")),
            1 => vm.str(&items[0]),
            _ => vm.str(&a),
        };
    };
    let s = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = vm.bytes_like(&obj)?;
            match b.get(start.max(0) as usize) {
                Some(c) if end == start + 1 => {
                    format!("'{}' codec can't decode byte 0x{c:02x} in position {start}: {reason}", enc.unwrap_or_default())
                }
                _ => format!("'{}' codec can't decode bytes in position {start}-{}: {reason}", enc.unwrap_or_default(), end - 1),
            }
        }
        _ => {
            let c = crate::builtins::pystr_of(&obj).and_then(|ps| ps.code_points().nth(start.max(0) as usize));
            match c {
                Some(n) if end == start + 1 => {
                    let shown = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    match &enc {
                        Some(enc) => format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"),
                        None => format!("can't translate character '{shown}' in position {start}: {reason}"),
                    }
                }
                _ => match &enc {
                    Some(enc) => format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
                    None => format!("can't translate characters in position {start}-{}: {reason}", end - 1),
                },
            }
        }
    };
    Ok(vm.new_string(s))
}

/// A UnicodeDecodeError for `data[start..end]`.
pub fn decode_error(vm: &mut Vm, enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Obj {
    let args = vec![vm.new_str(enc), vm.new_bytes(data.to_vec()), Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
    unicode_error(vm, "UnicodeDecodeError", args)
}

/// A UnicodeEncodeError for characters `start..end` of `text`.
pub fn encode_error(vm: &mut Vm, enc: &str, text: &str, start: usize, end: usize, reason: &str) -> Obj {
    let text = vm.new_str(text);
    encode_error_of(vm, enc, text, start, end, reason)
}

/// A UnicodeEncodeError for characters `start..end` of the str `text`.
pub fn encode_error_of(vm: &mut Vm, enc: &str, text: Value, start: usize, end: usize, reason: &str) -> Obj {
    let args = vec![vm.new_str(enc), text, Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
    unicode_error(vm, "UnicodeEncodeError", args)
}

fn unicode_error(vm: &mut Vm, cls: &str, args: Vec<Value>) -> Obj {
    let t = vm.exc_type(cls);
    let e = vm.new_exception(&t, args.clone());
    for (f, v) in FIELDS.iter().zip(args) {
        vm.set_exc_attr(&e, f, v);
    }
    e
}
