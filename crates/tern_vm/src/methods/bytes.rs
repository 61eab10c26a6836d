//! bytes and bytearray methods, and text encoding/decoding.

use super::bytes_search::same_kind;
use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// `bytearray.__reduce__()`: protocol 2's reduction.
fn ba_reduce(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce__", 0, 0)?;
    super::object::call_helper(vm, "bytearray_reduce", &[args.pos[0].clone(), Value::Int(2)])
}

/// `bytearray.__reduce_ex__(proto=0)`.
fn ba_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "__reduce_ex__", 0, 1)?;
    let proto = match args.pos.get(1) {
        Some(p) => match vm.index_of(p)? {
            Some(p) => p,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(p))),
        },
        None => 0,
    };
    super::object::call_helper(vm, "bytearray_reduce", &[args.pos[0].clone(), Value::Int(proto)])
}

pub fn install(vm: &mut Vm) {
    super::bytes_text::install(vm);
    super::bytes_search::install(vm);
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        vm.add_method(&t, "decode", decode_m);
        vm.add_method(&t, "hex", hex);
        vm.add_method(&t, "join", join);
        vm.add_method(&t, "translate", translate);
        vm.add_method(&t, "strip", strip);
        vm.add_method(&t, "upper", upper);
        vm.add_method(&t, "lower", lower);
        vm.add_classmethod(&t, "fromhex", fromhex);
        super::tuple::add_sequence_dunders(vm, &t);
    }
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "append", append);
    vm.add_method(&ba, "extend", extend);
    vm.add_method(&ba, "copy", ba_copy);
    vm.add_method(&ba, "__reduce__", ba_reduce);
    vm.add_method(&ba, "__init__", crate::builtins::ctors::bytearray_init);
    vm.add_method(&ba, "__reduce_ex__", ba_reduce_ex);
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "copy", 0, 0)?;
    let b = me(vm, &args.pos[0])?;
    Ok(vm.new_object(vm.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(b))))
}

fn me(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    vm.bytes_like(v)
}

/// Encodes text with a codec name and error handler: natively
/// (`crate::codecs`) or through the codec registry.
pub fn encode(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    match crate::codecs::native(enc) {
        Some(codec) => crate::codecs::encode(vm, s, codec, errors),
        None => {
            let text = vm.new_str(s);
            let r = registry_codec(vm, enc, errors, "encode", text)?;
            match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => vm.bytes_like(&r),
                _ => vm.type_error(format!(
                    "'{enc}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                    vm.type_name(&r)
                )),
            }
        }
    }
}

/// [`encode`] for a str payload, which may hold lone surrogates.
pub fn encode_pystr(vm: &mut Vm, ps: &crate::str::PyStr, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = ps.to_str() {
        return encode(vm, s, enc, errors);
    }
    match crate::codecs::native(enc) {
        Some(codec) => crate::codecs::encode_surrogates(vm, ps, codec, errors),
        None => {
            let text = vm.new_pystr(ps.copy());
            let r = registry_codec(vm, enc, errors, "encode", text)?;
            match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => vm.bytes_like(&r),
                _ => vm.type_error(format!("'{enc}' encoder returned '{}' instead of 'bytes'", vm.type_name(&r))),
            }
        }
    }
}

/// Runs the `encode` or `decode` of the codec registry's entry for `enc`
/// (the codecs of the `encodings` package: cp437, cp1252...): the first
/// item of its result.
fn registry_codec(vm: &mut Vm, enc: &str, errors: &str, which: &str, data: Value) -> PyResult {
    let codecs = vm.import_module("_codecs")?;
    let lookup = vm.getattr_str(&codecs, "lookup")?;
    let name = vm.new_str(enc);
    let info = vm.call(&lookup, Args::new(&[name]))?;
    // rot13, hex, base64...: not for str.encode/bytes.decode.
    if let Some(flag) = vm.getattr_opt(&info, "_is_text_encoding")? {
        if !vm.truthy(&flag)? {
            let other = if which == "encode" { "codecs.encode()" } else { "codecs.decode()" };
            return vm.err("LookupError", format!("'{enc}' is not a text encoding; use {other} to handle arbitrary codecs"));
        }
    }
    // `_codecs.encode`/`decode` run it, checking the result and naming
    // the codec in the errors it raises.
    let f = vm.getattr_str(&codecs, which)?;
    let (name, err) = (vm.new_str(enc), vm.new_str(errors));
    vm.call(&f, Args::new(&[data, name, err]))
}

