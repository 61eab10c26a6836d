//! `_tern_codecs`, the native half of `_codecs`: the `utf_8_*`,
//! `utf_16_*`, `utf_32_*`, `utf_7_*`, `ascii_*` and `latin_1_*` functions the
//! `encodings` package calls (with the incremental `final` argument and
//! the consumed counts), and the built-in error handlers that
//! `codecs.lookup_error` returns. The codecs themselves are
//! `crate::codecs`.

use crate::codecs::{self, Codec};
use crate::function::Args;
use crate::modules::tern_binascii::parse;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "utf_8_encode", utf_8_encode);
    vm.module_fn(m, "utf_8_decode", utf_8_decode);
    vm.module_fn(m, "ascii_encode", ascii_encode);
    vm.module_fn(m, "ascii_decode", ascii_decode);
    vm.module_fn(m, "latin_1_encode", latin_1_encode);
    vm.module_fn(m, "latin_1_decode", latin_1_decode);
    vm.module_fn(m, "utf_16_encode", utf_16_encode);
    vm.module_fn(m, "utf_16_le_encode", utf_16_le_encode);
    vm.module_fn(m, "utf_16_be_encode", utf_16_be_encode);
    vm.module_fn(m, "utf_16_decode", utf_16_decode);
    vm.module_fn(m, "utf_16_le_decode", utf_16_le_decode);
    vm.module_fn(m, "utf_16_be_decode", utf_16_be_decode);
    vm.module_fn(m, "utf_16_ex_decode", utf_16_ex_decode);
    vm.module_fn(m, "utf_32_encode", utf_32_encode);
    vm.module_fn(m, "utf_32_le_encode", utf_32_le_encode);
    vm.module_fn(m, "utf_32_be_encode", utf_32_be_encode);
    vm.module_fn(m, "utf_32_decode", utf_32_decode);
    vm.module_fn(m, "utf_32_le_decode", utf_32_le_decode);
    vm.module_fn(m, "utf_32_be_decode", utf_32_be_decode);
    vm.module_fn(m, "utf_32_ex_decode", utf_32_ex_decode);
    vm.module_fn(m, "utf_7_encode", utf_7_encode);
    vm.module_fn(m, "utf_7_decode", utf_7_decode);
    vm.module_fn(m, "unicode_escape_encode", unicode_escape_encode);
    vm.module_fn(m, "unicode_escape_decode", unicode_escape_decode);
    vm.module_fn(m, "raw_unicode_escape_encode", raw_unicode_escape_encode);
    vm.module_fn(m, "raw_unicode_escape_decode", raw_unicode_escape_decode);
    vm.module_fn(m, "escape_encode", escape_encode);
    vm.module_fn(m, "escape_decode", escape_decode);
    vm.module_fn(m, "strict_errors", strict_errors);
    vm.module_fn(m, "ignore_errors", ignore_errors);
    vm.module_fn(m, "replace_errors", replace_errors);
    vm.module_fn(m, "backslashreplace_errors", backslashreplace_errors);
    vm.module_fn(m, "xmlcharrefreplace_errors", xmlcharrefreplace_errors);
    vm.module_fn(m, "namereplace_errors", namereplace_errors);
    vm.module_fn(m, "surrogateescape", surrogateescape);
    vm.module_fn(m, "surrogatepass", surrogatepass);
}

/// The `errors` argument: a str, or None for "strict".
fn errors_arg(vm: &mut Vm, fname: &str, v: Option<&Value>) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok("strict".into()),
        Some(v) => match crate::builtins::str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => vm.type_error(format!("{fname}() argument 2 must be str or None, not {}", vm.type_name(v))),
        },
    }
}

fn int_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        None => Ok(0),
        Some(v) => match vm.index_of(v)? {
            Some(n) => Ok(n.clamp(i32::MIN as i64, i32::MAX as i64) as i32),
            None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        },
    }
}

