//! `_tern_sre`: the native half of tern's `_sre` (the regular expression
//! engine under CPython's pure-Python `re`). `py/_sre.py` holds the
//! Pattern and Match objects; this module runs compiled code over text.
//!
//! - `consts.rs`: opcode numbers of `re/_constants.py`.
//! - `chars.rs`: categories, case mappings, the `IN` set language.
//! - `matcher.rs`: the backtracking interpreter.
//!
//! Functions (positions are character indices):
//! - `match(code, string, pos, endpos, ngroups, mode, must_advance)`:
//!   mode 0 match, 1 fullmatch, 2 search; None or a tuple
//!   `(start, end, lastindex, g1start, g1end, ...)` (-1 when unset).
//! - `scan(code, string, pos, endpos, ngroups, limit)`: every successive
//!   search match (as `finditer`, `sub` and `split` see them, an empty
//!   match never twice at one position), at most `limit` (0: no limit).
//! - `ascii_iscased`, `unicode_iscased`, `ascii_tolower`, `unicode_tolower`.

mod chars;
pub mod consts;
mod matcher;

use crate::function::Args;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use matcher::{Found, Malformed, Mode};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm, m: &Obj) {
    vm.module_fn(m, "match", match_);
    vm.module_fn(m, "scan", scan);
    vm.module_fn(m, "ascii_iscased", |vm, a| char_fn(vm, a, "ascii_iscased", |c| Value::Bool(chars::ascii_iscased(c))));
    vm.module_fn(m, "unicode_iscased", |vm, a| char_fn(vm, a, "unicode_iscased", |c| Value::Bool(chars::uni_iscased(c))));
    vm.module_fn(m, "ascii_tolower", |vm, a| char_fn(vm, a, "ascii_tolower", |c| Value::Int(chars::ascii_lower(c) as i64)));
    vm.module_fn(m, "unicode_tolower", |vm, a| char_fn(vm, a, "unicode_tolower", |c| Value::Int(chars::uni_lower(c) as i64)));
    for (name, v) in [
        ("MAGIC", consts::MAGIC),
        ("CODESIZE", consts::CODESIZE),
        ("MAXREPEAT", consts::MAXREPEAT as i64),
        ("MAXGROUPS", consts::MAXGROUPS),
    ] {
        vm.set_dict_item_str(m, name, Value::Int(v));
    }
}

fn char_fn(vm: &mut Vm, args: Args, name: &str, f: fn(u32) -> Value) -> PyResult {
    crate::builtins::check_args(vm, name, &args, 1, 1)?;
    match vm.index_of(&args.pos[0])? {
        Some(c) => Ok(f(u32::try_from(c).unwrap_or(u32::MAX))),
        None => vm.type_error(format!("an integer is required (got type {})", vm.type_name(&args.pos[0]))),
    }
}

thread_local! {
    /// Code words of recent patterns, keyed by their (immutable) tuple.
    static CODE_CACHE: RefCell<Vec<(Obj, Rc<[u32]>)>> = const { RefCell::new(Vec::new()) };
    /// The code points of the last non-ASCII string matched.
    static TEXT_CACHE: RefCell<Option<(Obj, Rc<[u32]>)>> = const { RefCell::new(None) };
}

fn word_of(v: &Value) -> Option<u32> {
    match v {
        Value::Int(i) => u32::try_from(*i).ok(),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_u32(),
            _ => None,
        },
        _ => None,
    }
}

fn code_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<[u32]>> {
    let Value::Obj(o) = v else { return vm.type_error("code must be a tuple of ints") };
    if let Some(c) = CODE_CACHE.with(|c| c.borrow().iter().find(|(k, _)| Rc::ptr_eq(k, o)).map(|(_, c)| c.clone())) {
        return Ok(c);
    }
    let words: Option<Vec<u32>> = match &o.payload {
        Payload::Tuple(items) => items.iter().map(word_of).collect(),
        Payload::List(items) => items.borrow().iter().map(word_of).collect(),
        _ => return vm.type_error("code must be a tuple of ints"),
    };
    let Some(words) = words else { return vm.err("RuntimeError", "invalid SRE code") };
    let words: Rc<[u32]> = words.into();
    if matches!(o.payload, Payload::Tuple(_)) {
        CODE_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= 32 {
                c.remove(0);
            }
            c.push((o.clone(), words.clone()));
        });
    }
    Ok(words)
}

