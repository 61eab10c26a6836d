//! Searching and splitting bytes and bytearray: `find`/`rfind`/`index`/
//! `rindex`/`count`, `startswith`/`endswith`, `split`/`rsplit`,
//! `partition`/`rpartition` and `replace`, with CPython's argument rules
//! (a byte value as an int, `start`/`end` as in a slice) and messages.

use super::nargs;
use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// What `bytes.isspace()` and the whitespace split treat as space.
const ASCII_SPACE: &[u8] = b" \t\n\r\x0b\x0c";

pub fn install(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        vm.add_method(&t, "find", |vm, a| find_m(vm, a, "find", false));
        vm.add_method(&t, "rfind", |vm, a| find_m(vm, a, "rfind", true));
        vm.add_method(&t, "index", index);
        vm.add_method(&t, "rindex", rindex);
        vm.add_method(&t, "count", count);
        vm.add_method(&t, "startswith", |vm, a| affix(vm, a, "startswith"));
        vm.add_method(&t, "endswith", |vm, a| affix(vm, a, "endswith"));
        vm.add_method(&t, "split", |vm, a| split(vm, a, "split", false));
        vm.add_method(&t, "rsplit", |vm, a| split(vm, a, "rsplit", true));
        vm.add_method(&t, "partition", |vm, a| partition(vm, a, "partition", false));
        vm.add_method(&t, "rpartition", |vm, a| partition(vm, a, "rpartition", true));
        vm.add_method(&t, "replace", replace);
    }
}

/// The receiver's bytes.
fn me(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    vm.bytes_like(&args.pos[0])
}

/// A bytes-like argument (bytes, bytearray, memoryview); anything else is
/// CPython's "a bytes-like object is required".
pub fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.buffer_of(v)? {
        Some(b) => Ok(b),
        None => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

/// The thing searched for by `find`, `count`, `in`...: a bytes-like object,
/// or an int naming one byte.
pub fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_of(v)? {
        return Ok(b);
    }
    match vm.index_of(v)? {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => vm.value_error("byte must be in range(0, 256)"),
        None => vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))),
    }
}

