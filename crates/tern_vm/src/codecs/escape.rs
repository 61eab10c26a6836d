//! The escape codecs: `unicode_escape`, `raw_unicode_escape` (pickle's
//! protocol 0 text) and the bytes-to-bytes `escape_encode`/
//! `escape_decode`, with CPython's messages and error positions.

use super::{names, Decoded, Decoding};
use crate::{PyResult, Vm};

/// `unicode_escape` encoding: printable ASCII as is, `\t \n \r \\`, and
/// `\xNN`, `\uNNNN`, `\UNNNNNNNN` for the rest.
pub fn unicode_escape_encode(s: &crate::str::PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.byte_len());
    for n in s.code_points() {
        match n {
            0x5C => out.extend(b"\\\\"),
            0x09 => out.extend(b"\\t"),
            0x0A => out.extend(b"\\n"),
            0x0D => out.extend(b"\\r"),
            0x20..=0x7E => out.push(n as u8),
            _ => out.extend(super::backslash_escape(n).bytes()),
        }
    }
    out
}

/// `raw_unicode_escape` encoding: latin-1 characters as bytes, the rest
/// as `\uNNNN` or `\UNNNNNNNN`.
pub fn raw_unicode_escape_encode(s: &crate::str::PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.byte_len());
    for n in s.code_points() {
        if n < 0x100 {
            out.push(n as u8);
        } else {
            out.extend(super::backslash_escape(n).bytes());
        }
    }
    out
}

/// What an escape at a backslash came to.
enum Escape {
    /// Text (possibly empty) and the position after the escape.
    Done(usize),
    /// The input ends inside the escape.
    Incomplete(&'static str),
    /// A bad escape ending (exclusively) at the position, and why.
    Bad(usize, &'static str),
}

/// Reads `count` hex digits at `pos`: the value, or how the escape ends.
fn hex_digits(data: &[u8], pos: usize, count: usize) -> Result<u32, Option<usize>> {
    let mut v = 0u32;
    for i in 0..count {
        let Some(&c) = data.get(pos + i) else { return Err(None) };
        let d = (c as char).to_digit(16).ok_or(Some(pos + i))?;
        v = (v << 4) | d;
    }
    Ok(v)
}

/// `unicode_escape` decoding (`final` false leaves an escape cut at the
/// end unconsumed).
pub fn unicode_escape_decode(vm: &mut Vm, data: &[u8], errors: &str, fin: bool) -> PyResult<Decoded> {
    let mut d = Decoding { enc: "unicodeescape", data, errors, out: String::with_capacity(data.len()), surr: Vec::new() };
    let mut pos = 0;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            d.out.push(c as char);
            pos += 1;
            continue;
        }
        let start = pos;
        let r = match data.get(pos + 1) {
            None => Escape::Incomplete("\\ at end of string"),
            Some(&e) => {
                let simple = match e {
                    b'\n' => Some(""),
                    b'\\' => Some("\\"),
                    b'\'' => Some("'"),
                    b'"' => Some("\""),
                    b'b' => Some("\u{8}"),
                    b'f' => Some("\u{c}"),
                    b't' => Some("\t"),
                    b'n' => Some("\n"),
                    b'r' => Some("\r"),
                    b'v' => Some("\u{b}"),
                    b'a' => Some("\u{7}"),
                    _ => None,
                };
                if let Some(s) = simple {
                    d.out.push_str(s);
                    Escape::Done(pos + 2)
                } else {
                    match e {
                        b'0'..=b'7' => {
                            let mut n = (e - b'0') as u32;
                            let mut p = pos + 2;
                            while p < pos + 4 && p < data.len() && (b'0'..=b'7').contains(&data[p]) {
                                n = n * 8 + (data[p] - b'0') as u32;
                                p += 1;
                            }
                            d.push_cp(n);
                            Escape::Done(p)
                        }
                        b'x' | b'u' | b'U' => {
                            let (count, msg) = match e {
                                b'x' => (2, "truncated \\xXX escape"),
                                b'u' => (4, "truncated \\uXXXX escape"),
                                _ => (8, "truncated \\UXXXXXXXX escape"),
                            };
                            match hex_digits(data, pos + 2, count) {
                                Ok(n) if n > 0x10ffff => Escape::Bad(pos + 2 + count, "illegal Unicode character"),
                                Ok(n) => {
                                    d.push_cp(n);
                                    Escape::Done(pos + 2 + count)
                                }
                                Err(None) => Escape::Incomplete(msg),
                                Err(Some(at)) => Escape::Bad(at, msg),
                            }
                        }
                        b'N' => named_escape(data, pos, &mut d.out),
                        _ => {
                            // An unknown escape stays as it is.
                            d.out.push('\\');
                            d.out.push(e as char);
                            Escape::Done(pos + 2)
                        }
                    }
                }
            }
        };
        pos = match r {
            Escape::Done(p) => p,
            Escape::Incomplete(_) if !fin => return Ok(Decoded { surr: d.surr, text: d.out, consumed: start, byteorder: 0 }),
            Escape::Incomplete(msg) => d.error(vm, start, data.len(), msg)?,
            Escape::Bad(end, msg) => d.error(vm, start, end, msg)?,
        };
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: data.len(), byteorder: 0 })
}