/// `X_encode(str, errors=None[, byteorder=0])` -> `(bytes, len(str))`.
fn encode_with(vm: &mut Vm, args: &Args, fname: &str, codec: Codec) -> PyResult {
    let with_order = matches!(codec, Codec::Utf16(0) | Codec::Utf32(0));
    let names: &[&str] = if with_order { &["str", "errors", "byteorder"] } else { &["str", "errors"] };
    let a = parse(vm, fname, args, names, 1)?;
    let Some(text) = a[0].cloned() else {
        return vm.type_error(format!("{fname}() argument 1 must be str, not NoneType"));
    };
    let Some(s) = crate::builtins::pystr_of(&text) else {
        let t = vm.type_name(&text);
        return vm.type_error(format!("{fname}() argument 1 must be str, not {t}"));
    };
    let errors = errors_arg(vm, fname, a[1])?;
    let codec = match codec {
        Codec::Utf16(_) if with_order => Codec::Utf16(int_arg(vm, a.get(2).copied().flatten())?.signum()),
        Codec::Utf32(_) if with_order => Codec::Utf32(int_arg(vm, a.get(2).copied().flatten())?.signum()),
        c => c,
    };
    let out = codecs::encode_pystr(vm, s, codec, &errors)?;
    let n = s.nchars as i64;
    let b = vm.new_bytes(out);
    Ok(vm.new_tuple(vec![b, Value::Int(n)]))
}

/// `X_decode(data, errors=None[, final=False])` -> `(str, consumed)`, and
/// `X_ex_decode(data, errors=None, byteorder=0, final=False)` ->
/// `(str, consumed, byteorder)`.
fn decode_with(vm: &mut Vm, args: &Args, fname: &str, codec: Codec, has_final: bool, ex: bool) -> PyResult {
    let names: &[&str] = match (has_final, ex) {
        (_, true) => &["data", "errors", "byteorder", "final"],
        (true, false) => &["data", "errors", "final"],
        (false, false) => &["data", "errors"],
    };
    let a = parse(vm, fname, args, names, 1)?;
    let data = match a[0] {
        Some(v) => match vm.buffer_of(v)? {
            Some(b) => b,
            None => return vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
        },
        None => Vec::new(),
    };
    let errors = errors_arg(vm, fname, a[1])?;
    let final_at = if ex { 3 } else { 2 };
    let fin = match a.get(final_at).copied().flatten() {
        Some(v) if has_final || ex => vm.truthy(v)?,
        _ => !has_final && !ex,
    };
    let codec = match codec {
        Codec::Utf16(_) if ex => Codec::Utf16(int_arg(vm, a[2])?.signum()),
        Codec::Utf32(_) if ex => Codec::Utf32(int_arg(vm, a[2])?.signum()),
        c => c,
    };
    let r = codecs::decode_stateful(vm, &data, codec, &errors, fin)?;
    let (consumed, byteorder) = (r.consumed, r.byteorder);
    let text = vm.new_pystr(r.into_pystr());
    let mut items = vec![text, Value::Int(consumed as i64)];
    if ex {
        items.push(Value::Int(byteorder as i64));
    }
    Ok(vm.new_tuple(items))
}

macro_rules! codec_fns {
    ($($enc:ident $dec:ident $codec:expr, $final:expr;)*) => {$(
        fn $enc(vm: &mut Vm, args: Args) -> PyResult {
            encode_with(vm, &args, stringify!($enc), $codec)
        }
        fn $dec(vm: &mut Vm, args: Args) -> PyResult {
            decode_with(vm, &args, stringify!($dec), $codec, $final, false)
        }
    )*};
}

codec_fns! {
    utf_8_encode utf_8_decode Codec::Utf8, true;
    ascii_encode ascii_decode Codec::Ascii, false;
    latin_1_encode latin_1_decode Codec::Latin1, false;
    utf_16_encode utf_16_decode Codec::Utf16(0), true;
    utf_16_le_encode utf_16_le_decode Codec::Utf16(-1), true;
    utf_16_be_encode utf_16_be_decode Codec::Utf16(1), true;
    utf_32_encode utf_32_decode Codec::Utf32(0), true;
    utf_32_le_encode utf_32_le_decode Codec::Utf32(-1), true;
    utf_32_be_encode utf_32_be_decode Codec::Utf32(1), true;
    utf_7_encode utf_7_decode Codec::Utf7, true;
}

