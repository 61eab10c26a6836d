//! `_tern_binascii`: the native half of tern's `binascii` (see
//! `py/binascii.py`, which defines `binascii.Error` and `Incomplete`).
//! Ports of CPython's `binascii.c` algorithms: base64 (with `strict_mode`),
//! hex (with separators, shared with `bytes.hex`), uuencode, quoted-printable,
//! CRC-32 and CRC-CCITT (`crc_hqx`).

use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "set_error", set_error);
    vm.module_fn(m, "a2b_base64", a2b_base64);
    vm.module_fn(m, "b2a_base64", b2a_base64);
    vm.module_fn(m, "a2b_hex", a2b_hex);
    vm.module_fn(m, "unhexlify", unhexlify);
    vm.module_fn(m, "b2a_hex", b2a_hex);
    vm.module_fn(m, "hexlify", hexlify);
    vm.module_fn(m, "a2b_uu", a2b_uu);
    vm.module_fn(m, "b2a_uu", b2a_uu);
    vm.module_fn(m, "a2b_qp", a2b_qp);
    vm.module_fn(m, "b2a_qp", b2a_qp);
    vm.module_fn(m, "crc32", crc32);
    vm.module_fn(m, "crc_hqx", crc_hqx);
}

thread_local! {
    static ERROR: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

fn set_error(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_error", &args, 1, 1)?;
    if let Value::Obj(o) = &args.pos[0] {
        ERROR.with(|e| *e.borrow_mut() = Some(o.clone()));
    }
    Ok(Value::None)
}

/// Raises `binascii.Error(msg)`.
fn error<T>(vm: &mut Vm, msg: impl AsRef<str>) -> PyResult<T> {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(c) => {
            let m = vm.new_str(msg.as_ref());
            Err(vm.new_exception(&c, vec![m]))
        }
        None => vm.value_error(msg),
    }
}

/// Positional-or-keyword arguments by name, with CPython's messages.
pub(crate) fn parse<'a>(vm: &mut Vm, fname: &str, args: &Args<'a>, names: &[&str], required: usize) -> PyResult<Vec<Option<&'a Value>>> {
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    if args.pos.len() > names.len() {
        return vm.type_error(format!("{fname}() takes at most {} arguments ({} given)", names.len(), args.pos.len()));
    }
    for (i, v) in args.pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = crate::builtins::str_of(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => return vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)),
            None => return vm.type_error(format!("'{k}' is an invalid keyword argument for {fname}()")),
        }
    }
    if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
        return vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1));
    }
    Ok(out)
}

/// A bytes-like argument (bytes, bytearray).
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_of(v)? {
        return Ok(b);
    }
    vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))
}

/// An `a2b_*` argument: bytes-like or an ASCII str.
fn ascii_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_of(v)? {
        return Ok(b);
    }
    if let Some(s) = crate::builtins::str_of(v) {
        if !s.is_ascii() {
            return vm.value_error("string argument should contain only ASCII characters");
        }
        return Ok(s.as_bytes().to_vec());
    }
    vm.type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_name(v)))
}

fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return vm.type_error(format!("a2b_base64() takes exactly 1 positional argument ({} given)", args.pos.len()));
    }
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::builtins::str_of(k) {
            Some("strict_mode") => strict = vm.truthy(v)?,
            k => return vm.type_error(format!("'{}' is an invalid keyword argument for a2b_base64()", k.unwrap_or(""))),
        }
    }
    let data = ascii_buffer(vm, &args.pos[0])?;
    if strict && data.first() == Some(&b'=') {
        return error(vm, "Leading padding not allowed");
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad, mut left, mut pads, mut padding) = (0, 0u8, 0, false);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && quad == 0 {
                return error(vm, "Excess padding not allowed");
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return error(vm, "Excess data after padding");
                    }
                    return Ok(vm.new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return error(vm, "Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding {
            return error(vm, "Discontinuous padding not allowed");
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(vm.new_bytes(out)),
        1 => error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        ),
        _ => error(vm, "Incorrect padding"),
    }
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return vm.type_error(format!("b2a_base64() takes exactly 1 positional argument ({} given)", args.pos.len()));
    }
    let mut newline = true;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::builtins::str_of(k) {
            Some("newline") => newline = vm.truthy(v)?,
            k => return vm.type_error(format!("'{}' is an invalid keyword argument for b2a_base64()", k.unwrap_or(""))),
        }
    }
    let data = buffer(vm, &args.pos[0])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn unhex(vm: &mut Vm, v: &Value) -> PyResult {
    let data = ascii_buffer(vm, v)?;
    if data.len() % 2 == 1 {
        return error(vm, "Odd-length string");
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match ((pair[0] as char).to_digit(16), (pair[1] as char).to_digit(16)) {
            (Some(a), Some(b)) => out.push((a * 16 + b) as u8),
            _ => return error(vm, "Non-hexadecimal digit found"),
        }
    }
    Ok(vm.new_bytes(out))
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "a2b_hex", &args, &["hexstr"], 1)?;
    unhex(vm, a[0].unwrap_or(&Value::None))
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "unhexlify", &args, &["hexstr"], 1)?;
    unhex(vm, a[0].unwrap_or(&Value::None))
}

/// Hex digits of `data`, with `sep` every `per` bytes counted from the
/// right (`per` > 0) or from the left (`per` < 0), as CPython's
/// `_Py_strhex_impl`. `bytes_out` says the result is bytes (binascii)
/// rather than str (`bytes.hex`), which allows a non-ASCII 1-byte sep.
pub fn hex_sep(vm: &mut Vm, data: &[u8], sep: Option<&Value>, per: Option<&Value>, bytes_out: bool) -> PyResult<Vec<u8>> {
    let sep_char = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let len = vm.len(v)?;
            if len != 1 {
                return vm.value_error("sep must be length 1.");
            }
            let c = match v {
                Value::Obj(o) => match &o.payload {
                    Payload::Str(_) => {
                        let ch = crate::builtins::str_of(v).and_then(|s| s.chars().next()).unwrap_or('\0') as u32;
                        if ch > 255 {
                            return vm.value_error("sep must be ASCII.");
                        }
                        ch as u8
                    }
                    Payload::Bytes(b) => b[0],
                    _ => return vm.type_error("sep must be str or bytes."),
                },
                _ => return vm.type_error("sep must be str or bytes."),
            };
            if c > 127 && !bytes_out {
                return vm.value_error("sep must be ASCII.");
            }
            Some(c)
        }
    };
    let per = match per {
        None => 1,
        Some(v) => match vm.index_of(v)? {
            Some(i) => i,
            None => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        },
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep_char {
            if i > 0 && group > 0 {
                let boundary = if per > 0 { (data.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    Ok(out)
}

fn hexlify_as(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let a = parse(vm, name, &args, &["data", "sep", "bytes_per_sep"], 1)?;
    let data = buffer(vm, a[0].unwrap_or(&Value::None))?;
    let out = hex_sep(vm, &data, a[1], a[2], true)?;
    Ok(vm.new_bytes(out))
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult {
    hexlify_as(vm, args, "b2a_hex")
}

fn hexlify(vm: &mut Vm, args: Args) -> PyResult {
    hexlify_as(vm, args, "hexlify")
}

fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "a2b_uu", &args, &["data"], 1)?;
    let data = ascii_buffer(vm, a[0].unwrap_or(&Value::None))?;
    let first = *data.first().unwrap_or(&0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut rest = data.get(1..).unwrap_or(&[]).iter().copied();
    let mut out = Vec::with_capacity(bin_len);
    let (mut left, mut bits) = (0u32, 0);
    while bin_len > 0 {
        let c = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => return error(vm, "Illegal char"),
            Some(c) => (c - b' ') & 0o77,
        };
        left = (left << 6) | c as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
            bin_len -= 1;
        }
    }
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return error(vm, "Trailing garbage");
    }
    Ok(vm.new_bytes(out))
}

fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return vm.type_error(format!("b2a_uu() takes exactly 1 positional argument ({} given)", args.pos.len()));
    }
    let mut backtick = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::builtins::str_of(k) {
            Some("backtick") => backtick = vm.truthy(v)?,
            k => return vm.type_error(format!("'{}' is an invalid keyword argument for b2a_uu()", k.unwrap_or(""))),
        }
    }
    let data = buffer(vm, &args.pos[0])?;
    if data.len() > 45 {
        return error(vm, "At most 45 bytes at once");
    }
    let enc = |c: u32| if backtick && c == 0 { b'`' } else { b' ' + c as u8 };
    let mut out = vec![if backtick && data.is_empty() { b'`' } else { b' ' + data.len() as u8 }];
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        for k in 0..4 {
            out.push(enc((n >> (18 - 6 * k)) & 63));
        }
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

