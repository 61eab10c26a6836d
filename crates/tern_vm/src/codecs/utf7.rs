//! UTF-7 (RFC 2152), as CPython's `_PyUnicode_EncodeUTF7` and
//! `PyUnicode_DecodeUTF7Stateful` do it: Set O and whitespace are written
//! directly, everything else in `+...-` base64 sections of UTF-16. Errors
//! name the codec `utf7`, as CPython's do.
//!
//! Where CPython's decoder outputs a lone surrogate (a high surrogate not
//! followed by a low one), so does tern's (see `str.rs`).

use super::{Decoded, Decoding};
use crate::{PyResult, Vm};

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// CPython's `utf7_category`: 0 Set D, 1 Set O, 2 whitespace, 3 special.
#[rustfmt::skip]
const CATEGORY: [u8; 128] = [
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
];

fn is_base64(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric() || c == u32::from(b'+') || c == u32::from(b'/')
}

fn from_base64(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => u32::from(c - b'A'),
        b'a'..=b'z' => u32::from(c - b'a') + 26,
        b'0'..=b'9' => u32::from(c - b'0') + 52,
        b'+' => 62,
        _ => 63,
    }
}

/// Written as itself (Set D, Set O and whitespace, not NUL).
fn encode_direct(c: u32) -> bool {
    c > 0 && c < 128 && CATEGORY[c as usize] != 3
}

/// Decoded as itself.
fn decode_direct(c: u8) -> bool {
    c <= 127 && c != b'+'
}

/// Encodes `s`; UTF-7 can encode every character, so no error handler is
/// ever called.
pub fn encode(s: &str) -> Vec<u8> {
    encode_code_points(s.chars().map(u32::from), s.len())
}

/// [`encode`] of any code points (a lone surrogate is one UTF-16 unit).
pub fn encode_code_points(cps: impl Iterator<Item = u32>, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut in_shift = false;
    let (mut bits, mut buffer) = (0u32, 0u64);
    let push_units = |out: &mut Vec<u8>, bits: &mut u32, buffer: &mut u64, unit: u32| {
        *bits += 16;
        *buffer = (*buffer << 16) | u64::from(unit);
        while *bits >= 6 {
            out.push(B64[((*buffer >> (*bits - 6)) & 0x3f) as usize]);
            *bits -= 6;
        }
        *buffer &= (1 << *bits) - 1;
    };
    for c in cps {
        if in_shift {
            if encode_direct(c) {
                if bits > 0 {
                    out.push(B64[((buffer << (6 - bits)) & 0x3f) as usize]);
                    (bits, buffer) = (0, 0);
                }
                in_shift = false;
                // A character outside base64 ends the section by itself.
                if is_base64(c) || c == u32::from(b'-') {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == u32::from(b'+') {
            out.extend(b"+-");
            continue;
        } else if encode_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        let mut buf = [0u16; 2];
        for &u in super::utf16_units(c, &mut buf) {
            push_units(&mut out, &mut bits, &mut buffer, u32::from(u));
        }
    }
    if bits > 0 {
        out.push(B64[((buffer << (6 - bits)) & 0x3f) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// Decodes `data`; unless `fin`, a base64 section still open at the end
/// is left unconsumed (from its `+`).
pub fn decode(vm: &mut Vm, data: &[u8], errors: &str, fin: bool) -> PyResult<Decoded> {
    let mut d = Decoding { enc: "utf7", data, errors, out: String::with_capacity(data.len()), surr: Vec::new() };
    let e = data.len();
    let (mut s, mut start) = (0usize, 0usize);
    let mut in_shift = false;
    let (mut bits, mut buffer) = (0u32, 0u64);
    let mut surrogate = 0u32;
    // Where the output of the open section starts.
    let mut shift_out_start = 0usize;
    'outer: loop {
        while s < e {
            let ch = data[s];
            let errmsg;
            if in_shift {
                if is_base64(u32::from(ch)) {
                    buffer = (buffer << 6) | u64::from(from_base64(ch));
                    bits += 6;
                    s += 1;
                    if bits >= 16 {
                        let unit = (buffer >> (bits - 16)) as u32;
                        bits -= 16;
                        buffer &= (1 << bits) - 1;
                        if surrogate != 0 {
                            if (0xdc00..0xe000).contains(&unit) {
                                let c = 0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00);
                                d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                                surrogate = 0;
                                continue;
                            }
                            d.push_cp(surrogate);
                            surrogate = 0;
                        }
                        if (0xd800..0xdc00).contains(&unit) {
                            surrogate = unit;
                        } else {
                            d.push_cp(unit);
                        }
                    }
                    continue;
                }
                in_shift = false;
                if bits > 6 {
                    s += 1;
                    errmsg = "partial character in shift sequence";
                } else if buffer != 0 {
                    s += 1;
                    errmsg = "non-zero padding bits in shift sequence";
                } else {
                    if surrogate != 0 && decode_direct(ch) {
                        d.push_cp(surrogate);
                    }
                    surrogate = 0;
                    if ch == b'-' {
                        s += 1;
                    }
                    continue;
                }
            } else if ch == b'+' {
                start = s;
                s += 1;
                if s < e && data[s] == b'-' {
                    s += 1;
                    d.out.push('+');
                    continue;
                } else if s < e && !is_base64(u32::from(data[s])) {
                    s += 1;
                    errmsg = "ill-formed sequence";
                } else {
                    in_shift = true;
                    surrogate = 0;
                    shift_out_start = d.out.len();
                    (bits, buffer) = (0, 0);
                    continue;
                }
            } else if decode_direct(ch) {
                s += 1;
                d.out.push(ch as char);
                continue;
            } else {
                start = s;
                s += 1;
                errmsg = "unexpected special character";
            }
            s = d.error(vm, start, s, errmsg)?;
        }
        if in_shift && fin {
            in_shift = false;
            if surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0) {
                s = d.error(vm, start, e, "unterminated shift sequence")?;
                if s < e {
                    continue 'outer;
                }
            }
        }
        break;
    }
    if in_shift {
        // Not final: the open section waits for more input.
        d.out.truncate(shift_out_start);
        return Ok(Decoded { surr: d.surr, text: d.out, consumed: start, byteorder: 0 });
    }
    Ok(Decoded { surr: d.surr, text: d.out, consumed: s.min(e), byteorder: 0 })
}