fn utf_16_ex_decode(vm: &mut Vm, args: Args) -> PyResult {
    decode_with(vm, &args, "utf_16_ex_decode", Codec::Utf16(0), true, true)
}

fn utf_32_ex_decode(vm: &mut Vm, args: Args) -> PyResult {
    decode_with(vm, &args, "utf_32_ex_decode", Codec::Utf32(0), true, true)
}

/// `X_escape_encode(str, errors=None)` -> `(bytes, len(str))`.
fn escape_encode_with(vm: &mut Vm, args: &Args, fname: &str, f: fn(&crate::str::PyStr) -> Vec<u8>) -> PyResult {
    let a = parse(vm, fname, args, &["str", "errors"], 1)?;
    let Some(s) = a[0].and_then(crate::builtins::pystr_of) else {
        let t = a[0].map(|v| vm.type_name(v)).unwrap_or_default();
        return vm.type_error(format!("{fname}() argument 1 must be str, not {t}"));
    };
    let n = s.nchars as i64;
    let b = vm.new_bytes(f(s));
    Ok(vm.new_tuple(vec![b, Value::Int(n)]))
}

/// The data argument of the escape decoders: bytes-like, or a str
/// (taken as its utf-8 bytes).
fn data_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    if let Some(s) = crate::builtins::str_of(v) {
        return Ok(s.as_bytes().to_vec());
    }
    match vm.buffer_of(v)? {
        Some(b) => Ok(b),
        None => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

type EscapeDecoder = fn(&mut Vm, &[u8], &str, bool) -> PyResult<codecs::Decoded>;

/// `X_escape_decode(data, errors=None, final=True)` -> `(str, consumed)`.
fn escape_decode_with(vm: &mut Vm, args: &Args, fname: &str, f: EscapeDecoder) -> PyResult {
    let a = parse(vm, fname, args, &["data", "errors", "final"], 1)?;
    let data = data_arg(vm, a[0])?;
    let errors = errors_arg(vm, fname, a[1])?;
    let fin = match a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let r = f(vm, &data, &errors, fin)?;
    let consumed = r.consumed;
    let text = vm.new_pystr(r.into_pystr());
    Ok(vm.new_tuple(vec![text, Value::Int(consumed as i64)]))
}

fn unicode_escape_encode(vm: &mut Vm, args: Args) -> PyResult {
    escape_encode_with(vm, &args, "unicode_escape_encode", codecs::escape::unicode_escape_encode)
}

fn raw_unicode_escape_encode(vm: &mut Vm, args: Args) -> PyResult {
    escape_encode_with(vm, &args, "raw_unicode_escape_encode", codecs::escape::raw_unicode_escape_encode)
}

fn unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult {
    escape_decode_with(vm, &args, "unicode_escape_decode", codecs::escape::unicode_escape_decode)
}

fn raw_unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult {
    escape_decode_with(vm, &args, "raw_unicode_escape_decode", codecs::escape::raw_unicode_escape_decode)
}

/// `escape_encode(data, errors=None)` -> `(bytes, len(data))`.
fn escape_encode(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "escape_encode", &args, &["data", "errors"], 1)?;
    let data = match a[0] {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Bytes(_)) => vm.bytes_like(v)?,
        Some(v) => return vm.type_error(format!("escape_encode() argument 1 must be bytes, not {}", vm.type_name(v))),
        None => Vec::new(),
    };
    let n = data.len() as i64;
    let b = vm.new_bytes(codecs::escape::escape_encode(&data));
    Ok(vm.new_tuple(vec![b, Value::Int(n)]))
}

/// `escape_decode(data, errors=None)` -> `(bytes, len(data))`.
fn escape_decode(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "escape_decode", &args, &["data", "errors"], 1)?;
    let data = data_arg(vm, a[0])?;
    let errors = errors_arg(vm, "escape_decode", a[1])?;
    let out = codecs::escape::escape_decode(vm, &data, &errors)?;
    let b = vm.new_bytes(out);
    Ok(vm.new_tuple(vec![b, Value::Int(data.len() as i64)]))
}