/// `start`/`end` arguments at `first` and `first + 1`, read as slice bounds
/// of a sequence of `len` items; None when the range is empty because
/// `start` lies past `end` (then even an empty needle is not found).
pub fn search_range(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<Option<(usize, usize)>> {
    let len = len as i64;
    let mut bound = |k: usize, default: i64| -> PyResult<i64> {
        let v = match args.pos.get(k) {
            None | Some(Value::None) => return Ok(default),
            Some(v) => v,
        };
        let Some(i) = vm.index_of(v)? else {
            return vm.type_error("slice indices must be integers or None or have an __index__ method");
        };
        Ok(if i < 0 { (i + len).max(0) } else { i })
    };
    let start = bound(first, 0)?;
    let end = bound(first + 1, len)?.min(len);
    Ok(if start > end { None } else { Some((start as usize, end as usize)) })
}

/// Position of the first (or last) `pat` in `hay`.
pub fn find_in(hay: &[u8], pat: &[u8], reverse: bool) -> Option<usize> {
    if pat.is_empty() {
        return Some(if reverse { hay.len() } else { 0 });
    }
    if pat.len() > hay.len() {
        return None;
    }
    let mut w = hay.windows(pat.len());
    if reverse {
        w.rposition(|w| w == pat)
    } else {
        w.position(|w| w == pat)
    }
}

/// Non-overlapping occurrences of a non-empty `pat`.
fn count_in(hay: &[u8], pat: &[u8]) -> usize {
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_in(&hay[i..], pat, false) {
        n += 1;
        i += p + pat.len();
    }
    n
}

fn find_at(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    nargs(vm, args, name, 1, 3)?;
    let b = me(vm, args)?;
    let pat = needle(vm, &args.pos[1])?;
    let Some((start, end)) = search_range(vm, args, 2, b.len())? else {
        return Ok(None);
    };
    Ok(find_in(&b[start..end], &pat, reverse).map(|i| i + start))
}

fn find_m(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    Ok(Value::Int(find_at(vm, &args, name, reverse)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_at(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("subsection not found"),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_at(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("subsection not found"),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "count", 1, 3)?;
    let b = me(vm, &args)?;
    let pat = needle(vm, &args.pos[1])?;
    let Some((start, end)) = search_range(vm, &args, 2, b.len())? else {
        return Ok(Value::Int(0));
    };
    let n = if pat.is_empty() { end - start + 1 } else { count_in(&b[start..end], &pat) };
    Ok(Value::Int(n as i64))
}

/// `startswith`/`endswith(prefix, start=None, end=None)`; `prefix` may be
/// a tuple of candidates.
fn affix(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    nargs(vm, &args, name, 1, 3)?;
    let b = me(vm, &args)?;
    let range = search_range(vm, &args, 2, b.len())?;
    // An empty range (start past the end) matches nothing, not even b"".
    let hit = |c: &[u8]| match range {
        Some((start, end)) if name == "startswith" => b[start..end].starts_with(c),
        Some((start, end)) => b[start..end].ends_with(c),
        None => false,
    };
    if let Value::Obj(o) = &args.pos[1] {
        if matches!(o.payload, Payload::Tuple(_)) {
            // Candidates are tried in order; a later one of the wrong type
            // is never looked at.
            for c in vm.seq_items(&args.pos[1]) {
                let c = buffer_arg(vm, &c)?;
                if hit(&c) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    match vm.buffer_of(&args.pos[1])? {
        Some(c) => Ok(Value::Bool(hit(&c))),
        None => vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(&args.pos[1]))),
    }
}

/// A `maxsplit` or `count` argument: an int, negative meaning no limit.
fn limit(vm: &mut Vm, v: Option<&Value>) -> PyResult<usize> {
    let Some(v) = v else { return Ok(usize::MAX) };
    match vm.index_of(v)? {
        Some(i) if i < 0 => Ok(usize::MAX),
        Some(i) => Ok(i as usize),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`.
fn split(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let a = crate::modules::tern_binascii::parse(vm, name, &rest, &["sep", "maxsplit"], 0)?;
    let b = me(vm, &args)?;
    let max = limit(vm, a[1])?;
    let parts = match a[0] {
        Some(sep) if !sep.is_none() => {
            let sep = buffer_arg(vm, sep)?;
            if sep.is_empty() {
                return vm.value_error("empty separator");
            }
            split_on(&b, &sep, max, reverse)
        }
        _ => split_space(&b, max, reverse),
    };
    let items = parts.into_iter().map(|p| same_kind(vm, &args.pos[0], p.to_vec())).collect();
    Ok(vm.new_list(items))
}

fn split_on<'a>(b: &'a [u8], sep: &[u8], max: usize, reverse: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    while out.len() < max {
        match find_in(rest, sep, reverse) {
            Some(i) if reverse => {
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    if reverse {
        out.reverse();
    }
    out
}

/// Split on runs of ASCII whitespace; after `max` splits the rest is one
/// item with only its leading (or, from the right, trailing) space gone.
fn split_space(b: &[u8], max: usize, reverse: bool) -> Vec<&[u8]> {
    let space = |c: &u8| ASCII_SPACE.contains(c);
    let mut out = Vec::new();
    let mut rest = b;
    loop {
        rest = if reverse {
            &rest[..rest.iter().rposition(|c| !space(c)).map_or(0, |i| i + 1)]
        } else {
            &rest[rest.iter().position(|c| !space(c)).unwrap_or(rest.len())..]
        };
        if rest.is_empty() {
            break;
        }
        if out.len() == max {
            out.push(rest);
            break;
        }
        if reverse {
            let i = rest.iter().rposition(space).map_or(0, |i| i + 1);
            out.push(&rest[i..]);
            rest = &rest[..i];
        } else {
            let i = rest.iter().position(space).unwrap_or(rest.len());
            out.push(&rest[..i]);
            rest = &rest[i..];
        }
    }
    if reverse {
        out.reverse();
    }
    out
}

fn partition(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    nargs(vm, &args, name, 1, 1)?;
    let b = me(vm, &args)?;
    let sep = buffer_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let (x, y, z): (&[u8], &[u8], &[u8]) = match find_in(&b, &sep, reverse) {
        Some(i) => (&b[..i], &sep, &b[i + sep.len()..]),
        None if reverse => (&[], &[], &b),
        None => (&b, &[], &[]),
    };
    let found = !y.is_empty();
    let mut items: Vec<Value> = [x, y, z].iter().map(|p| same_kind(vm, &args.pos[0], p.to_vec())).collect();
    // bytes (not bytearray) hands back the separator object it was given.
    if found && !matches!(&args.pos[0], Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_))) {
        items[1] = args.pos[1].clone();
    }
    Ok(vm.new_tuple(items))
}

/// `replace(old, new, count=-1)`.
fn replace(vm: &mut Vm, args: Args) -> PyResult {
    nargs(vm, &args, "replace", 2, 3)?;
    let b = me(vm, &args)?;
    let old = buffer_arg(vm, &args.pos[1])?;
    let new = buffer_arg(vm, &args.pos[2])?;
    let mut left = limit(vm, args.pos.get(3))?;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        // The new bytes go before each byte and at the end.
        while left > 0 && i <= b.len() {
            out.extend_from_slice(&new);
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
            left -= 1;
        }
        if i <= b.len() {
            out.extend_from_slice(&b[i..]);
        }
        return Ok(same_kind(vm, &args.pos[0], out));
    }
    while left > 0 {
        match find_in(&b[i..], &old, false) {
            Some(p) => {
                out.extend_from_slice(&b[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(same_kind(vm, &args.pos[0], out))
}

/// A result of the receiver's kind: bytearray for a bytearray (or
/// subclass), bytes otherwise.
pub fn same_kind(vm: &mut Vm, like: &Value, b: Vec<u8>) -> Value {
    if let Value::Obj(o) = like {
        if matches!(o.payload, Payload::ByteArray(_)) {
            return vm.new_object(vm.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(b)));
        }
    }
    vm.new_bytes(b)
}
