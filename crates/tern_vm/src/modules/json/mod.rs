//! `_tern_json`: the native half of `_json` (the frozen `_json.py` makes
//! CPython's `make_scanner` and `make_encoder` objects over it), which
//! `json` uses in place of its pure-Python scanner and encoder.

mod encode;
mod scan;

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use encode::{Encoder, StrEncoder};
use scan::{Context, Scanner, Stop};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "scanstring", scanstring);
    vm.module_fn(m, "scan_once", scan_once);
    vm.module_fn(m, "encode_basestring_ascii", |vm, a| basestring(vm, a, true));
    vm.module_fn(m, "encode_basestring", |vm, a| basestring(vm, a, false));
    vm.module_fn(m, "encode", encode_obj);
}

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a crate::str::PyStr> {
    match crate::builtins::pystr_of(v) {
        Some(s) => Ok(s),
        None => vm.type_error(format!("{what} must be a string, not {}", vm.type_name(v))),
    }
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// `scanstring(s, end, strict=True)`: the JSON string whose text starts
/// at index `end`, and the index after its closing quote.
fn scanstring(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "scanstring", &args, 2, 3)?;
    let s = str_arg(vm, &args.pos[0], "first argument")?;
    let end = index_arg(vm, &args.pos[1])?;
    let strict = match args.pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if end < 0 || end as usize > s.nchars {
        return vm.value_error("end is out of bounds");
    }
    let sc = Scanner::new(s.wtf8(), args.pos[0].clone(), s.is_ascii());
    let start = sc.byte_offset(end as usize);
    match sc.string(vm, strict, start) {
        Ok((text, after)) => {
            let text = vm.new_str_wtf8(text);
            let after = sc.char_index(after) as i64;
            Ok(vm.new_tuple(vec![text, Value::Int(after)]))
        }
        Err(stop) => Err(stop_error(vm, &sc, stop)),
    }
}

fn stop_error(vm: &mut Vm, sc: &Scanner, stop: Stop) -> Obj {
    match stop {
        Stop::Error(e) => e,
        Stop::NoValue(at) => {
            let pos = sc.char_index(at);
            vm.stop_iteration(Value::Int(pos as i64))
        }
    }
}

/// `scan_once(string, idx, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: the value at `idx` and the
/// index after it; StopIteration(idx) when there is none.
fn scan_once(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "scan_once", &args, 8, 8)?;
    let s = str_arg(vm, &args.pos[0], "first argument")?;
    let idx = index_arg(vm, &args.pos[1])?;
    if idx < 0 {
        return vm.value_error("idx cannot be negative");
    }
    // `float`/`int` themselves are parsed natively.
    let native = |f: &Value, t: &Obj| if matches!(f, Value::Obj(o) if std::rc::Rc::ptr_eq(o, t)) { None } else { Some(f.clone()) };
    let (float_t, int_t) = (vm.types.float.clone(), vm.types.int.clone());
    let cx = Context {
        strict: vm.truthy(&args.pos[2])?,
        object_hook: args.pos[3].clone(),
        object_pairs_hook: args.pos[4].clone(),
        parse_float: native(&args.pos[5], &float_t),
        parse_int: native(&args.pos[6], &int_t),
        parse_constant: args.pos[7].clone(),
    };
    let mut sc = Scanner::new(s.wtf8(), args.pos[0].clone(), s.is_ascii());
    let start = if idx as usize >= s.nchars { s.wtf8().len() } else { sc.byte_offset(idx as usize) };
    match sc.value(vm, &cx, start) {
        Ok((v, after)) => {
            let after = sc.char_index(after) as i64;
            Ok(vm.new_tuple(vec![v, Value::Int(after)]))
        }
        // Past the end: StopIteration with the index asked for.
        Err(Stop::NoValue(_)) if idx as usize >= s.nchars => Err(vm.stop_iteration(Value::Int(idx))),
        Err(stop) => Err(stop_error(vm, &sc, stop)),
    }
}

/// `encode_basestring(_ascii)(s)`: `s` as a JSON string literal.
fn basestring(vm: &mut Vm, args: Args, ascii: bool) -> PyResult {
    let name = if ascii { "encode_basestring_ascii" } else { "encode_basestring" };
    crate::builtins::check_args(vm, name, &args, 1, 1)?;
    let Some(s) = crate::builtins::pystr_of(&args.pos[0]) else {
        return vm.type_error(format!("first argument must be a string, not {}", vm.type_name(&args.pos[0])));
    };
    let mut out = Vec::new();
    encode::write_str(&mut out, s, ascii);
    Ok(vm.new_str_wtf8(out))
}

/// Whether `f` is this module's `encode_basestring(_ascii)`.
fn native_encoder(f: &Value) -> Option<StrEncoder> {
    let Value::Obj(o) = f else { return None };
    let Payload::Native(nf) = &o.payload else { return None };
    match nf.name {
        "encode_basestring_ascii" if nf.module == Some("_tern_json") => Some(StrEncoder::Ascii),
        "encode_basestring" if nf.module == Some("_tern_json") => Some(StrEncoder::Unicode),
        _ => None,
    }
}

/// `encode(obj, markers, default, encoder, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`: the JSON text of `obj`, as a
/// one-item list (the chunks `make_encoder` objects return).
fn encode_obj(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "encode", &args, 9, 9)?;
    let a = args.pos;
    let sep = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<String> {
        match crate::builtins::str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => vm.type_error(format!("make_encoder() argument {what} must be str, not {}", vm.type_name(v))),
        }
    };
    let key_separator = sep(vm, &a[4], "5")?;
    let item_separator = sep(vm, &a[5], "6")?;
    let mut enc = Encoder {
        markers: if a[1].is_none() { None } else { Some(std::collections::HashSet::new()) },
        default: a[2].clone(),
        strings: native_encoder(&a[3]).unwrap_or_else(|| StrEncoder::Python(a[3].clone())),
        key_separator,
        item_separator,
        sort_keys: vm.truthy(&a[6])?,
        skipkeys: vm.truthy(&a[7])?,
        allow_nan: vm.truthy(&a[8])?,
    };
    let mut out = Vec::new();
    enc.encode(vm, &a[0], &mut out)?;
    let text = vm.new_str_wtf8(out);
    Ok(vm.new_list(vec![text]))
}