/// Which UnicodeError an error handler was given.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

/// The handler's argument: its kind, `object`, and `start`/`end`
/// clamped into the object as CPython's getters do.
struct Failure {
    kind: Kind,
    object: Value,
    start: usize,
    end: usize,
}

fn failure(vm: &mut Vm, fname: &str, args: &Args, accept: &[Kind]) -> PyResult<Failure> {
    crate::builtins::check_args(vm, fname, args, 1, 1)?;
    let v = &args.pos[0];
    let kind = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            if vm.exc_matches(o, "UnicodeEncodeError") {
                Some(Kind::Encode)
            } else if vm.exc_matches(o, "UnicodeDecodeError") {
                Some(Kind::Decode)
            } else if vm.exc_matches(o, "UnicodeTranslateError") {
                Some(Kind::Translate)
            } else {
                None
            }
        }
        _ => None,
    };
    let Some(kind) = kind.filter(|k| accept.contains(k)) else {
        return vm.type_error(format!("don't know how to handle {} in error callback", vm.type_name(v)));
    };
    let object = vm.getattr_str(v, "object")?;
    let len = match kind {
        Kind::Decode => vm.bytes_like(&object)?.len(),
        _ => crate::builtins::pystr_of(&object).map(|s| s.nchars).unwrap_or(0),
    };
    let start = vm.getattr_str(v, "start")?;
    let end = vm.getattr_str(v, "end")?;
    let start = vm.index_of(&start)?.unwrap_or(0).clamp(0, len.saturating_sub(1) as i64) as usize;
    let end = vm.index_of(&end)?.unwrap_or(0).clamp(1, len.max(1) as i64) as usize;
    Ok(Failure { kind, object, start, end })
}

impl Failure {
    /// The code points of `object[start:end]`.
    fn chars(&self) -> Vec<u32> {
        let Some(s) = crate::builtins::pystr_of(&self.object) else { return Vec::new() };
        s.code_points().skip(self.start).take(self.end.saturating_sub(self.start)).collect()
    }

    /// The `encoding` attribute of the exception, lower case.
    fn encoding(vm: &mut Vm, exc: &Value) -> String {
        let e = vm.getattr_opt(exc, "encoding").ok().flatten().unwrap_or(Value::None);
        crate::builtins::str_of(&e).unwrap_or("").to_ascii_lowercase().replace('_', "-")
    }
}

fn result(vm: &mut Vm, rep: String, end: usize) -> PyResult {
    let s = vm.new_string(rep);
    Ok(vm.new_tuple(vec![s, Value::Int(end as i64)]))
}

const ALL: &[Kind] = &[Kind::Encode, Kind::Decode, Kind::Translate];

fn strict_errors(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "strict_errors", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Err(o.clone()),
        _ => vm.type_error("codec must pass exception instance"),
    }
}

fn ignore_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "ignore_errors", &args, ALL)?;
    result(vm, String::new(), f.end)
}

fn replace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "replace_errors", &args, ALL)?;
    let n = f.end.saturating_sub(f.start);
    let rep = match f.kind {
        Kind::Encode => "?".repeat(n),
        Kind::Decode => "\u{fffd}".into(),
        Kind::Translate => "\u{fffd}".repeat(n),
    };
    result(vm, rep, f.end)
}

fn backslashreplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "backslashreplace_errors", &args, ALL)?;
    let rep: String = if f.kind == Kind::Decode {
        let b = vm.bytes_like(&f.object)?;
        b.get(f.start..f.end).unwrap_or(&[]).iter().map(|b| format!("\\x{b:02x}")).collect()
    } else {
        f.chars().iter().map(|&c| codecs::backslash_escape(c)).collect()
    };
    result(vm, rep, f.end)
}

fn xmlcharrefreplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "xmlcharrefreplace_errors", &args, &[Kind::Encode])?;
    let rep: String = f.chars().iter().map(|&c| format!("&#{c};")).collect();
    result(vm, rep, f.end)
}

