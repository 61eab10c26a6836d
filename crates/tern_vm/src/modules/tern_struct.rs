//! `_tern_struct`: the native half of tern's `_struct` (see `py/_struct.py`,
//! which holds the `Struct` class and `struct.error`).
//!
//! Formats are parsed as CPython's `_struct.c` does (byte order and
//! alignment prefix `@=<>!`, repeat counts, whitespace) into a [`Layout`]
//! cached by format. Packing follows CPython on a little-endian 64-bit
//! machine, including which error each format char gives for an
//! out-of-range value: native (`@`) and little-endian codes share the
//! native checks, big-endian ones have their own (`_struct.c` patches the
//! little-endian table with the native functions where sizes agree).
//!
//! Functions: `calcsize(fmt)`, `pack(fmt, *v)`, `pack_into(fmt, buf, off, *v)`,
//! `unpack(fmt, buf)`, `unpack_from(fmt, buf, offset=0)`, `nitems(fmt)`,
//! `clearcache()`, `set_error(cls)`.

use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "calcsize", calcsize);
    vm.module_fn(m, "nitems", nitems);
    vm.module_fn(m, "pack", pack);
    vm.module_fn(m, "pack_into", pack_into);
    vm.module_fn(m, "unpack", unpack);
    vm.module_fn(m, "unpack_from", unpack_from);
    vm.module_fn(m, "clearcache", clearcache);
    vm.module_fn(m, "set_error", set_error);
}

/// Which table of `_struct.c` a format uses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@` (the default): native sizes and alignment, little-endian here.
    Native,
    /// `<` and `=`: standard sizes, little-endian.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// One format char with its repeat count, at its byte offset.
struct Item {
    ch: u8,
    /// Repeat count (for `s` and `p`: the field's size).
    num: usize,
    /// Size of one value (for `s`/`p`: 1).
    size: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    /// Total size in bytes.
    size: usize,
    /// Number of values packed or unpacked.
    nvalues: usize,
}

const MAXCACHE: usize = 100;

thread_local! {
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
    static ERROR: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

/// Raises `struct.error(msg)`.
fn error<T>(vm: &mut Vm, msg: impl AsRef<str>) -> PyResult<T> {
    let cls = ERROR.with(|e| e.borrow().clone());
    match cls {
        Some(c) => {
            let m = vm.new_str(msg.as_ref());
            Err(vm.new_exception(&c, vec![m]))
        }
        None => vm.value_error(msg),
    }
}

fn set_error(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "set_error", &args, 1, 1)?;
    if let Value::Obj(o) = &args.pos[0] {
        ERROR.with(|e| *e.borrow_mut() = Some(o.clone()));
    }
    Ok(Value::None)
}

fn clearcache(_vm: &mut Vm, _args: Args) -> PyResult {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

/// Size and alignment of a format char in a table, or None if it is not
/// one of that table's chars.
fn entry(order: Order, c: u8) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' if !native => (4, 4),
        b'l' | b'L' | b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

/// Parses a format (without caching).
fn parse(vm: &mut Vm, fmt: &[u8]) -> PyResult<Layout> {
    if fmt.contains(&0) {
        return error(vm, "embedded null character");
    }
    let (order, mut s) = match fmt.first() {
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    const MAX: usize = isize::MAX as usize;
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    while let Some((&c, rest)) = s.split_first() {
        s = rest;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (num, c) = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                match s.split_first() {
                    Some((&d, rest)) if d.is_ascii_digit() => {
                        s = rest;
                        num = match num.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)) {
                            Some(n) if n <= MAX => n,
                            _ => return too_long(vm),
                        };
                    }
                    Some((&d, rest)) => {
                        s = rest;
                        break (num, d);
                    }
                    None => return error(vm, "repeat count given without format specifier"),
                }
            }
        } else {
            (1, c)
        };
        let Some((isize_, align)) = entry(order, c) else { return error(vm, "bad char in struct format") };
        if order == Order::Native && size > 0 {
            size += (align - 1) - (size - 1) % align;
            if size > MAX {
                return too_long(vm);
            }
        }
        match c {
            b's' | b'p' => {
                nvalues += 1;
                items.push(Item { ch: c, num, size: 1, offset: size });
            }
            b'x' => {}
            _ => {
                nvalues += num;
                if num > 0 {
                    items.push(Item { ch: c, num, size: isize_, offset: size });
                }
            }
        }
        if num > (MAX - size) / isize_ {
            return too_long(vm);
        }
        size += num * isize_;
    }
    Ok(Layout { order, items, size, nvalues })
}

