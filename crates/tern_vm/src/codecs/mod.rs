//! The text codecs CPython implements in C (utf-8, ascii, latin-1,
//! utf-16 and utf-32 with their byte orders, utf-7 in `utf7.rs`) and the
//! error handlers
//! (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace`, `surrogateescape`,
//! `surrogatepass`, and handlers registered with `codecs.register_error`).
//!
//! `str.encode`/`bytes.decode` come here first (`methods/bytes.rs`); the
//! `_codecs` functions (`modules/tern_codecs.rs`) are thin wrappers.
//! Other codecs (cp1252, utf-8-sig, ...) go through the registry of the
//! `encodings` package.
//!
//! A str with lone surrogates (see `str.rs`) is encoded by
//! [`encode_surrogates`], code point by code point; decoders that make
//! surrogates (`surrogateescape`, `surrogatepass`) note them in
//! [`Decoded::surr`].

pub mod escape;
pub mod names;
pub mod utf7;

use crate::function::Args;
use crate::methods::unicode_error::{decode_error, encode_error, encode_error_of};
use crate::object::Payload;
use crate::str::PyStr;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};

/// A natively implemented codec. The utf-16/utf-32 byte order is
/// CPython's `byteorder`: 0 writes (or reads) a byte order mark, -1 is
/// little endian, 1 big endian.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(i32),
    Utf32(i32),
    /// Not one of CPython's fast paths ([`native`] never names it): the
    /// `encodings.utf_7` codec calls it through `_codecs`.
    Utf7,
}

/// The native codec for an encoding name, as CPython's fast paths
/// recognise them (case and `-`/`_`/space insensitive); None sends the
/// caller to the codec registry.
pub fn native(enc: &str) -> Option<Codec> {
    // Every native name is ASCII and short: normalized on the stack.
    let mut buf = [0u8; 16];
    if enc.len() > buf.len() {
        return None;
    }
    for (d, &c) in buf.iter_mut().zip(enc.as_bytes()) {
        *d = if c == b'-' || c == b' ' { b'_' } else { c.to_ascii_lowercase() };
    }
    Some(match &buf[..enc.len()] {
        b"utf_8" | b"utf8" => Codec::Utf8,
        b"ascii" | b"us_ascii" => Codec::Ascii,
        b"latin_1" | b"latin1" | b"iso_8859_1" | b"iso8859_1" => Codec::Latin1,
        b"utf_16" | b"utf16" => Codec::Utf16(0),
        b"utf_16_le" | b"utf_16le" => Codec::Utf16(-1),
        b"utf_16_be" | b"utf_16be" => Codec::Utf16(1),
        b"utf_32" | b"utf32" => Codec::Utf32(0),
        b"utf_32_le" | b"utf_32le" => Codec::Utf32(-1),
        b"utf_32_be" | b"utf_32be" => Codec::Utf32(1),
        _ => return None,
    })
}

/// The codec's name as `codecs.lookup(...).name` gives it.
pub fn canonical_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "iso8859-1",
        Codec::Utf16(0) => "utf-16",
        Codec::Utf16(-1) => "utf-16-le",
        Codec::Utf16(_) => "utf-16-be",
        Codec::Utf32(0) => "utf-32",
        Codec::Utf32(-1) => "utf-32-le",
        Codec::Utf32(_) => "utf-32-be",
        Codec::Utf7 => "utf-7",
    }
}