fn hexval(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `a2b_qp(data, header=False)`, as `binascii_a2b_qp_impl`.
fn a2b_qp(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "a2b_qp", &args, &["data", "header"], 1)?;
    let data = ascii_buffer(vm, a[0].unwrap_or(&Value::None))?;
    let header = flag(vm, a[1], false)?;
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if data[i] == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            // Soft line breaks.
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < n && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if data[i] == b'=' {
                // Broken case from broken python qp.
                out.push(b'=');
                i += 1;
            } else if i + 1 < n && hexval(data[i]).is_some() && hexval(data[i + 1]).is_some() {
                out.push(hexval(data[i]).unwrap_or(0) << 4 | hexval(data[i + 1]).unwrap_or(0));
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && data[i] == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

const MAXLINESIZE: usize = 76;

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`, as
/// `binascii_b2a_qp_impl`.
fn b2a_qp(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse(vm, "b2a_qp", &args, &["data", "quotetabs", "istext", "header"], 1)?;
    let data = buffer(vm, a[0].unwrap_or(&Value::None))?;
    let quotetabs = flag(vm, a[1], false)?;
    let istext = flag(vm, a[2], true)?;
    let header = flag(vm, a[3], false)?;
    let n = data.len();
    // Line ends are CRLF if the first one is.
    let crlf = data.iter().position(|&c| c == b'\n').is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(n * 3);
    let mut linelen = 0;
    let mut i = 0;
    let needs_quote = |i: usize, linelen: usize| -> bool {
        let c = data[i];
        let next = data.get(i + 1).copied();
        c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')))
    };
    while i < n {
        let c = data[i];
        if needs_quote(i, linelen) {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                if crlf {
                    out.push(b'\r');
                }
                out.push(b'\n');
                linelen = 0;
            }
            out.extend([b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (i + 1 < n && c == b'\r' && data[i + 1] == b'\n')) {
            linelen = 0;
            // Protect against whitespace on end of line.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend([b'=', HEX[(last >> 4) as usize], HEX[(last & 15) as usize]]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && data[i + 1] != b'\n' && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                if crlf {
                    out.push(b'\r');
                }
                out.push(b'\n');
                linelen = 0;
            }
            linelen += 1;
            if header && c == b' ' {
                out.push(b'_');
            } else {
                out.push(c);
            }
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

/// An `unsigned int` argument taken bitwise (masked to 32 bits).
fn u32_bitwise(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match as_int(v) {
        Some(i) => {
            let b: BigInt = i.to_big() & BigInt::from(u32::MAX);
            Ok(b.to_u32().unwrap_or(0))
        }
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, e) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *e = c;
        }
        t
    })
}

/// The zlib CRC-32 of `data`, continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let t = crc32_table();
    let mut c = !crc;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "crc32", &args, 1, 2)?;
    let data = buffer(vm, &args.pos[0])?;
    let crc = match args.pos.get(1) {
        Some(v) => u32_bitwise(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(crc32_update(crc, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 || args.has_kwargs() {
        return vm.type_error(format!("crc_hqx expected 2 arguments, got {}", args.pos.len()));
    }
    let data = buffer(vm, &args.pos[0])?;
    let mut crc = u32_bitwise(vm, &args.pos[1])? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
            crc &= 0xffff;
        }
    }
    Ok(Value::Int(crc as i64))
}