/// The layout of a format given as str or bytes (cached).
fn layout(vm: &mut Vm, fmt: &Value) -> PyResult<Rc<Layout>> {
    let key: Vec<u8> = match fmt {
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) => {
                let s = crate::builtins::str_of(fmt).unwrap_or_default();
                if let Some((i, c)) = s.char_indices().find(|(_, c)| !c.is_ascii()) {
                    let pos = s[..i].chars().count();
                    let c = c as u32;
                    let esc = if c <= 0xff {
                        format!("\\x{c:02x}")
                    } else if c <= 0xffff {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    let msg = format!("'ascii' codec can't encode character '{esc}' in position {pos}: ordinal not in range(128)");
                    return vm.err("UnicodeEncodeError", msg);
                }
                s.as_bytes().to_vec()
            }
            Payload::Bytes(b) => b.to_vec(),
            _ => return struct_type_error(vm, fmt),
        },
        _ => return struct_type_error(vm, fmt),
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(parse(vm, &key)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAXCACHE {
            c.clear();
        }
        c.insert(key, l.clone());
    });
    Ok(l)
}

fn struct_type_error<T>(vm: &mut Vm, fmt: &Value) -> PyResult<T> {
    vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(fmt)))
}

fn fmt_arg<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(f) => Ok(f),
        None => vm.type_error("missing format argument"),
    }
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 || args.has_kwargs() {
        return vm.type_error(format!("_struct.calcsize() takes exactly one argument ({} given)", args.pos.len()));
    }
    let l = layout(vm, &args.pos[0])?;
    Ok(Value::Int(l.size as i64))
}