/// Encodes `s`; the error handler is consulted only when a character
/// cannot be encoded (an unknown `errors` name is no error until then,
/// as in CPython).
pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf7 => utf7::encode(s),
        Codec::Ascii => return encode_narrow(vm, s, 128, "ascii", errors),
        Codec::Latin1 => return encode_narrow(vm, s, 256, "latin-1", errors),
        Codec::Utf16(bo) => {
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            if bo == 0 {
                out.extend([0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend(if bo == 1 { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Utf32(bo) => {
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            if bo == 0 {
                out.extend([0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let n = c as u32;
                out.extend(if bo == 1 { n.to_be_bytes() } else { n.to_le_bytes() });
            }
            out
        }
    })
}

/// Encodes a str payload: [`encode`] for one without lone surrogates,
/// else [`encode_surrogates`].
pub fn encode_pystr(vm: &mut Vm, ps: &PyStr, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match ps.to_str() {
        Some(s) => encode(vm, s, codec, errors),
        None => encode_surrogates(vm, ps, codec, errors),
    }
}

/// Encodes a str that holds lone surrogates, which no codec encodes
/// under `strict`: CPython's error runs (a run of surrogates for utf-8,
/// of characters out of range for ascii and latin-1, one character for
/// utf-16 and utf-32) go to the error handler.
pub fn encode_surrogates(vm: &mut Vm, ps: &PyStr, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = ps.code_points().collect();
    let is_surr = |c: u32| (0xD800..0xE000).contains(&c);
    let (enc, limit, runs) = match codec {
        Codec::Utf8 => ("utf-8", 0x110000, true),
        Codec::Ascii => ("ascii", 128, true),
        Codec::Latin1 => ("latin-1", 256, true),
        Codec::Utf16(_) | Codec::Utf32(_) => (canonical_name(codec), 0x110000, false),
        Codec::Utf7 => ("utf-7", 0x110000, false),
    };
    let bad = |c: u32| is_surr(c) || c >= limit;
    let reason = if limit == 0x110000 { "surrogates not allowed".to_string() } else { format!("ordinal not in range({limit})") };
    let mut out = Vec::with_capacity(cps.len() * 2);
    let put = |out: &mut Vec<u8>, c: u32| match codec {
        Codec::Utf8 | Codec::Utf7 => crate::str::push_cp(out, c),
        Codec::Ascii | Codec::Latin1 => out.push(c as u8),
        Codec::Utf16(bo) => {
            let mut buf = [0u16; 2];
            for u in utf16_units(c, &mut buf) {
                out.extend(if bo == 1 { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Codec::Utf32(bo) => out.extend(if bo == 1 { c.to_be_bytes() } else { c.to_le_bytes() }),
    };
    match codec {
        Codec::Utf16(0) => out.extend([0xff, 0xfe]),
        Codec::Utf32(0) => out.extend([0xff, 0xfe, 0, 0]),
        // UTF-7 encodes lone surrogates as UTF-16 units.
        Codec::Utf7 => return Ok(utf7::encode_code_points(cps.into_iter(), ps.byte_len())),
        _ => {}
    }
    let error = |vm: &mut Vm, i: usize, j: usize| {
        let text = vm.new_pystr(ps.copy());
        encode_error_of(vm, enc, text, i, j, &reason)
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !bad(c) {
            put(&mut out, c);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while runs && j < cps.len() && bad(cps[j]) {
            j += 1;
        }
        let run = &cps[i..j];
        match errors {
            "strict" => return Err(error(vm, i, j)),
            // One byte per character: utf-16 and utf-32 cannot take it.
            "surrogateescape" => {
                for (k, &c) in run.iter().enumerate() {
                    if !(0xDC80..0xDD00).contains(&c) || matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) {
                        return Err(error(vm, i + k, i + k + 1));
                    }
                    out.push((c - 0xDC00) as u8);
                }
            }
            "surrogatepass" => {
                if limit != 0x110000 || !run.iter().all(|&c| is_surr(c)) {
                    return Err(error(vm, i, j));
                }
                run.iter().for_each(|&c| put(&mut out, c));
            }
            "ignore" => {}
            "replace" => run.iter().for_each(|_| put(&mut out, '?' as u32)),
            "backslashreplace" => run.iter().for_each(|&c| backslash_escape(c).chars().for_each(|e| put(&mut out, e as u32))),
            "xmlcharrefreplace" => run.iter().for_each(|&c| format!("&#{c};").chars().for_each(|e| put(&mut out, e as u32))),
            "namereplace" => run.iter().for_each(|&c| {
                let e = match char::from_u32(c) {
                    Some(ch) => name_escape(ch),
                    None => backslash_escape(c),
                };
                e.chars().for_each(|e| put(&mut out, e as u32))
            }),
            other => {
                let exc = error(vm, i, j);
                let (rep, pos) = call_handler(vm, other, &exc, cps.len(), true)?;
                match crate::builtins::pystr_of(&rep) {
                    Some(r) if r.code_points().all(|c| !bad(c) && (c < 128 || limit == 0x110000)) => {
                        r.code_points().for_each(|c| put(&mut out, c))
                    }
                    Some(_) => return Err(error(vm, i, j)),
                    None => out.extend(vm.bytes_like(&rep)?),
                }
                i = pos;
                continue;
            }
        }
        i = j;
    }
    Ok(out)
}

/// ascii and latin-1: every character below `limit` is one byte.
fn encode_narrow(vm: &mut Vm, s: &str, limit: u32, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u8).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    let reason = format!("ordinal not in range({limit})");
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        let run = &chars[i..j];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => return Err(encode_error(vm, enc, s, i, j, &reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => run.iter().for_each(|&c| out.extend(backslash_escape(c as u32).bytes())),
            "xmlcharrefreplace" => run.iter().for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            "namereplace" => run.iter().for_each(|&c| out.extend(name_escape(c).bytes())),
            other => {
                let exc = encode_error(vm, enc, s, i, j, &reason);
                let (rep, pos) = call_handler(vm, other, &exc, chars.len(), true)?;
                match crate::builtins::str_of(&rep) {
                    Some(r) if r.chars().all(|c| (c as u32) < limit) => out.extend(r.chars().map(|c| c as u8)),
                    Some(_) => return Err(encode_error(vm, enc, s, i, j, &reason)),
                    None => out.extend(vm.bytes_like(&rep)?),
                }
                i = pos;
                continue;
            }
        }
        i = j;
    }
    Ok(out)
}

/// `backslashreplace`'s escape of one code point: `\xe9`, `\u20ac`,
/// `\U0001f600`.
pub fn backslash_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `namereplace`'s escape: `\N{EURO SIGN}`, or the backslash escape of
/// a character without a name.
pub fn name_escape(c: char) -> String {
    match names::name(c) {
        Some(n) => format!("\\N{{{n}}}"),
        None => backslash_escape(c as u32),
    }
}

/// Calls the handler registered as `errors` (`codecs.register_error`)
/// with `exc`: its replacement (a str, or for an encoder also bytes) and
/// the position to go on from, checked against the input length `len`.
fn call_handler(vm: &mut Vm, errors: &str, exc: &Obj, len: usize, encoding: bool) -> PyResult<(Value, usize)> {
    let codecs = vm.import_module("_codecs")?;
    let lookup = vm.getattr_str(&codecs, "lookup_error")?;
    let name = vm.new_str(errors);
    let handler = vm.call(&lookup, Args::new(&[name]))?;
    let r = vm.call(&handler, Args::new(&[Value::Obj(exc.clone())]))?;
    let bad = if encoding {
        "encoding error handler must return (str/bytes, int) tuple"
    } else {
        "decoding error handler must return (str, int) tuple"
    };
    let items = match &r {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) if t.len() == 2 => t.to_vec(),
            _ => return vm.type_error(bad),
        },
        _ => return vm.type_error(bad),
    };
    let rep_ok = match &items[0] {
        Value::Obj(o) => matches!(o.payload, Payload::Str(_)) || (encoding && matches!(o.payload, Payload::Bytes(_))),
        _ => false,
    };
    let pos = match &items[1] {
        Value::Int(n) if rep_ok => *n,
        _ => return vm.type_error(bad),
    };
    let pos = if pos < 0 { pos + len as i64 } else { pos };
    if pos < 0 || pos > len as i64 {
        return vm.index_error(format!("position {pos} from error handler out of bounds"));
    }
    Ok((items[0].clone(), pos as usize))
}

/// A decoder's output and the error handling it shares with the others.
struct Decoding<'a> {
    enc: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
    /// Byte offsets in `out` of stand-ins for lone surrogates (see
    /// [`Decoded::surr`]).
    surr: Vec<usize>,
}

impl Decoding<'_> {
    /// Handles undecodable `data[start..end]`: appends the replacement and
    /// returns where decoding goes on.
    fn error(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<usize> {
        match self.errors {
            "strict" => Err(decode_error(vm, self.enc, self.data, start, end, reason)),
            "surrogateescape" => {
                let bad = &self.data[start..end];
                if bad.iter().any(|&b| b < 128) {
                    return Err(decode_error(vm, self.enc, self.data, start, end, reason));
                }
                for &b in bad {
                    self.push_surrogate(0xDC00 + b as u32);
                }
                Ok(end)
            }
            "surrogatepass" => match self.surrogate_at(start) {
                Some((cp, n)) => {
                    self.push_surrogate(cp);
                    Ok(start + n)
                }
                None => Err(decode_error(vm, self.enc, self.data, start, end, reason)),
            },
            "ignore" => Ok(end),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(end)
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(end)
            }
            "xmlcharrefreplace" | "namereplace" => vm.type_error("don't know how to handle UnicodeDecodeError in error callback"),
            other => {
                let exc = decode_error(vm, self.enc, self.data, start, end, reason);
                let (rep, pos) = call_handler(vm, other, &exc, self.data.len(), false)?;
                if let Some(ps) = crate::builtins::pystr_of(&rep) {
                    if ps.has_surrogates() {
                        ps.code_points().for_each(|c| self.push_cp(c));
                    } else {
                        self.out.push_str(ps.as_str());
                    }
                }
                Ok(pos)
            }
        }
    }

    /// Appends lone surrogate `cp` (as its stand-in, noted in `surr`).
    fn push_surrogate(&mut self, cp: u32) {
        if !(0xD800..0xE000).contains(&cp) {
            self.out.push('\u{fffd}');
            return;
        }
        self.surr.push(self.out.len());
        self.out.push(char::from_u32(cp - 0xD800 + crate::str::STAND_IN).unwrap_or('\u{fffd}'));
    }

    /// Appends any code point, a lone surrogate included.
    pub(crate) fn push_cp(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.out.push(c),
            None => self.push_surrogate(cp),
        }
    }

    /// The surrogate encoded at `data[start..]` (what `surrogatepass`
    /// decodes) and its length in bytes.
    fn surrogate_at(&self, start: usize) -> Option<(u32, usize)> {
        let d = &self.data[start..];
        let (cp, n) = match self.enc {
            "utf-8" if d.len() >= 3 && d[0] == 0xED && (0xA0..0xC0).contains(&d[1]) && (0x80..0xC0).contains(&d[2]) => {
                (0xD000 | ((d[1] as u32 & 0x3F) << 6) | (d[2] as u32 & 0x3F), 3)
            }
            "utf-16-le" if d.len() >= 2 => (u16::from_le_bytes([d[0], d[1]]) as u32, 2),
            "utf-16-be" if d.len() >= 2 => (u16::from_be_bytes([d[0], d[1]]) as u32, 2),
            "utf-32-le" if d.len() >= 4 => (u32::from_le_bytes([d[0], d[1], d[2], d[3]]), 4),
            "utf-32-be" if d.len() >= 4 => (u32::from_be_bytes([d[0], d[1], d[2], d[3]]), 4),
            _ => return None,
        };
        (0xD800..0xE000).contains(&cp).then_some((cp, n))
    }
}

/// The result of an incremental decode: the text, how many bytes were
/// consumed (less than all when `final` is false and the input ends
/// inside a character) and, for utf-16/utf-32, the byte order found.
pub struct Decoded {
    pub text: String,
    pub consumed: usize,
    pub byteorder: i32,
    /// Byte offsets in `text` of the stand-ins (`str.rs`) of lone
    /// surrogates that `surrogateescape`/`surrogatepass` decoded: the true
    /// text is [`Decoded::into_pystr`].
    pub surr: Vec<usize>,
}

impl Decoded {
    /// The decoded str, lone surrogates included.
    pub fn into_pystr(self) -> PyStr {
        if self.surr.is_empty() {
            return PyStr::from_string(self.text);
        }
        let t = self.text.as_bytes();
        let mut b = Vec::with_capacity(t.len());
        let mut last = 0;
        for &off in &self.surr {
            b.extend_from_slice(&t[last..off]);
            let c = self.text[off..].chars().next().unwrap_or('\u{fffd}');
            let cp = if crate::str::is_stand_in(c) { c as u32 - crate::str::STAND_IN + 0xD800 } else { c as u32 };
            crate::str::push_cp(&mut b, cp);
            last = off + 4;
        }
        b.extend_from_slice(&t[last..]);
        PyStr::from_wtf8(b)
    }
}

/// Decodes all of `data` (`bytes.decode`).
pub fn decode(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<PyStr> {
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(PyStr::new(s));
        }
    }
    Ok(decode_stateful(vm, data, codec, errors, true)?.into_pystr())
}

/// Decodes `data`; when `fin` is false a character cut at the end is
/// left unconsumed instead of being an error.
pub fn decode_stateful(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str, fin: bool) -> PyResult<Decoded> {
    match codec {
        Codec::Utf8 => decode_utf8(vm, data, errors, fin),
        Codec::Ascii | Codec::Latin1 => {
            let mut d = Decoding {
                enc: if codec == Codec::Ascii { "ascii" } else { "latin-1" },
                data,
                errors,
                out: String::new(),
                surr: Vec::new(),
            };
            let mut i = 0;
            while i < data.len() {
                let b = data[i];
                if b < 128 || codec == Codec::Latin1 {
                    d.out.push(b as char);
                    i += 1;
                } else {
                    i = d.error(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
            Ok(Decoded { surr: d.surr, text: d.out, consumed: data.len(), byteorder: 0 })
        }
        Codec::Utf16(bo) => decode_utf16(vm, data, errors, bo, fin),
        Codec::Utf32(bo) => decode_utf32(vm, data, errors, bo, fin),
        Codec::Utf7 => utf7::decode(vm, data, errors, fin),
    }
}

fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str, fin: bool) -> PyResult<Decoded> {
    let mut d = Decoding { enc: "utf-8", data, errors, out: String::with_capacity(data.len()), surr: Vec::new() };
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                pos = data.len();
            }
            Err(e) => {
                let start = pos + e.valid_up_to();
                d.out.push_str(std::str::from_utf8(&data[pos..start]).unwrap_or(""));
                // Rust reports the maximal invalid prefix as CPython does.
                let (end, reason) = match e.error_len() {
                    None if !fin => return Ok(Decoded { surr: d.surr, text: d.out, consumed: start, byteorder: 0 }),
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if (0xc2..=0xf4).contains(&data[start]) => (start + n, "invalid continuation byte"),
                    Some(n) => (start + n, "invalid start byte"),
                };
                pos = d.error(vm, start, end, reason)?;
            }
        }
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: data.len(), byteorder: 0 })
}

