//! `__sizeof__` and `sys.getsizeof`: the sizes CPython 3.11 reports on a
//! 64-bit build, computed from the value (ints by their 30-bit digits,
//! strs by their widest character, dicts and sets by the table sizes
//! CPython's growth rules give their length), since tern's own layout is
//! not CPython's.

use crate::function::Args;
use crate::int::{as_int, IntVal};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// What `sys.getsizeof` adds before the object: the collector's header
/// (16 bytes) for collected objects, and for instances of classes with a
/// `__dict__` the two pointers of their managed dict.
fn pre_header(v: &Value) -> usize {
    let Value::Obj(o) = v else { return 0 };
    if matches!(
        o.payload,
        Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
    ) {
        return 0;
    }
    match o.class().as_type() {
        Some(t) if t.heap => match o.payload {
            Payload::Slots(_) => 16,
            _ => 32,
        },
        Some(t) if t.name() == "object" => 0,
        _ => 16,
    }
}

fn int_size(bits: u64) -> usize {
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// The index table size CPython gives a dict of `n` items (growing from 8,
/// two thirds usable).
fn dict_table(n: usize) -> usize {
    let mut size = 8;
    while size * 2 / 3 < n {
        size *= 2;
    }
    size
}

/// The table size CPython's set reaches after `n` insertions: it grows
/// when the fill reaches 3/5 of the mask, to the power of two above four
/// (past 50000 items, two) times the fill.
fn set_table(n: usize) -> usize {
    let mut size = 8usize;
    loop {
        // The fill at which this table grows.
        let fill = ((size - 1) * 3).div_ceil(5);
        if fill > n {
            return size;
        }
        let min = if fill > 50000 { fill * 2 } else { fill * 4 };
        size = 8;
        while size <= min {
            size *= 2;
        }
    }
}

/// `v.__sizeof__()` as CPython computes it.
pub fn size_of(v: &Value) -> usize {
    match v {
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(b) => int_size(*b as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) => match as_int(v) {
                Some(IntVal::Big(b)) => int_size(b.bits()),
                Some(IntVal::Small(i)) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
                None => 28,
            },
            Payload::Float(_) => 24,
            Payload::Complex(..) => 32,
            Payload::Str(s) => {
                let n = s.nchars;
                if s.is_ascii() {
                    return 49 + n;
                }
                let widest = s.code_points().max().unwrap_or(0);
                match widest {
                    0..=0xFF => 73 + n,
                    0x100..=0xFFFF => 74 + 2 * n,
                    _ => 76 + 4 * n,
                }
            }
            Payload::Bytes(b) => 33 + b.len(),
            Payload::ByteArray(b) => {
                let n = b.borrow().len();
                56 + if n == 0 { 0 } else { n + 1 }
            }
            Payload::Tuple(t) => 24 + 8 * t.len(),
            Payload::List(l) => 40 + 8 * l.borrow().capacity(),
            Payload::Dict(d) => {
                let d = d.borrow();
                let n = d.len();
                if n == 0 {
                    return 48;
                }
                let size = dict_table(n);
                let index_bytes = match size {
                    0..=0x80 => 1,
                    0x81..=0x8000 => 2,
                    0x8001..=0x8000_0000 => 4,
                    _ => 8,
                };
                let str_keys = d
                    .entries
                    .iter()
                    .filter(|e| !e.key.is_null())
                    .all(|e| matches!(&e.key, Value::Obj(k) if matches!(k.payload, Payload::Str(_))));
                let entry = if str_keys { 16 } else { 24 };
                48 + 32 + size * index_bytes + (size * 2 / 3) * entry
            }
            Payload::Set(s) => {
                let size = set_table(s.borrow().len());
                200 + if size > 8 { 16 * size } else { 0 }
            }
            Payload::Range { .. } | Payload::BigRange(_) => 48,
            Payload::Native(_) | Payload::NativeBound { .. } => 56,
            Payload::Slots(slots) => 16 + 8 * slots.borrow().len(),
            _ => {
                // An instance of a plain class: header and weakref slot (its
                // dict is kept before the object).
                let heap = o.class().as_type().is_some_and(|t| t.heap);
                if heap {
                    24
                } else {
                    16
                }
            }
        },
        _ => 16,
    }
}

/// `object.__sizeof__()`.
pub fn dunder_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    super::nargs(vm, &args, "__sizeof__", 0, 0)?;
    Ok(Value::Int(size_of(&args.pos[0]) as i64))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus what is kept
/// before the object.
pub fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::check_args(vm, "getsizeof", &args, 1, 2)?;
    let v = &args.pos[0];
    let size = match vm.getattr_str(v, "__sizeof__").and_then(|m| vm.call(&m, Args::new(&[]))) {
        Ok(s) => s,
        Err(e) => match args.pos.get(1) {
            Some(d) if vm.exc_matches(&e, "TypeError") => return Ok(d.clone()),
            _ => return Err(e),
        },
    };
    let Some(n) = vm.index_of(&size)? else {
        return vm.type_error("an integer is required");
    };
    if n < 0 {
        return vm.value_error("__sizeof__() should return >= 0");
    }
    Ok(Value::Int(n + pre_header(v) as i64))
}