/// `nitems(fmt)`: how many values the format packs.
fn nitems(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "nitems", &args, 1, 1)?;
    let l = layout(vm, &args.pos[0])?;
    Ok(Value::Int(l.nvalues as i64))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult {
    let f = fmt_arg(vm, &args)?;
    let l = layout(vm, f)?;
    let vals = &args.pos[1..];
    if vals.len() != l.nvalues {
        return error(vm, format!("pack expected {} items for packing (got {})", l.nvalues, vals.len()));
    }
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, vals, &mut out)?;
    Ok(vm.new_bytes(out))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult {
    let f = fmt_arg(vm, &args)?;
    let l = layout(vm, f)?;
    let rest = &args.pos[1..];
    if rest.len() != l.nvalues + 2 {
        return match rest.len() {
            0 => error(vm, "pack_into expected buffer argument"),
            1 => error(vm, "pack_into expected offset argument"),
            n => error(vm, format!("pack_into expected {} items for packing (got {})", l.nvalues, n - 2)),
        };
    }
    let buf = match &rest[0] {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => o.clone(),
        v => return vm.type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(v))),
    };
    let Payload::ByteArray(cell) = &buf.payload else { unreachable!() };
    let offset = offset_of(vm, &rest[1])?;
    let len = cell.borrow().len() as i64;
    let size = l.size as i64;
    let mut off = offset;
    if off < 0 {
        if off + len < 0 {
            return error(vm, format!("offset {offset} out of range for {len}-byte buffer"));
        }
        if -off < size {
            return error(vm, format!("no space to pack {size} bytes at offset {offset}"));
        }
        off += len;
    }
    if len - off < size {
        return error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i128 + offset as i128
            ),
        );
    }
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, &rest[2..], &mut out)?;
    let off = off as usize;
    let mut b = cell.borrow_mut();
    if b.len() >= off + out.len() {
        b[off..off + out.len()].copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn offset_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// The bytes of a buffer (bytes, bytearray), or CPython's TypeError.
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_of(v)? {
        return Ok(b);
    }
    vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 || args.has_kwargs() {
        return vm.type_error(format!("unpack expected 2 arguments, got {}", args.pos.len()));
    }
    let l = layout(vm, &args.pos[0])?;
    let data = buffer(vm, &args.pos[1])?;
    if data.len() != l.size {
        return error(vm, format!("unpack requires a buffer of {} bytes", l.size));
    }
    unpack_values(vm, &l, &data)
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.is_empty() {
        return vm.type_error("unpack_from() takes at least 1 positional argument (0 given)");
    }
    let l = layout(vm, &args.pos[0])?;
    let mut buf = args.pos.get(1).cloned();
    let mut off = args.pos.get(2).cloned();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::builtins::str_of(k) {
            Some("buffer") if buf.is_none() => buf = Some(v.clone()),
            Some("offset") if off.is_none() => off = Some(v.clone()),
            Some(n) => return vm.type_error(format!("'{n}' is an invalid keyword argument for unpack_from()")),
            None => return vm.type_error("keywords must be strings"),
        }
    }
    if args.pos.len() > 3 {
        return vm.type_error(format!("unpack_from() takes at most 3 arguments ({} given)", args.pos.len()));
    }
    let Some(buf) = buf else { return vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)") };
    let data = buffer(vm, &buf)?;
    let offset = match off {
        Some(o) => offset_of(vm, &o)?,
        None => 0,
    };
    let len = data.len() as i64;
    let size = l.size as i64;
    let mut start = offset;
    if start < 0 {
        if start + len < 0 {
            return error(vm, format!("offset {offset} out of range for {len}-byte buffer"));
        }
        if -start < size {
            return error(vm, format!("not enough data to unpack {size} bytes at offset {offset}"));
        }
        start += len;
    }
    if len - start < size {
        return error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i128 + offset as i128
            ),
        );
    }
    let start = start as usize;
    unpack_values(vm, &l, &data[start..start + l.size])
}

/// An integer argument as i128 (None: beyond i128), via `__index__`.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    let v = if as_int(v).is_some() {
        v.clone()
    } else if let Some(m) = vm.user_special(v, "__index__") {
        let r = vm.call(&m, Args::new(std::slice::from_ref(v)))?;
        if as_int(&r).is_none() {
            return vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)));
        }
        r
    } else {
        return error(vm, "required argument is not an integer");
    };
    Ok(as_int(&v).and_then(|i| i.to_big().to_i128()))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.to_f64_opt(v) {
        // Without the identity stamp of a NaN (see `value.rs`).
        Ok(Some(f)) => Ok(crate::value::canonical_float(f)),
        Ok(None) | Err(_) => error(vm, "required argument is not a float"),
    }
}

/// `(double)x` in C on x86-64 and ARM: a NaN is quieted and keeps its
/// sign and payload (Rust leaves a NaN's payload after `as` unspecified).
fn f32_to_f64(x: f32) -> f64 {
    if !x.is_nan() {
        return x as f64;
    }
    let b = x.to_bits() as u64;
    f64::from_bits(((b >> 31) << 63) | 0x7ff8_0000_0000_0000 | ((b & 0x3f_ffff) << 29))
}

/// `(float)x` in C: a NaN is quieted and keeps its sign and the top of its
/// payload.
fn f64_to_f32(x: f64) -> f32 {
    if !x.is_nan() {
        return x as f32;
    }
    let b = x.to_bits();
    f32::from_bits((((b >> 63) as u32) << 31) | 0x7fc0_0000 | ((b >> 29) as u32 & 0x3f_ffff))
}