fn decode_utf16(vm: &mut Vm, data: &[u8], errors: &str, mut bo: i32, fin: bool) -> PyResult<Decoded> {
    let mut pos = 0;
    if bo == 0 && data.len() >= 2 {
        match (data[0], data[1]) {
            (0xff, 0xfe) => (bo, pos) = (-1, 2),
            (0xfe, 0xff) => (bo, pos) = (1, 2),
            _ => {}
        }
    }
    let be = bo == 1;
    let mut d = Decoding {
        enc: if be { "utf-16-be" } else { "utf-16-le" },
        data,
        errors,
        out: String::with_capacity(data.len() / 2),
        surr: Vec::new(),
    };
    let unit = |i: usize| {
        let p = [data[i], data[i + 1]];
        if be {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    let n = data.len();
    while pos < n {
        if n - pos < 2 {
            if !fin {
                break;
            }
            pos = d.error(vm, pos, n, "truncated data")?;
            continue;
        }
        let u = unit(pos) as u32;
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
        } else if u >= 0xdc00 {
            pos = d.error(vm, pos, pos + 2, "illegal encoding")?;
        } else if n - pos < 4 {
            if !fin {
                break;
            }
            pos = d.error(vm, pos, n, "unexpected end of data")?;
        } else {
            let u2 = unit(pos + 2) as u32;
            if (0xdc00..0xe000).contains(&u2) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                pos += 4;
            } else {
                pos = d.error(vm, pos, pos + 2, "illegal UTF-16 surrogate")?;
            }
        }
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: pos.min(n), byteorder: bo })
}