/// Runs `f` over the text of `v` (str as bytes when ASCII, else as code
/// points; bytes and bytearray as bytes).
fn with_text<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&[u8], Option<&[u32]>) -> T) -> PyResult<T> {
    let Value::Obj(o) = v else { return vm.type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v))) };
    match &o.payload {
        Payload::Str(s) if s.is_ascii() => Ok(f(s.as_str().as_bytes(), None)),
        Payload::Str(s) => {
            let cached = TEXT_CACHE.with(|c| c.borrow().as_ref().filter(|(k, _)| Rc::ptr_eq(k, o)).map(|(_, t)| t.clone()));
            let wide = match cached {
                Some(t) => t,
                None => {
                    let t: Rc<[u32]> = s.as_str().chars().map(|c| c as u32).collect();
                    TEXT_CACHE.with(|c| *c.borrow_mut() = Some((o.clone(), t.clone())));
                    t
                }
            };
            Ok(f(&[], Some(&wide)))
        }
        Payload::Bytes(b) => Ok(f(b, None)),
        Payload::ByteArray(b) => Ok(f(&b.borrow(), None)),
        _ => vm.type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
}

/// pos and endpos clamped to the text, as CPython does.
fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |i: i64| if i < 0 { 0 } else { (i as u64).min(len as u64) as usize };
    (clamp(pos), clamp(endpos))
}

fn text_len(bytes: &[u8], wide: Option<&[u32]>) -> usize {
    wide.map_or(bytes.len(), |w| w.len())
}

// The matcher entry point takes the pattern, subject, bounds and mode flags
// as plain arguments, like CPython's state setup.
#[allow(clippy::too_many_arguments)]
fn run(
    code: &[u32],
    bytes: &[u8],
    wide: Option<&[u32]>,
    pos: usize,
    endpos: usize,
    groups: usize,
    mode: Mode,
    must_advance: bool,
) -> Result<Option<Found>, Malformed> {
    match wide {
        Some(w) => matcher::run(code, w, pos, endpos, groups, mode, must_advance),
        None => matcher::run(code, bytes, pos, endpos, groups, mode, must_advance),
    }
}

fn found_value(vm: &mut Vm, f: &Found) -> Value {
    let mut items = vec![Value::Int(f.start as i64), Value::Int(f.end as i64), Value::Int(f.lastindex)];
    for (s, e) in &f.groups {
        items.push(Value::Int(*s));
        items.push(Value::Int(*e));
    }
    vm.new_tuple(items)
}

fn internal_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.err("RuntimeError", "internal error in regular expression engine")
}

fn match_(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "match", &args, 7, 7)?;
    let code = code_of(vm, &args.pos[0])?;
    let (pos, endpos, groups, mode) =
        (int_arg(vm, &args.pos[2])?, int_arg(vm, &args.pos[3])?, int_arg(vm, &args.pos[4])?, int_arg(vm, &args.pos[5])?);
    let must_advance = vm.truthy(&args.pos[6])?;
    let mode = match mode {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let groups = groups.clamp(0, consts::MAXGROUPS) as usize;
    let r = with_text(vm, &args.pos[1], |b, w| {
        let (pos, endpos) = bounds(text_len(b, w), pos, endpos);
        run(&code, b, w, pos, endpos, groups, mode, must_advance)
    })?;
    match r {
        Ok(Some(f)) => Ok(found_value(vm, &f)),
        Ok(None) => Ok(Value::None),
        Err(Malformed) => internal_error(vm),
    }
}

fn scan(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "scan", &args, 6, 6)?;
    let code = code_of(vm, &args.pos[0])?;
    let (pos, endpos, groups, limit) =
        (int_arg(vm, &args.pos[2])?, int_arg(vm, &args.pos[3])?, int_arg(vm, &args.pos[4])?, int_arg(vm, &args.pos[5])?);
    let groups = groups.clamp(0, consts::MAXGROUPS) as usize;
    let r = with_text(vm, &args.pos[1], |b, w| {
        let (mut pos, endpos) = bounds(text_len(b, w), pos, endpos);
        let mut out = Vec::new();
        let mut must_advance = false;
        while limit <= 0 || (out.len() as i64) < limit {
            if pos > endpos {
                break;
            }
            match run(&code, b, w, pos, endpos, groups, Mode::Search, must_advance)? {
                Some(f) => {
                    must_advance = f.end == f.start;
                    pos = f.end;
                    out.push(f);
                }
                None => break,
            }
        }
        Ok::<_, Malformed>(out)
    })?;
    match r {
        Ok(found) => {
            let items = found.iter().map(|f| found_value(vm, f)).collect();
            Ok(vm.new_list(items))
        }
        Err(Malformed) => internal_error(vm),
    }
}
