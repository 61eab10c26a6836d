//! Operators: arithmetic with CPython's dispatch rules (reflected operands,
//! subclass priority, `NotImplemented`), rich comparison, truth, and
//! membership.

use crate::function::Args;
use crate::int::{as_int, int_binop, IntVal};
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::{PyResult, Vm};
use num_traits::ToPrimitive;
use std::rc::Rc;
use tern_bytecode::{BinOp, CmpOp, Opcode};

/// A float operand (floats, ints, bools) for mixed arithmetic.
fn as_float_operand(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => match &o.payload {
            Payload::Float(f) => Ok(Some(*f)),
            _ => Ok(None),
        },
        _ => match as_int(v) {
            Some(i) => Ok(Some(crate::int::int_to_f64(vm, &i)?)),
            None => Ok(None),
        },
    }
}

fn is_floatish(v: &Value) -> bool {
    match v {
        Value::Float(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Float(_)),
        _ => false,
    }
}

pub fn float_binop(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return vm.zero_division("float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return vm.zero_division("float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return vm.zero_division("float modulo");
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return vm.zero_division("0.0 cannot be raised to a negative power");
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // A complex result.
                let (re, im) = vm.complex_pow((x, 0.0), (y, 0.0))?;
                return Ok(Some(vm.new_object(vm.types.complex.clone(), Payload::Complex(re, im))));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                let cls = vm.exc_type("OverflowError");
                let msg = vm.new_str("Numerical result out of range");
                return Err(vm.new_exception(&cls, vec![Value::Int(34), msg]));
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

/// Python's float divmod: floor quotient and a remainder with the sign of y.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// CPython's `_Py_c_quot` (scaled to avoid overflow); None on a zero divisor.
pub fn complex_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `c_powu`: `x ** n` by repeated squaring.
fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let prod = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// CPython's `_Py_c_pow` for a nonzero base, with whether the C library
/// would have set `errno = EDOM` (a cosine or sine of an infinite phase).
fn c_pow(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), bool) {
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    ((len * phase.cos(), len * phase.sin()), phase.is_infinite())
}

impl Vm {
    /// `complex ** complex` as CPython's `complex_pow`: integral exponents
    /// up to 100 by repeated squaring, else polar form; a zero base to a
    /// negative or complex power is a `ZeroDivisionError`, an infinite
    /// result an `OverflowError`.
    pub fn complex_pow(&mut self, x: (f64, f64), y: (f64, f64)) -> PyResult<(f64, f64)> {
        let zero_power = |vm: &mut Vm| vm.zero_division("0.0 to a negative or complex power");
        let r = if y == (0.0, 0.0) {
            (1.0, 0.0)
        } else if x == (0.0, 0.0) {
            if y.1 != 0.0 || y.0 < 0.0 {
                return zero_power(self);
            }
            (0.0, 0.0)
        } else if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
            let n = y.0 as i64;
            let p = complex_powu(x, n.unsigned_abs());
            if n >= 0 {
                p
            } else {
                match complex_quot((1.0, 0.0), p) {
                    Some(r) => r,
                    None => return zero_power(self),
                }
            }
        } else {
            let (r, edom) = c_pow(x, y);
            if edom {
                return zero_power(self);
            }
            r
        };
        if r.0.is_infinite() || r.1.is_infinite() {
            return self.overflow_error("complex exponentiation");
        }
        Ok(r)
    }
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        // Fast paths on inline numbers.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                if let Some(r) = int_binop(self, &IntVal::Small(*x), &IntVal::Small(*y), op)? {
                    return Ok(r);
                }
            }
            (Value::Float(x), Value::Float(y)) => {
                if let Some(r) = float_binop(self, *x, *y, op)? {
                    return Ok(r);
                }
            }
            (Value::Float(x), Value::Int(y)) => {
                if let Some(r) = float_binop(self, *x, *y as f64, op)? {
                    return Ok(r);
                }
            }
            (Value::Int(x), Value::Float(y)) => {
                if let Some(r) = float_binop(self, *x as f64, *y, op)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let heap_a = ta.as_type().map(|t| t.heap).unwrap_or(false);
        let heap_b = tb.as_type().map(|t| t.heap).unwrap_or(false);
        if !heap_a && !heap_b {
            if let Some(r) = self.binary_builtin(a, b, op)? {
                return Ok(r);
            }
            if op == BinOp::Or {
                // `int | str`, `list[int] | None`: types.UnionType.
                let is_t = |vm: &Self, t: &Obj| Rc::ptr_eq(t, &vm.types.type_) || Rc::ptr_eq(t, &vm.types.generic_alias);
                if is_t(self, &ta) || is_t(self, &tb) {
                    let r = crate::methods::type_::type_or(self, Args::new(&[a.clone(), b.clone()]))?;
                    if !matches!(&r, Value::Obj(o) if matches!(o.payload, Payload::NotImplemented)) {
                        return Ok(r);
                    }
                }
            }
            return self.binop_fallback(a, b, op);
        }
        let (fwd, rev, _) = op.dunders();
        let same = Rc::ptr_eq(&ta, &tb);
        let fwd_m = self.lookup_type_attr_str(&ta, fwd);
        let rev_m = if same { None } else { self.lookup_type_attr_str(&tb, rev) };
        // A subclass's reflected method goes first when it overrides.
        if let Some(rm) = &rev_m {
            if crate::typeobj::is_subtype(&tb, &ta) && !same && heap_b {
                let overrides = match &fwd_m {
                    Some(_) => !self.lookup_type_attr_str(&ta, rev).map(|m| m.is(rm)).unwrap_or(false),
                    None => true,
                };
                if overrides {
                    let r = self.call(rm, Args::new(&[b.clone(), a.clone()]))?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                    let r = self.call_fwd(fwd_m.as_ref(), a, b)?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                    return self.binop_fallback(a, b, op);
                }
            }
        }
        let r = self.call_fwd(fwd_m.as_ref(), a, b)?;
        if !r.is(&self.not_implemented) {
            return Ok(r);
        }
        if let Some(rm) = rev_m {
            let r = self.call(&rm, Args::new(&[b.clone(), a.clone()]))?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        self.binop_fallback(a, b, op)
    }

    fn call_fwd(&mut self, m: Option<&Value>, a: &Value, b: &Value) -> PyResult {
        match m {
            Some(m) => self.call(m, Args::new(&[a.clone(), b.clone()])),
            None => Ok(self.not_implemented.clone()),
        }
    }

    /// After both operands' methods declined: a builtin sequence times an
    /// object with `__index__` repeats (CPython's `sq_repeat`), anything
    /// else is CPython's `TypeError`.
    fn binop_fallback(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        // bytes or bytearray + any bytes-like object (memoryview, mixed kinds).
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_))) {
            if let Some(tail) = self.buffer_of(b)? {
                let mut v = self.bytes_like(a)?;
                v.extend(tail);
                return Ok(crate::methods::bytes_search::same_kind(self, a, v));
            }
        }
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(v, Value::Obj(o) if matches!(o.payload,
                    Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_)))
            };
            for (seq, n) in [(a, b), (b, a)] {
                if is_seq(seq) && !is_seq(n) && as_int(n).is_none() {
                    if let Some(i) = self.index_value(n)? {
                        return self.binary_op(seq, &i, BinOp::Mul);
                    }
                }
            }
        }
        self.binop_type_error(a, b, op)
    }

    fn binop_type_error<T>(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<T> {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Pow {
            return self.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"));
        }
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_))) {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if op == BinOp::Add
            && (self.isinstance(a, &self.types.str_.clone())
                || self.isinstance(a, &self.types.list.clone())
                || self.isinstance(a, &self.types.tuple.clone()))
        {
            if self.isinstance(a, &self.types.str_.clone()) {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
            }
            if self.isinstance(a, &self.types.list.clone()) {
                return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
            }
            return self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
        }
        if op == BinOp::Mul {
            let seq_a = self.isinstance(a, &self.types.str_.clone())
                || self.isinstance(a, &self.types.list.clone())
                || self.isinstance(a, &self.types.tuple.clone());
            let seq_b = self.isinstance(b, &self.types.str_.clone())
                || self.isinstance(b, &self.types.list.clone())
                || self.isinstance(b, &self.types.tuple.clone());
            if seq_a || seq_b {
                let other = if seq_a { tb.clone() } else { ta.clone() };
                return self.type_error(format!("can't multiply sequence by non-int of type '{other}'"));
            }
        }
        self.type_error(format!("unsupported operand type(s) for {}: '{ta}' and '{tb}'", op.symbol()))
    }

    /// The builtin types' implementations of binary operators (also used
    /// by the native dunder methods that subclasses inherit). None means
    /// NotImplemented.
    pub fn binary_builtin(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if matches!(op, BinOp::Add | BinOp::Mul) {
            if let Some(r) = crate::methods::deque::binary(self, a, b, op)? {
                return Ok(Some(r));
            }
        }
        if op == BinOp::Mod {
            if let Value::Obj(o) = a {
                if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
                    return Ok(Some(self.percent_format(a, b)?));
                }
                if let Payload::ByteArray(ba) = &o.payload {
                    let fmt = self.new_bytes(ba.borrow().clone());
                    let r = self.percent_format(&fmt, b)?;
                    let out = self.bytes_like(&r)?;
                    return Ok(Some(self.new_object(self.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(out)))));
                }
            }
        }
        // Numbers.
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                    return Ok(Some(Value::Bool(match op {
                        BinOp::And => p & q,
                        BinOp::Or => p | q,
                        _ => p ^ q,
                    })));
                }
            }
            return int_binop(self, &x, &y, op);
        }
        if is_floatish(a) || is_floatish(b) {
            if let Value::Obj(o) = a {
                if matches!(o.payload, Payload::Complex(..)) {
                    return self.complex_binop(a, b, op);
                }
            }
            if let Value::Obj(o) = b {
                if matches!(o.payload, Payload::Complex(..)) {
                    return self.complex_binop(a, b, op);
                }
            }
            let (Some(x), Some(y)) = (as_float_operand(self, a)?, as_float_operand(self, b)?) else {
                return Ok(None);
            };
            return float_binop(self, x, y, op);
        }
        if op == BinOp::Mul {
            // A sequence times an int beyond isize (ints held on the heap).
            let is_seq = |v: &Value| {
                matches!(v, Value::Obj(o) if matches!(o.payload,
                    Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_)))
            };
            let is_big = |v: &Value| matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Int(b) if b.to_isize().is_none()));
            if (is_seq(a) && is_big(b)) || (is_big(a) && is_seq(b)) {
                return self.overflow_error("cannot fit 'int' into an index-sized integer");
            }
        }
        let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
            // An int/None with a sequence: repetition.
            if op == BinOp::Mul {
                if let (Some(n), Value::Obj(_)) = (as_int(a), b) {
                    let n = n.to_big().to_i64().unwrap_or(i64::MAX);
                    if let Some(r) = self.repeat(b, n)? {
                        return Ok(Some(r));
                    }
                }
                if let (Value::Obj(_), Some(n)) = (a, as_int(b)) {
                    let n = n.to_big().to_i64().unwrap_or(i64::MAX);
                    if let Some(r) = self.repeat(a, n)? {
                        return Ok(Some(r));
                    }
                }
            }
            if let Value::Obj(o) = a {
                if matches!(o.payload, Payload::Str(_)) && op == BinOp::Mod {
                    return Ok(Some(self.percent_format(a, b)?));
                }
                if matches!(o.payload, Payload::Complex(..)) {
                    return self.complex_binop(a, b, op);
                }
            }
            if let Value::Obj(o) = b {
                if matches!(o.payload, Payload::Complex(..)) {
                    return self.complex_binop(a, b, op);
                }
            }
            return Ok(None);
        };
        match (&oa.payload, &ob.payload, op) {
            (Payload::Str(x), Payload::Str(y), BinOp::Add) => Ok(Some(self.concat_strs(x, y))),
            (Payload::Str(_), _, BinOp::Mod) => Ok(Some(self.percent_format(a, b)?)),
            (Payload::List(x), Payload::List(y), BinOp::Add) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(self.new_list(v)))
            }
            (Payload::Tuple(x), Payload::Tuple(y), BinOp::Add) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(self.new_tuple(v)))
            }
            (Payload::Bytes(x), Payload::Bytes(y), BinOp::Add) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(self.new_bytes(v)))
            }
            (Payload::ByteArray(x), Payload::Bytes(_) | Payload::ByteArray(_), BinOp::Add) => {
                let mut v = x.borrow().clone();
                match &ob.payload {
                    Payload::Bytes(y2) => v.extend_from_slice(y2),
                    Payload::ByteArray(y2) => v.extend_from_slice(&y2.borrow()),
                    _ => {}
                }
                Ok(Some(self.new_object(self.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(v)))))
            }
            (Payload::Set(_), Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                Ok(Some(crate::methods::set::set_binop(self, a, b, op)?))
            }
            (Payload::Dict(_), Payload::Dict(_), BinOp::Or) => {
                let d = self.new_dict();
                self.dict_update(&d, a)?;
                self.dict_update(&d, b)?;
                Ok(Some(d))
            }
            (Payload::DictView { kind, .. }, _, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if *kind != crate::object::ViewKind::Values =>
            {
                let s = self.new_set(false);
                for it in self.iterate(a)? {
                    self.set_add_value(&s, it)?;
                }
                let other = self.new_set(false);
                for it in self.iterate(b)? {
                    self.set_add_value(&other, it)?;
                }
                Ok(Some(crate::methods::set::set_binop(self, &s, &other, op)?))
            }
            (Payload::Complex(..), _, _) | (_, Payload::Complex(..), _) => self.complex_binop(a, b, op),
            (_, Payload::DictView { kind, .. }, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if *kind != crate::object::ViewKind::Values =>
            {
                // `{1, 2} & d.keys()`: the view's reflected operator.
                let other = self.new_set(false);
                for it in self.iterate(a)? {
                    self.set_add_value(&other, it)?;
                }
                let s = self.new_set(false);
                for it in self.iterate(b)? {
                    self.set_add_value(&s, it)?;
                }
                Ok(Some(crate::methods::set::set_binop(self, &other, &s, op)?))
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: &Value, n: i64) -> PyResult<Option<Value>> {
        let n = n.max(0) as usize;
        // An empty sequence repeated stays empty (no `n` rounds of nothing).
        let Value::Obj(o) = seq else { return Ok(None) };
        let n = if self.len_builtin(o) == Some(0) { 0 } else { n };
        match &o.payload {
            Payload::Str(s) => {
                self.check_alloc(s.byte_len(), n)?;
                if s.has_surrogates() {
                    return Ok(Some(self.new_str_wtf8(s.wtf8().repeat(n))));
                }
                Ok(Some(self.new_string(s.as_str().repeat(n))))
            }
            Payload::List(l) => {
                self.check_alloc(l.borrow().len().saturating_mul(n), std::mem::size_of::<Value>())?;
                let items = l.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Ok(Some(self.new_list(v)))
            }
            Payload::Tuple(t) => {
                self.check_alloc(t.len().saturating_mul(n), std::mem::size_of::<Value>())?;
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Ok(Some(self.new_tuple(v)))
            }
            Payload::Bytes(b) => {
                self.check_alloc(b.len(), n)?;
                Ok(Some(self.new_bytes(b.repeat(n))))
            }
            Payload::ByteArray(b) => {
                let len = b.borrow().len();
                self.check_alloc(len, n)?;
                let v = b.borrow().repeat(n);
                Ok(Some(self.new_object(self.types.bytearray.clone(), Payload::ByteArray(std::cell::RefCell::new(v)))))
            }
            _ => Ok(None),
        }
    }

    fn complex_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else { return Ok(None) };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            BinOp::TrueDiv => match complex_quot(x, y) {
                Some(r) => r,
                None => return self.zero_division("complex division by zero"),
            },
            BinOp::Pow => self.complex_pow(x, y)?,
            _ => return Ok(None),
        };
        Ok(Some(self.new_object(self.types.complex.clone(), Payload::Complex(r.0, r.1))))
    }

    pub fn as_complex(&mut self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        if let Value::Obj(o) = v {
            if let Payload::Complex(r, i) = &o.payload {
                return Ok(Some((*r, *i)));
            }
        }
        Ok(as_float_operand(self, v)?.map(|f| (f, 0.0)))
    }

    /// Augmented assignment: `__iadd__` etc., falling back to `a op b`.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult {
        if let Value::Obj(o) = &a {
            match (&o.payload, op) {
                (Payload::List(l), BinOp::Add) if !self.type_ref(&a).as_type().map(|t| t.heap).unwrap_or(false) => {
                    let items = if let Value::Obj(bo) = &b {
                        if Rc::ptr_eq(o, bo) {
                            l.borrow().clone()
                        } else {
                            self.iterate(&b)?
                        }
                    } else {
                        self.iterate(&b)?
                    };
                    l.borrow_mut().extend(items);
                    return Ok(a);
                }
                (Payload::Deque(_), BinOp::Add | BinOp::Mul) if !self.type_ref(&a).as_type().map(|t| t.heap).unwrap_or(false) => {
                    if let Some(r) = crate::methods::deque::inplace(self, &a, &b, op)? {
                        return Ok(r);
                    }
                }
                (Payload::Instance, _) | (_, _) if self.type_ref(&a).as_type().map(|t| t.heap).unwrap_or(false) => {
                    let (_, _, iname) = op.dunders();
                    let ta = self.type_of(&a);
                    if let Some(m) = self.lookup_type_attr_str(&ta, iname) {
                        let r = self.call(&m, Args::new(&[a.clone(), b.clone()]))?;
                        if !r.is(&self.not_implemented) {
                            return Ok(r);
                        }
                    }
                }
                (Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if Rc::ptr_eq(o.class(), &self.types.set) => {
                    if let Value::Obj(bo) = &b {
                        if matches!(bo.payload, Payload::Set(_)) {
                            crate::methods::set::set_inplace(self, &a, &b, op)?;
                            return Ok(a);
                        }
                    }
                }
                (Payload::Dict(_), BinOp::Or) if Rc::ptr_eq(o.class(), &self.types.dict) => {
                    // `d |= x` is `d.update(x)`: a mapping or pairs.
                    crate::methods::dict::dict_update_args(self, &a, std::slice::from_ref(&b), &[], &[], "update")?;
                    return Ok(a);
                }
                (Payload::ByteArray(ba), BinOp::Mul) if as_int(&b).is_some() => {
                    let n = self.index_of(&b)?.unwrap_or(0).max(0) as usize;
                    let len = ba.borrow().len();
                    self.check_alloc(len, n)?;
                    let v = ba.borrow().repeat(n);
                    *ba.borrow_mut() = v;
                    return Ok(a);
                }
                (Payload::ByteArray(ba), BinOp::Add) => {
                    let extra = self.bytes_like(&b)?;
                    ba.borrow_mut().extend(extra);
                    return Ok(a);
                }
                _ => {}
            }
        }
        self.binary_op(&a, &b, op).map_err(|e| self.fix_inplace_message(e, op))
    }

    fn fix_inplace_message(&mut self, e: crate::value::Obj, op: BinOp) -> crate::value::Obj {
        if self.exc_matches(&e, "TypeError") {
            if let Ok(s) = self.str(&Value::Obj(e.clone())) {
                if let Some(msg) = crate::builtins::str_of(&s) {
                    let from = format!("for {}:", op.symbol());
                    if msg.starts_with("unsupported operand type(s) ") && msg.contains(&from) {
                        let new = msg.replacen(&from, &format!("for {}=:", op.symbol()), 1);
                        return self.new_exception_msg("TypeError", &new);
                    }
                    if op == BinOp::Pow && msg.contains("for ** or pow():") {
                        let new = msg.replacen("for ** or pow():", "for **=:", 1);
                        return self.new_exception_msg("TypeError", &new);
                    }
                }
            }
        }
        e
    }

    pub fn unary_op(&mut self, a: &Value, op: Opcode) -> PyResult {
        match (a, op) {
            (Value::Int(i), Opcode::UNARY_NEGATIVE) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_bigint(-num_bigint::BigInt::from(*i)),
                })
            }
            (Value::Int(i), Opcode::UNARY_POSITIVE) => return Ok(Value::Int(*i)),
            (Value::Int(i), Opcode::UNARY_INVERT) => return Ok(Value::Int(!i)),
            (Value::Bool(b), Opcode::UNARY_NEGATIVE) => return Ok(Value::Int(-(*b as i64))),
            (Value::Bool(b), Opcode::UNARY_POSITIVE) => return Ok(Value::Int(*b as i64)),
            (Value::Bool(b), Opcode::UNARY_INVERT) => return Ok(Value::Int(!(*b as i64))),
            (Value::Float(f), Opcode::UNARY_NEGATIVE) => return Ok(Value::float(-f)),
            (Value::Float(f), Opcode::UNARY_POSITIVE) => return Ok(Value::Float(*f)),
            _ => {}
        }
        let heap = self.type_ref(a).as_type().map(|t| t.heap).unwrap_or(false);
        let name = match op {
            Opcode::UNARY_NEGATIVE => "__neg__",
            Opcode::UNARY_POSITIVE => "__pos__",
            _ => "__invert__",
        };
        if !heap {
            if let Some(r) = self.unary_builtin(a, op)? {
                return Ok(r);
            }
        } else {
            let t = self.type_of(a);
            if let Some(m) = self.lookup_type_attr_str(&t, name) {
                return self.call(&m, Args::new(&[a.clone()]));
            }
        }
        let sym = match op {
            Opcode::UNARY_NEGATIVE => "unary -",
            Opcode::UNARY_POSITIVE => "unary +",
            _ => "unary ~",
        };
        self.type_error(format!("bad operand type for {sym}: '{}'", self.type_name(a)))
    }

    pub fn unary_builtin(&mut self, a: &Value, op: Opcode) -> PyResult<Option<Value>> {
        if let Some(i) = as_int(a) {
            let b = i.to_big();
            return Ok(Some(match op {
                Opcode::UNARY_NEGATIVE => self.new_bigint(-b),
                Opcode::UNARY_POSITIVE => self.new_bigint(b),
                _ => self.new_bigint(!b),
            }));
        }
        if let Value::Obj(o) = a {
            match (&o.payload, op) {
                (Payload::Float(f), Opcode::UNARY_NEGATIVE) => return Ok(Some(Value::float(-f))),
                (Payload::Float(f), Opcode::UNARY_POSITIVE) => return Ok(Some(Value::float(*f))),
                (Payload::Complex(r, i), Opcode::UNARY_NEGATIVE) => {
                    return Ok(Some(self.new_object(self.types.complex.clone(), Payload::Complex(-r, -i))))
                }
                (Payload::Complex(r, i), Opcode::UNARY_POSITIVE) => {
                    return Ok(Some(self.new_object(self.types.complex.clone(), Payload::Complex(*r, *i))))
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
                if !heap {
                    return Ok(match &o.payload {
                        Payload::Str(s) => !s.as_str().is_empty(),
                        Payload::List(l) => !l.borrow().is_empty(),
                        Payload::Deque(d) => !d.items.borrow().is_empty(),
                        Payload::Tuple(t) => !t.is_empty(),
                        Payload::Dict(d) => !d.borrow().is_empty(),
                        Payload::Set(s) => !s.borrow().is_empty(),
                        Payload::Int(b) => !num_traits::Zero::is_zero(b),
                        Payload::Float(f) => *f != 0.0,
                        Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                        Payload::Bytes(b) => !b.is_empty(),
                        Payload::ByteArray(b) => !b.borrow().is_empty(),
                        Payload::Range { .. } => self.len(v)? > 0,
                        Payload::BigRange(r) => !num_traits::Zero::is_zero(&r.len()),
                        Payload::DictView { .. } | Payload::MappingProxy(_) => self.len(v)? > 0,
                        _ => true,
                    });
                }
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__bool__") {
                    let r = self.call(&m, Args::new(&[v.clone()]))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r))),
                    };
                }
                if self.lookup_type_attr_str(&t, "__len__").is_some() {
                    return Ok(self.len(v)? > 0);
                }
                Ok(true)
            }
        }
    }

    /// Rich comparison `a op b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if let Some(r) = fast_compare(a, b, op) {
            return Ok(Value::Bool(r));
        }
        // Exact tuples (heap entries, sort keys) compare item by item in
        // place: their items cannot change while `__eq__` runs.
        if let (Value::Obj(oa), Value::Obj(ob)) = (a, b) {
            if let (Payload::Tuple(xs), Payload::Tuple(ys)) = (&oa.payload, &ob.payload) {
                if Rc::ptr_eq(oa.class(), &self.types.tuple) && Rc::ptr_eq(ob.class(), &self.types.tuple) {
                    return self.compare_sequences(xs, ys, op);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let heap_a = ta.as_type().map(|t| t.heap).unwrap_or(false);
        let heap_b = tb.as_type().map(|t| t.heap).unwrap_or(false);
        if !heap_a && !heap_b {
            if let Some(r) = self.compare_builtin(a, b, op)? {
                return Ok(r);
            }
            if let Some(r) = self.compare_builtin(b, a, op.swapped())? {
                return Ok(r);
            }
        } else {
            let same = Rc::ptr_eq(&ta, &tb);
            let swapped = op.swapped();
            let mut tried_reflected = false;
            if !same && crate::typeobj::is_subtype(&tb, &ta) && heap_b {
                if let Some(m) = self.lookup_type_attr_str(&tb, swapped.dunder()) {
                    tried_reflected = true;
                    let r = self.call(&m, Args::new(&[b.clone(), a.clone()]))?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(m) = self.lookup_type_attr_str(&ta, op.dunder()) {
                let r = self.call(&m, Args::new(&[a.clone(), b.clone()]))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
            if !tried_reflected {
                if let Some(m) = self.lookup_type_attr_str(&tb, swapped.dunder()) {
                    let r = self.call(&m, Args::new(&[b.clone(), a.clone()]))?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            )),
        }
    }

    /// Builtin comparisons (also the native `__eq__`/`__lt__`... wrappers).
    /// None means NotImplemented.
    pub fn compare_builtin(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = self.generic_alias_eq(a, b)? {
                return Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))));
            }
            if let Some(eq) = crate::methods::callables::bound_methods_eq(self, a, b)? {
                return Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))));
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let ord = match (&x, &y) {
                (IntVal::Small(p), IntVal::Small(q)) => p.cmp(q),
                _ => x.to_big().cmp(&y.to_big()),
            };
            return Ok(Some(Value::Bool(ord_matches(ord, op))));
        }
        if is_floatish(a) || is_floatish(b) {
            let fa = float_or_int(a);
            let fb = float_or_int(b);
            if let (Some(x), Some(y)) = (fa, fb) {
                return Ok(Some(Value::Bool(compare_num(&x, &y, op))));
            }
            return Ok(None);
        }
        let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
            if let (Value::Obj(o), _) | (_, Value::Obj(o)) = (a, b) {
                if let Payload::Complex(..) = o.payload {
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                        let (x, y) = (self.as_complex(a)?, self.as_complex(b)?);
                        if let (Some(x), Some(y)) = (x, y) {
                            return Ok(Some(Value::Bool((x == y) == (op == CmpOp::Eq))));
                        }
                    }
                }
            }
            return Ok(None);
        };
        match (&oa.payload, &ob.payload) {
            (Payload::Str(x), Payload::Str(y)) => Ok(Some(Value::Bool(ord_matches(x.wtf8().cmp(y.wtf8()), op)))),
            (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(Value::Bool(ord_matches(x.cmp(y), op)))),
            (Payload::ByteArray(x), Payload::ByteArray(y)) => Ok(Some(Value::Bool(ord_matches(x.borrow().cmp(&y.borrow()), op)))),
            (Payload::Bytes(x), Payload::ByteArray(y)) => Ok(Some(Value::Bool(ord_matches(x[..].cmp(&y.borrow()[..]), op)))),
            (Payload::ByteArray(x), Payload::Bytes(y)) => Ok(Some(Value::Bool(ord_matches(x.borrow()[..].cmp(&y[..]), op)))),
            (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
                let xs = self.seq_items(a);
                let ys = self.seq_items(b);
                Ok(Some(self.compare_sequences(&xs, &ys, op)?))
            }
            (Payload::Deque(_), Payload::Deque(_)) => crate::methods::deque::compare(self, a, b, op).map(Some),
            (Payload::Dict(x), Payload::Dict(_)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let eq = self.dict_eq(x, b)?;
                Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))))
            }
            (Payload::Set(_), Payload::Set(_)) => crate::methods::set::set_compare(self, a, b, op).map(Some),
            (Payload::DictView { kind: k1, .. }, Payload::DictView { kind: k2, .. })
                if *k1 != crate::object::ViewKind::Values && *k2 != crate::object::ViewKind::Values =>
            {
                let s1 = self.new_set(false);
                for it in self.iterate(a)? {
                    self.set_add_value(&s1, it)?;
                }
                let s2 = self.new_set(false);
                for it in self.iterate(b)? {
                    self.set_add_value(&s2, it)?;
                }
                crate::methods::set::set_compare(self, &s1, &s2, op).map(Some)
            }
            (Payload::DictView { kind, .. }, Payload::Set(_)) if *kind != crate::object::ViewKind::Values => {
                let s1 = self.new_set(false);
                for it in self.iterate(a)? {
                    self.set_add_value(&s1, it)?;
                }
                crate::methods::set::set_compare(self, &s1, b, op).map(Some)
            }
            (Payload::Range { .. } | Payload::BigRange(_), Payload::Range { .. } | Payload::BigRange(_))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let eq = match (crate::bigrange::range_parts(a), crate::bigrange::range_parts(b)) {
                    (Some(x), Some(y)) => crate::bigrange::ranges_equal(&x, &y),
                    _ => false,
                };
                Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))))
            }
            (Payload::Complex(..), _) | (_, Payload::Complex(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (x, y) = (self.as_complex(a)?, self.as_complex(b)?);
                match (x, y) {
                    (Some(x), Some(y)) => Ok(Some(Value::Bool((x == y) == (op == CmpOp::Eq)))),
                    _ => Ok(None),
                }
            }
            (Payload::Slice(a1, b1, c1), Payload::Slice(a2, b2, c2)) => {
                let x = vec![a1.clone(), b1.clone(), c1.clone()];
                let y = vec![a2.clone(), b2.clone(), c2.clone()];
                Ok(Some(self.compare_sequences(&x, &y, op)?))
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && Rc::ptr_eq(oa, ob) {
                    return Ok(Some(Value::Bool(op == CmpOp::Eq)));
                }
                Ok(None)
            }
        }
    }

    fn dict_eq(&mut self, x: &std::cell::RefCell<crate::dict::Dict>, b: &Value) -> PyResult<bool> {
        let Value::Obj(ob) = b else { return Ok(false) };
        let Payload::Dict(y) = &ob.payload else { return Ok(false) };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items = x.borrow().items();
        for (k, v) in items {
            match crate::dictops::dict_get(self, y, &k)? {
                Some(v2) => {
                    if !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of two sequences.
    pub fn compare_sequences(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult {
        if self.depth() >= self.recursion_limit {
            return self.err("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        self.native_depth += 1;
        let r = self.compare_sequences_inner(xs, ys, op);
        self.native_depth -= 1;
        r
    }

    fn compare_sequences_inner(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        for (x, y) in xs.iter().zip(ys) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(x, y, op),
                };
            }
        }
        let ord = xs.len().cmp(&ys.len());
        Ok(Value::Bool(ord_matches(ord, op)))
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Identity implies equality; an inline float's identity is its bits
        // (so `x in [x]` and `[x].index(x)` agree for a NaN `x`).
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = fast_compare(a, b, CmpOp::Eq) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// Less-than as a bool (sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(a, b, CmpOp::Lt) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            let heap = o.class().as_type().map(|t| t.heap).unwrap_or(false);
            if heap {
                let t = o.class().clone();
                if let Some(m) = self.lookup_type_attr_str(&t, "__contains__") {
                    let r = self.call(&m, Args::new(&[container.clone(), item.clone()]))?;
                    return self.truthy(&r);
                }
            }
            if let Some(r) = self.contains_builtin(container, item)? {
                return Ok(r);
            }
            if heap || matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)) || self.has_iter(container) {
                let it = match self.iter(container) {
                    Ok(it) => it,
                    Err(e) if self.exc_matches(&e, "TypeError") => {
                        return self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)));
                    }
                    Err(e) => return Err(e),
                };
                while let Some(v) = self.next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))
    }

    pub fn contains_builtin(&mut self, container: &Value, item: &Value) -> PyResult<Option<bool>> {
        let Value::Obj(o) = container else { return Ok(None) };
        match &o.payload {
            Payload::MappingProxy(d) => {
                let d = d.clone();
                self.contains(&d, item).map(Some)
            }
            Payload::Str(s) => match item {
                Value::Obj(io) => match &io.payload {
                    Payload::Str(sub) => Ok(Some(crate::str::contains(s, sub))),
                    _ => self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item))),
                },
                _ => self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item))),
            },
            Payload::List(l) => {
                let n = l.borrow().len();
                for i in 0..n {
                    let v = match l.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => break,
                    };
                    if self.eq(&v, item)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
            Payload::Tuple(t) => {
                for v in t.iter() {
                    if self.eq(v, item)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
            Payload::Deque(_) => crate::methods::deque::contains(self, container, item).map(Some),
            Payload::Dict(d) => {
                let h = self.hash(item)?;
                Ok(Some(crate::dictops::lookup(self, d, item, h)?.is_some()))
            }
            Payload::Set(s) => Ok(Some(crate::dictops::set_contains(self, s, item)?)),
            Payload::BigRange(r) => match as_int(item) {
                Some(i) => Ok(Some(r.contains(&i.to_big()))),
                None => Ok(Some(false)),
            },
            Payload::Range { start, stop, step } => {
                let Some(IntVal::Small(i)) = as_int(item) else {
                    if as_int(item).is_some() {
                        return Ok(Some(false));
                    }
                    // Non-int: equality scan.
                    let items = self.iterate(container)?;
                    for v in items {
                        if self.eq(&v, item)? {
                            return Ok(Some(true));
                        }
                    }
                    return Ok(Some(false));
                };
                let (start, stop, step) = (*start, *stop, *step);
                let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                Ok(Some(inside && (i - start) % step == 0))
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let hay = self.bytes_like(container)?;
                let needle = match self.index_of(item)? {
                    Some(i) if (0..256).contains(&i) => vec![i as u8],
                    Some(_) => return self.value_error("byte must be in range(0, 256)"),
                    None => crate::methods::bytes_search::buffer_arg(self, item)?,
                };
                Ok(Some(crate::methods::bytes_search::find_in(&hay, &needle, false).is_some()))
            }
            Payload::DictView { dict, kind } => {
                let dict = dict.clone();
                match kind {
                    crate::object::ViewKind::Keys => self.contains_builtin(&dict, item),
                    crate::object::ViewKind::Items => {
                        let Value::Obj(t) = item else { return Ok(Some(false)) };
                        let Payload::Tuple(kv) = &t.payload else { return Ok(Some(false)) };
                        if kv.len() != 2 {
                            return Ok(Some(false));
                        }
                        let Value::Obj(d) = &dict else { return Ok(Some(false)) };
                        let Payload::Dict(dd) = &d.payload else { return Ok(Some(false)) };
                        match crate::dictops::dict_get(self, dd, &kv[0])? {
                            Some(v) => Ok(Some(self.eq(&v, &kv[1])?)),
                            None => Ok(Some(false)),
                        }
                    }
                    crate::object::ViewKind::Values => {
                        for v in self.iterate(container)? {
                            if self.eq(&v, item)? {
                                return Ok(Some(true));
                            }
                        }
                        Ok(Some(false))
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// The items of a list or tuple (cloned), empty otherwise.
    pub fn seq_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(l) => l.borrow().clone(),
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        }
    }
}

/// Comparison of inline numbers and exact strs without dispatch.
#[inline]
pub fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(ord_matches(x.cmp(y), op)),
        (Value::Float(x), Value::Float(y)) => Some(compare_floats(*x, *y, op)),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            // Lone surrogates: the generic path (which compares true texts).
            (Payload::Str(s1), Payload::Str(s2))
                if !x.class().as_type().map(|t| t.heap).unwrap_or(true)
                    && !y.class().as_type().map(|t| t.heap).unwrap_or(true)
                    && !(s1.has_surrogates() | s2.has_surrogates()) =>
            {
                Some(ord_matches(s1.as_str().cmp(s2.as_str()), op))
            }
            _ => None,
        },
        (Value::None, Value::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => Some(op == CmpOp::Eq),
        _ => None,
    }
}

/// A float comparison as IEEE defines it (every order test false on NaN).
#[inline(always)]
pub fn compare_floats(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// The orderings (bit 0 less, bit 1 equal, bit 2 greater) for which the
/// comparison with argument `arg` (an index into `CMPOPS`) holds, as
/// CPython's COMPARE_OP_INT_JUMP masks: a test without a branch per operator.
#[inline(always)]
pub fn cmp_mask(arg: u32) -> u8 {
    // Indexed by the argument's low 3 bits (`verify` keeps it below 6).
    const MASKS: [u8; 8] = [0b001, 0b011, 0b010, 0b101, 0b100, 0b110, 0, 0];
    MASKS[(arg & 7) as usize]
}

/// Whether `o` is one of the orderings in `mask` (see [`cmp_mask`]).
#[inline(always)]
pub fn ord_in_mask(o: std::cmp::Ordering, mask: u8) -> bool {
    (mask >> (o as i8 + 1)) & 1 != 0
}

#[inline(always)]
pub fn ord_matches(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// A number for exact mixed int/float comparison.
pub enum Num {
    F(f64),
    I(num_bigint::BigInt),
}

fn float_or_int(v: &Value) -> Option<Num> {
    match v {
        Value::Float(f) => Some(Num::F(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Num::F(*f)),
            _ => as_int(v).map(|i| Num::I(i.to_big())),
        },
        _ => as_int(v).map(|i| Num::I(i.to_big())),
    }
}

/// Exact comparison between ints and floats (no rounding of big ints).
fn compare_num(a: &Num, b: &Num, op: CmpOp) -> bool {
    match (a, b) {
        (Num::F(x), Num::F(y)) => fast_compare(&Value::Float(*x), &Value::Float(*y), op).unwrap_or(false),
        (Num::I(x), Num::I(y)) => ord_matches(x.cmp(y), op),
        (Num::F(x), Num::I(y)) => match cmp_float_int(*x, y) {
            Some(o) => ord_matches(o, op),
            None => op == CmpOp::Ne,
        },
        (Num::I(x), Num::F(y)) => match cmp_float_int(*y, x) {
            Some(o) => ord_matches(o.reverse(), op),
            None => op == CmpOp::Ne,
        },
    }
}

fn cmp_float_int(f: f64, i: &num_bigint::BigInt) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    let fl = f.floor();
    let fi = num_bigint::BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 { fi } else { big_from_f64(fl) };
    match fi.cmp(i) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// An integral f64 as a big integer, exactly.
pub fn big_from_f64(f: f64) -> num_bigint::BigInt {
    let (m, e) = crate::int::frexp(f);
    let mant = (m * 2f64.powi(53)) as i64;
    let e = e - 53;
    let b = num_bigint::BigInt::from(mant);
    if e >= 0 {
        b << e as usize
    } else {
        b >> (-e) as usize
    }
}

#[allow(dead_code)]
fn _unused(_: Obj) {}