/// `\N{NAME}` at `pos`.
fn named_escape(data: &[u8], pos: usize, out: &mut String) -> Escape {
    const MALFORMED: &str = "malformed \\N character escape";
    match data.get(pos + 2) {
        None => Escape::Incomplete(MALFORMED),
        Some(b'{') => {
            let Some(close) = data[pos + 3..].iter().position(|&b| b == b'}').map(|i| pos + 3 + i) else {
                return Escape::Incomplete(MALFORMED);
            };
            if close == pos + 3 {
                return Escape::Bad(pos + 3, MALFORMED);
            }
            let name = String::from_utf8_lossy(&data[pos + 3..close]);
            match names::lookup(&name) {
                Some(c) => {
                    out.push(c);
                    Escape::Done(close + 1)
                }
                None => Escape::Bad(close + 1, "unknown Unicode character name"),
            }
        }
        Some(_) => Escape::Bad(pos + 2, MALFORMED),
    }
}

/// `raw_unicode_escape` decoding: only `\uXXXX` and `\UXXXXXXXX` after an
/// odd number of backslashes are escapes.
pub fn raw_unicode_escape_decode(vm: &mut Vm, data: &[u8], errors: &str, fin: bool) -> PyResult<Decoded> {
    let mut d = Decoding { enc: "rawunicodeescape", data, errors, out: String::with_capacity(data.len()), surr: Vec::new() };
    let mut pos = 0;
    let mut run = 0usize;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            d.out.push(c as char);
            run = 0;
            pos += 1;
            continue;
        }
        run += 1;
        let next = data.get(pos + 1).copied();
        if next.is_none() && !fin {
            return Ok(Decoded { surr: d.surr, text: d.out, consumed: pos, byteorder: 0 });
        }
        let count = match next {
            Some(b'u') if run % 2 == 1 => 4,
            Some(b'U') if run % 2 == 1 => 8,
            _ => {
                d.out.push('\\');
                pos += 1;
                continue;
            }
        };
        run = 0;
        let msg = if count == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" };
        pos = match hex_digits(data, pos + 2, count) {
            Ok(n) if n > 0x10ffff => d.error(vm, pos, pos + 2 + count, "\\Uxxxxxxxx out of range")?,
            Ok(n) => {
                d.push_cp(n);
                pos + 2 + count
            }
            Err(None) if !fin => return Ok(Decoded { surr: d.surr, text: d.out, consumed: pos, byteorder: 0 }),
            Err(None) => d.error(vm, pos, data.len(), msg)?,
            Err(Some(at)) => d.error(vm, pos, at, msg)?,
        };
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: data.len(), byteorder: 0 })
}

/// `codecs.escape_encode`: bytes escaped as in a bytes literal (quotes
/// and all).
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend(b"\\\\"),
            b'\'' => out.extend(b"\\'"),
            b'\t' => out.extend(b"\\t"),
            b'\n' => out.extend(b"\\n"),
            b'\r' => out.extend(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend(format!("\\x{b:02x}").bytes()),
        }
    }
    out
}

/// `codecs.escape_decode`: a bytes literal's escapes; a bad `\x` is a
/// ValueError, or `?` / nothing under `replace` / `ignore`.
pub fn escape_decode(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            out.push(c);
            pos += 1;
            continue;
        }
        let Some(&e) = data.get(pos + 1) else { return vm.value_error("Trailing \\ in string") };
        pos += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut n = (e - b'0') as u32;
                let stop = pos + 2;
                while pos < stop && pos < data.len() && (b'0'..=b'7').contains(&data[pos]) {
                    n = n * 8 + (data[pos] - b'0') as u32;
                    pos += 1;
                }
                out.push(n as u8);
            }
            b'x' => match hex_digits(data, pos, 2) {
                Ok(n) => {
                    out.push(n as u8);
                    pos += 2;
                }
                Err(_) => match errors {
                    "strict" => return vm.value_error(format!("invalid \\x escape at position {}", pos - 2)),
                    "replace" => {
                        out.push(b'?');
                        pos += data[pos..].iter().take(2).take_while(|c| c.is_ascii_hexdigit()).count();
                    }
                    "ignore" => pos += data[pos..].iter().take(2).take_while(|c| c.is_ascii_hexdigit()).count(),
                    other => return vm.value_error(format!("decoding error; unknown error handling code: {other}")),
                },
            },
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}