fn decode_utf32(vm: &mut Vm, data: &[u8], errors: &str, mut bo: i32, fin: bool) -> PyResult<Decoded> {
    let mut pos = 0;
    if bo == 0 && data.len() >= 4 {
        match data[..4] {
            [0xff, 0xfe, 0, 0] => (bo, pos) = (-1, 4),
            [0, 0, 0xfe, 0xff] => (bo, pos) = (1, 4),
            _ => {}
        }
    }
    let be = bo == 1;
    let mut d = Decoding {
        enc: if be { "utf-32-be" } else { "utf-32-le" },
        data,
        errors,
        out: String::with_capacity(data.len() / 4),
        surr: Vec::new(),
    };
    let n = data.len();
    while pos < n {
        if n - pos < 4 {
            if !fin {
                break;
            }
            pos = d.error(vm, pos, n, "truncated data")?;
            continue;
        }
        let p = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let c = if be { u32::from_be_bytes(p) } else { u32::from_le_bytes(p) };
        match char::from_u32(c) {
            Some(ch) => {
                d.out.push(ch);
                pos += 4;
            }
            None if c < 0x110000 => pos = d.error(vm, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)")?,
            None => pos = d.error(vm, pos, pos + 4, "code point not in range(0x110000)")?,
        }
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: pos.min(n), byteorder: bo })
}

/// The UTF-16 code units of code point `c`: a lone surrogate is its own
/// single unit (as `surrogatepass` and UTF-7 write it).
pub(crate) fn utf16_units(c: u32, buf: &mut [u16; 2]) -> &[u16] {
    match char::from_u32(c) {
        Some(ch) => ch.encode_utf16(buf),
        None => {
            buf[0] = c as u16;
            &buf[..1]
        }
    }
}