fn range_msg(ch: u8, size: usize, signed: bool) -> String {
    let bits = size * 8;
    if signed {
        format!("'{}' format requires {} <= number <= {}", ch as char, -(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        format!("'{}' format requires 0 <= number <= {}", ch as char, (1u128 << bits) - 1)
    }
}

/// Checks an integer for a format char and returns its two's-complement
/// bits, with the error CPython gives for this (order, char).
fn check_int(vm: &mut Vm, order: Order, ch: u8, size: usize, v: Option<i128>) -> PyResult<u64> {
    const AOR: &str = "argument out of range";
    let in_i64 = |v: Option<i128>| v.filter(|x| i64::try_from(*x).is_ok());
    let in_u64 = |v: Option<i128>| v.filter(|x| u64::try_from(*x).is_ok());
    let big = order == Order::Big;
    let x = match ch {
        b'b' | b'B' | b'h' | b'H' if !(big && matches!(ch, b'h' | b'H')) => {
            let Some(x) = in_i64(v) else { return error(vm, AOR) };
            let (lo, hi, name) = match ch {
                b'b' => (-128, 127, "byte"),
                b'B' => (0, 255, "ubyte"),
                b'h' => (-32768, 32767, "short"),
                _ => (0, 65535, "ushort"),
            };
            if x < lo || x > hi {
                return error(vm, format!("{name} format requires {lo} <= number <= {hi}"));
            }
            x
        }
        b'q' | b'Q' if big => {
            let ok = if ch == b'q' { in_i64(v) } else { in_u64(v) };
            let Some(x) = ok else { return error(vm, "int too large to convert") };
            x
        }
        b'P' => match v.filter(|x| *x >= i64::MIN as i128 && *x <= u64::MAX as i128) {
            Some(x) => x,
            None => return error(vm, "int too large to convert"),
        },
        // Signed: C long first, then the field's range.
        b'h' | b'i' | b'l' | b'q' | b'n' => {
            let Some(x) = in_i64(v) else { return error(vm, AOR) };
            if size < 8 && (x < -(1i128 << (size * 8 - 1)) || x >= 1i128 << (size * 8 - 1)) {
                return error(vm, range_msg(ch, size, true));
            }
            x
        }
        // Unsigned: C unsigned long first, then the field's range.
        _ => {
            let Some(x) = in_u64(v) else { return error(vm, AOR) };
            if size < 8 && x >= 1i128 << (size * 8) {
                return error(vm, range_msg(ch, size, false));
            }
            x
        }
    };
    Ok(x as u64)
}

fn put(out: &mut [u8], order: Order, bits: u64, size: usize) {
    let le = bits.to_le_bytes();
    if order == Order::Big {
        for (k, b) in out[..size].iter_mut().enumerate() {
            *b = le[size - 1 - k];
        }
    } else {
        out[..size].copy_from_slice(&le[..size]);
    }
}

fn get(data: &[u8], order: Order, size: usize) -> u64 {
    let mut le = [0u8; 8];
    if order == Order::Big {
        for k in 0..size {
            le[k] = data[size - 1 - k];
        }
    } else {
        le[..size].copy_from_slice(&data[..size]);
    }
    u64::from_le_bytes(le)
}

fn bytes_arg<'a>(v: &'a Value) -> Option<std::borrow::Cow<'a, [u8]>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(std::borrow::Cow::Borrowed(&b[..])),
            Payload::ByteArray(b) => Some(std::borrow::Cow::Owned(b.borrow().clone())),
            _ => None,
        },
        _ => None,
    }
}