/// Decodes bytes with a codec name and error handler: natively
/// (`crate::codecs`) or through the codec registry.
pub fn decode(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<crate::str::PyStr> {
    match crate::codecs::native(enc) {
        Some(codec) => crate::codecs::decode(vm, b, codec, errors),
        None => {
            let data = vm.new_bytes(b.to_vec());
            let r = registry_codec(vm, enc, errors, "decode", data)?;
            match crate::builtins::pystr_of(&r) {
                Some(t) => Ok(t.copy()),
                None => vm.type_error(format!(
                    "'{enc}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                    vm.type_name(&r)
                )),
            }
        }
    }
}

fn decode_m(vm: &mut Vm, args: Args) -> PyResult {
    let b = me(vm, &args.pos[0])?;
    let (enc, errors) = codec_args(vm, &args, "decode")?;
    let s = decode(vm, &b, enc, errors)?;
    Ok(vm.new_pystr(s))
}

/// The `encoding` and `errors` arguments of `str.encode` and
/// `bytes.decode` (after self), checked as CPython does.
pub fn codec_args<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<(&'a str, &'a str)> {
    // The common calls, `s.encode()` and `b.decode('utf-8')`, need no parsing.
    if args.kwnames.is_empty() && args.pos.len() <= 2 {
        match args.pos.get(1) {
            None => return Ok(("utf-8", "strict")),
            Some(v) => {
                if let Some(enc) = crate::builtins::str_of(v) {
                    return Ok((enc, "strict"));
                }
            }
        }
    }
    for k in args.kwnames {
        let k = crate::builtins::str_of(k).unwrap_or("");
        if k != "encoding" && k != "errors" {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for {fname}()"));
        }
    }
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, fname, &rest, &["encoding", "errors"], 0)?;
    let mut out = [""; 2];
    for (i, (name, default)) in [("encoding", "utf-8"), ("errors", "strict")].into_iter().enumerate() {
        out[i] = match a[i] {
            None => default,
            Some(v) => match crate::builtins::str_of(v) {
                Some(s) => s,
                None => {
                    let t = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
                    return vm.type_error(format!("{fname}() argument '{name}' must be str, not {t}"));
                }
            },
        };
    }
    Ok((out[0], out[1]))
}

/// `hex(sep=None, bytes_per_sep=1)`.
fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let b = me(vm, &args.pos[0])?;
    if args.pos.len() > 3 {
        return vm.type_error(format!("hex() takes at most 2 arguments ({} given)", args.pos.len() - 1));
    }
    let sep = args.pos.get(1).or_else(|| args.kw("sep"));
    let per = args.pos.get(2).or_else(|| args.kw("bytes_per_sep"));
    let out = crate::modules::tern_binascii::hex_sep(vm, &b, sep, per, false)?;
    Ok(vm.new_string(String::from_utf8(out).unwrap_or_default()))
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "join", 1, 1)?;
    let sep = me(vm, &args.pos[0])?;
    let mut out = Vec::new();
    for (i, it) in vm.iterate(&args.pos[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.buffer_of(it)? {
            Some(b) => out.extend(b),
            None => return vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it))),
        }
    }
    Ok(same_kind(vm, &args.pos[0], out))
}

/// `translate(table, delete=b'')`: `table` is None or 256 bytes.
fn translate(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "translate", 1, 2)?;
    let b = me(vm, &args.pos[0])?;
    let table = match &args.pos[1] {
        Value::None => None,
        t => {
            let t = vm.bytes_like(t)?;
            if t.len() != 256 {
                return vm.value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match args.pos.get(2) {
        Some(d) => vm.bytes_like(d)?,
        None => Vec::new(),
    };
    let out = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(same_kind(vm, &args.pos[0], out))
}
fn strip(vm: &mut Vm, args: Args) -> PyResult {
    let b = me(vm, &args.pos[0])?;
    let chars = match args.pos.get(1) {
        Some(c) if !c.is_none() => vm.bytes_like(c)?,
        _ => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !chars.contains(c)).map(|e| e + 1).unwrap_or(start);
    let r = b[start..end.max(start)].to_vec();
    Ok(same_kind(vm, &args.pos[0], r))
}
fn upper(vm: &mut Vm, args: Args) -> PyResult {
    let b = me(vm, &args.pos[0])?.to_ascii_uppercase();
    Ok(same_kind(vm, &args.pos[0], b))
}
fn lower(vm: &mut Vm, args: Args) -> PyResult {
    let b = me(vm, &args.pos[0])?.to_ascii_lowercase();
    Ok(same_kind(vm, &args.pos[0], b))
}
fn fromhex(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "fromhex", 1, 1)?;
    let Some(s) = crate::builtins::str_of(&args.pos[1]) else {
        return vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(&args.pos[1])));
    };
    // Pairs of hex digits, with ASCII whitespace allowed only between pairs.
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let (Some(hi), Some(lo)) = (digit(i), digit(i + 1)) else {
            let at = if digit(i).is_some() { i + 1 } else { i };
            return vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}"));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = args.pos[0].clone();
    let Value::Obj(c) = &cls else { return Ok(vm.new_bytes(out)) };
    if std::rc::Rc::ptr_eq(c, &vm.types.bytearray) {
        return Ok(vm.new_object(vm.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(out))));
    }
    let b = vm.new_bytes(out);
    if std::rc::Rc::ptr_eq(c, &vm.types.bytes) {
        return Ok(b);
    }
    // A subclass gets `cls(result)`.
    vm.call(&cls, Args::new(&[b]))
}
fn append(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "append", 1, 1)?;
    let v = match crate::int::as_int(&args.pos[1]).and_then(|i| num_traits::ToPrimitive::to_u8(&i.to_big())) {
        Some(v) => v,
        None => return vm.value_error("byte must be in range(0, 256)"),
    };
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::ByteArray(b) = &o.payload {
            b.borrow_mut().push(v);
        }
    }
    Ok(Value::None)
}
fn extend(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "extend", 1, 1)?;
    let extra = vm.bytes_like(&args.pos[1])?;
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::ByteArray(b) = &o.payload {
            b.borrow_mut().extend(extra);
        }
    }
    Ok(Value::None)
}