fn namereplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "namereplace_errors", &args, &[Kind::Encode])?;
    let rep: String =
        f.chars().iter().map(|&c| char::from_u32(c).map_or_else(|| codecs::backslash_escape(c), codecs::name_escape)).collect();
    result(vm, rep, f.end)
}

/// `surrogateescape`: undecodable bytes 0x80..0xff become U+DC80..U+DCFF
/// (at most four at a time, as CPython's), and those surrogates encode back
/// to the bytes; anything else re-raises the error.
fn surrogateescape(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "surrogateescape", &args, &[Kind::Encode, Kind::Decode])?;
    if f.kind == Kind::Decode {
        let b = vm.bytes_like(&f.object)?;
        let bad = b.get(f.start..f.end).unwrap_or(&[]);
        let n = bad.iter().take(4).take_while(|&&c| c >= 128).count();
        if n == 0 {
            return strict_errors(vm, args);
        }
        let s = crate::str::PyStr::from_code_points(bad[..n].iter().map(|&c| 0xDC00 + c as u32));
        let s = vm.new_pystr(s);
        return Ok(vm.new_tuple(vec![s, Value::Int((f.start + n) as i64)]));
    }
    let cps = f.chars();
    if cps.is_empty() || !cps.iter().all(|c| (0xDC80..0xDD00).contains(c)) {
        return strict_errors(vm, args);
    }
    let b = vm.new_bytes(cps.iter().map(|c| (c - 0xDC00) as u8).collect());
    Ok(vm.new_tuple(vec![b, Value::Int(f.end as i64)]))
}

/// `surrogatepass`: lone surrogates encoded (and decoded) as if they were
/// characters, in utf-8, utf-16 and utf-32; anything else re-raises.
fn surrogatepass(vm: &mut Vm, args: Args) -> PyResult {
    let f = failure(vm, "surrogatepass", &args, &[Kind::Encode, Kind::Decode])?;
    let enc = Failure::encoding(vm, &args.pos[0]);
    let (width, be) = match enc.as_str() {
        "utf-8" | "utf8" => (1, false),
        "utf-16" | "utf-16-le" => (2, false),
        "utf-16-be" => (2, true),
        "utf-32" | "utf-32-le" => (4, false),
        "utf-32-be" => (4, true),
        _ => return strict_errors(vm, args),
    };
    if f.kind == Kind::Decode {
        let b = vm.bytes_like(&f.object)?;
        let d = b.get(f.start..).unwrap_or(&[]);
        let cp = match width {
            1 if d.len() >= 3 && d[0] == 0xED && (0xA0..0xC0).contains(&d[1]) && (0x80..0xC0).contains(&d[2]) => {
                Some((0xD000 | ((d[1] as u32 & 0x3F) << 6) | (d[2] as u32 & 0x3F), 3))
            }
            2 if d.len() >= 2 => Some((if be { u16::from_be_bytes([d[0], d[1]]) } else { u16::from_le_bytes([d[0], d[1]]) } as u32, 2)),
            4 if d.len() >= 4 => {
                let q = [d[0], d[1], d[2], d[3]];
                Some((if be { u32::from_be_bytes(q) } else { u32::from_le_bytes(q) }, 4))
            }
            _ => None,
        };
        return match cp {
            Some((c, n)) if (0xD800..0xE000).contains(&c) => {
                let s = vm.new_str_cp(c);
                Ok(vm.new_tuple(vec![s, Value::Int((f.start + n) as i64)]))
            }
            _ => strict_errors(vm, args),
        };
    }
    let cps = f.chars();
    if cps.is_empty() || !cps.iter().all(|c| (0xD800..0xE000).contains(c)) {
        return strict_errors(vm, args);
    }
    let mut out = Vec::new();
    for c in cps {
        match width {
            1 => crate::str::push_cp(&mut out, c),
            2 => out.extend(if be { (c as u16).to_be_bytes() } else { (c as u16).to_le_bytes() }),
            _ => out.extend(if be { c.to_be_bytes() } else { c.to_le_bytes() }),
        }
    }
    let b = vm.new_bytes(out);
    Ok(vm.new_tuple(vec![b, Value::Int(f.end as i64)]))
}
