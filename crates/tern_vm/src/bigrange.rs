//! `range` objects whose bounds do not fit in i64 (`range(10**20)`).
//! Ranges that fit use the compact `Payload::Range`; this module also
//! holds the comparisons and hash shared by both forms.

use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    pub fn len(&self) -> BigInt {
        let (start, stop, step) = (&self.start, &self.stop, &self.step);
        if step.is_positive() && start < stop {
            (stop - start - 1u32) / step + 1u32
        } else if step.is_negative() && start > stop {
            (start - stop - 1u32) / (-step) + 1u32
        } else {
            BigInt::zero()
        }
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }

    pub fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() { x >= &self.start && x < &self.stop } else { x <= &self.start && x > &self.stop };
        inside && ((x - &self.start) % &self.step).is_zero()
    }
}

/// The (start, stop, step) of either form of range.
pub fn range_parts(v: &Value) -> Option<BigRange> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Range { start, stop, step } => {
            Some(BigRange { start: BigInt::from(*start), stop: BigInt::from(*stop), step: BigInt::from(*step) })
        }
        Payload::BigRange(r) => Some(BigRange { start: r.start.clone(), stop: r.stop.clone(), step: r.step.clone() }),
        _ => None,
    }
}

/// Ranges are equal when they hold the same sequence of ints.
pub fn ranges_equal(a: &BigRange, b: &BigRange) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    a.start == b.start && (la.is_one() || a.step == b.step)
}

impl Vm {
    /// `range(...)` from int arguments: the compact form when it fits.
    pub fn make_range(&mut self, cls: crate::value::Obj, start: BigInt, stop: BigInt, step: BigInt) -> PyResult {
        if step.is_zero() {
            return self.value_error("range() arg 3 must not be zero");
        }
        let payload = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => Payload::Range { start, stop, step },
            _ => Payload::BigRange(Box::new(BigRange { start, stop, step })),
        };
        Ok(self.new_object(cls, payload))
    }

    /// CPython's range hash: of (len, start, step), with None for what
    /// does not matter.
    pub fn range_hash(&mut self, r: &BigRange) -> PyResult<i64> {
        let len = r.len();
        let parts = if len.is_zero() {
            vec![Value::Int(0), Value::None, Value::None]
        } else if len.is_one() {
            vec![Value::Int(1), self.new_bigint(r.start.clone()), Value::None]
        } else {
            vec![self.new_bigint(len), self.new_bigint(r.start.clone()), self.new_bigint(r.step.clone())]
        };
        let t = self.new_tuple(parts);
        self.hash(&t)
    }

    /// `len()` of a big range: OverflowError when it does not fit.
    pub fn bigrange_len(&mut self, r: &BigRange) -> PyResult<usize> {
        match r.len().to_i64() {
            Some(n) => Ok(n as usize),
            None => self.overflow_error("Python int too large to convert to C ssize_t"),
        }
    }

    /// `r[key]` for an int key (negative counts from the end).
    pub fn bigrange_getitem(&mut self, r: &BigRange, key: &Value) -> PyResult {
        let Some(i) = as_int(key).map(|i| i.to_big()) else {
            if Self::is_slice(key) {
                return self.overflow_error("Python int too large to convert to C ssize_t");
            }
            let tn = self.type_name(key);
            return self.type_error(format!("range indices must be integers or slices, not {tn}"));
        };
        let len = r.len();
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return self.err("IndexError", "range object index out of range");
        }
        Ok(self.new_bigint(&r.start + i * &r.step))
    }
}