fn pack_values(vm: &mut Vm, l: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vals = vals.iter();
    let order = l.order;
    for it in &l.items {
        if matches!(it.ch, b's' | b'p') {
            let v = vals.next().unwrap_or(&Value::None);
            let Some(b) = bytes_arg(v) else {
                return error(vm, format!("argument for '{}' must be a bytes object", it.ch as char));
            };
            let field = &mut out[it.offset..it.offset + it.num];
            if it.ch == b's' {
                let n = b.len().min(it.num);
                field[..n].copy_from_slice(&b[..n]);
            } else if it.num > 0 {
                let n = b.len().min(it.num - 1).min(255);
                field[0] = n as u8;
                field[1..1 + n].copy_from_slice(&b[..n]);
            }
            continue;
        }
        for k in 0..it.num {
            let v = vals.next().unwrap_or(&Value::None);
            let at = &mut out[it.offset + k * it.size..];
            match it.ch {
                b'c' => match v {
                    Value::Obj(o) if matches!(&o.payload, Payload::Bytes(b) if b.len() == 1) => {
                        let Payload::Bytes(b) = &o.payload else { unreachable!() };
                        at[0] = b[0];
                    }
                    _ => return error(vm, "char format requires a bytes object of length 1"),
                },
                b'?' => at[0] = vm.truthy(v)? as u8,
                b'e' => {
                    let f = float_arg(vm, v)?;
                    let Some(h) = f16_bits(f) else { return vm.overflow_error("float too large to pack with e format") };
                    put(at, order, h as u64, 2);
                }
                b'f' => {
                    let f = float_arg(vm, v)?;
                    let y = f64_to_f32(f);
                    if order != Order::Native && y.is_infinite() && f.is_finite() {
                        return vm.overflow_error("float too large to pack with f format");
                    }
                    put(at, order, y.to_bits() as u64, 4);
                }
                b'd' => {
                    let f = float_arg(vm, v)?;
                    put(at, order, f.to_bits(), 8);
                }
                ch => {
                    let x = int_arg(vm, v)?;
                    let bits = check_int(vm, order, ch, it.size, x)?;
                    put(at, order, bits, it.size);
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, l: &Layout, data: &[u8]) -> PyResult {
    let mut out = Vec::with_capacity(l.nvalues);
    let order = l.order;
    for it in &l.items {
        if matches!(it.ch, b's' | b'p') {
            let field = &data[it.offset..it.offset + it.num];
            let v = if it.ch == b's' {
                field.to_vec()
            } else if it.num == 0 {
                Vec::new()
            } else {
                let n = (field[0] as usize).min(it.num - 1);
                field[1..1 + n].to_vec()
            };
            out.push(vm.new_bytes(v));
            continue;
        }
        for k in 0..it.num {
            let at = &data[it.offset + k * it.size..];
            let bits = get(at, order, it.size);
            let v = match it.ch {
                b'c' => vm.new_bytes(vec![at[0]]),
                b'?' => Value::Bool(at[0] != 0),
                b'e' => Value::float(f16_value(bits as u16)),
                // As C's conversion: a NaN keeps its payload (quieted).
                b'f' => crate::value::float_from_bytes(f32_to_f64(f32::from_bits(bits as u32))),
                b'd' => crate::value::float_from_bytes(f64::from_bits(bits)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    let shift = 64 - it.size * 8;
                    Value::Int(((bits << shift) as i64) >> shift)
                }
                _ => match i64::try_from(bits) {
                    Ok(i) => Value::Int(i),
                    Err(_) => vm.new_bigint(bits.into()),
                },
            };
            out.push(v);
        }
    }
    Ok(vm.new_tuple(out))
}

/// IEEE half-precision bits of `x`, rounding half to even as CPython's
/// `PyFloat_Pack2`; None when `x` is too large.
pub fn f16_bits(x: f64) -> Option<u16> {
    let sign = x.is_sign_negative() as u16;
    if x == 0.0 {
        return Some(sign << 15);
    }
    if x.is_infinite() {
        return Some((sign << 15) | (0x1f << 10));
    }
    if x.is_nan() {
        return Some((sign << 15) | (0x1f << 10) | 512);
    }
    let (mut f, mut e) = frexp(x.abs());
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

/// The value of IEEE half-precision bits (`PyFloat_Unpack2`).
pub fn f16_value(h: u16) -> f64 {
    let sign = h >> 15 == 1;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if sign {
        -x
    } else {
        x
    }
}

/// `frexp` for finite positive `x`: (m, e) with `x = m * 2**e`, 0.5 <= m < 1.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
