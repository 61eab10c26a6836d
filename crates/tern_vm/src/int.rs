//! Integer arithmetic: inline i64 with overflow into big integers, and
//! Python's floor division, modulo, power and shift semantics.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use tern_bytecode::BinOp;

/// An int operand: inline or big.
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from(*i),
            IntVal::Big(b) => (*b).clone(),
        }
    }
    /// The value as a big integer, borrowed when it is one.
    pub fn as_big(&self) -> std::borrow::Cow<'_, BigInt> {
        match self {
            IntVal::Small(i) => std::borrow::Cow::Owned(BigInt::from(*i)),
            IntVal::Big(b) => std::borrow::Cow::Borrowed(b),
        }
    }
    pub fn to_f64(&self) -> f64 {
        match self {
            IntVal::Small(i) => *i as f64,
            IntVal::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntVal::Small(i) => *i == 0,
            IntVal::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntVal::Small(i) => *i < 0,
            IntVal::Big(b) => b.is_negative(),
        }
    }
}

/// The int value of an int, bool or int-subclass instance.
pub fn as_int(v: &Value) -> Option<IntVal<'_>> {
    match v {
        Value::Int(i) => Some(IntVal::Small(*i)),
        Value::Bool(b) => Some(IntVal::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => IntVal::Small(i),
                None => IntVal::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Big-int to f64 with Python's OverflowError.
pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => vm.overflow_error("int too large to convert to float"),
    }
}

pub fn int_to_f64(vm: &mut Vm, v: &IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(i) => Ok(*i as f64),
        IntVal::Big(b) => big_to_f64(vm, b),
    }
}

/// `x op y` for two inline ints when the result is an inline int and
/// nothing is raised (no zero divisor, no negative shift): the
/// specialized BINARY_OP_INT's hit. None sends the operation to
/// [`int_binop`].
#[inline]
pub fn small_binop(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        // Floor semantics: a remainder takes the divisor's sign.
        BinOp::Mod if y != 0 && y != -1 => {
            let r = x % y;
            Some(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        BinOp::FloorDiv if y != 0 && y != -1 => {
            let q = x / y;
            Some(if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q })
        }
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        BinOp::LShift if (0..63).contains(&y) && x.unsigned_abs() < (1u64 << (63 - y)) => Some(x << y),
        _ => None,
    }
}

/// `a op b` for ints; None for operators ints do not support.
pub fn int_binop(vm: &mut Vm, a: &IntVal, b: &IntVal, op: BinOp) -> PyResult<Option<Value>> {
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        if let Some(r) = small_binop(x, y, op) {
            return Ok(Some(Value::Int(r)));
        }
        // What `small_binop` leaves: errors, the -1 divisor, wide shifts,
        // true division and powers (and overflow, to the big path below).
        let r = match op {
            BinOp::FloorDiv | BinOp::Mod if y == 0 => {
                let msg = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                return vm.zero_division(msg);
            }
            BinOp::Mod => Some(0),
            BinOp::FloorDiv => x.checked_neg(),
            BinOp::TrueDiv => {
                if y == 0 {
                    return vm.zero_division("division by zero");
                }
                return Ok(Some(Value::Float(true_div_i64(x, y))));
            }
            BinOp::LShift | BinOp::RShift if y < 0 => return vm.value_error("negative shift count"),
            BinOp::LShift if x == 0 => Some(0),
            BinOp::RShift => Some(if x < 0 { -1 } else { 0 }),
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return vm.zero_division("0.0 cannot be raised to a negative power");
                    }
                    return Ok(Some(Value::Float((x as f64).powf(y as f64))));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else if x == 0 || x == 1 {
                    Some(x)
                } else if x == -1 {
                    Some(if y % 2 == 0 { 1 } else { -1 })
                } else {
                    None
                }
            }
            BinOp::MatMul => return Ok(None),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Some(Value::Int(r)));
        }
    }
    // Borrow big operands: cloning a number the size of the result would
    // double the memory traffic of every big-int operation.
    let (x, y) = (a.as_big(), b.as_big());
    let (x, y) = (&*x, &*y);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return vm.zero_division("integer division or modulo by zero");
            }
            crate::bigdiv::div_floor(x, y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return vm.zero_division("integer modulo by zero");
            }
            crate::bigdiv::div_mod_floor(x, y).1
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return vm.zero_division("division by zero");
            }
            return Ok(Some(Value::Float(big_true_div(vm, x, y)?)));
        }
        BinOp::LShift => {
            if y.is_negative() {
                return vm.value_error("negative shift count");
            }
            if x.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            // Results past 2**35 bits (4 GiB) fail as CPython's would when
            // its allocation fails, not as an abort of the process.
            match y.to_u64() {
                Some(s) if s.saturating_add(x.bits()) <= 1 << 35 => x << s as usize,
                _ => return Err(vm.bare_exception("MemoryError")),
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return vm.value_error("negative shift count");
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = big_to_f64(vm, x)?;
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                if xf == 0.0 {
                    return vm.zero_division("0.0 cannot be raised to a negative power");
                }
                return Ok(Some(Value::Float(xf.powf(yf))));
            }
            let Some(e) = y.to_u32() else {
                return vm.overflow_error("exponent too large");
            };
            num_traits::pow::Pow::pow(x, e)
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(vm.new_bigint(r)))
}

/// Correctly rounded int/int division for i64 operands.
fn true_div_i64(x: i64, y: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
        x as f64 / y as f64
    } else {
        big_true_div_f(&BigInt::from(x), &BigInt::from(y))
    }
}

fn big_true_div(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let r = big_true_div_f(x, y);
    if r.is_infinite() {
        return vm.overflow_error("integer division result too large for a float");
    }
    Ok(r)
}

/// x / y rounded to nearest f64 via scaling.
fn big_true_div_f(x: &BigInt, y: &BigInt) -> f64 {
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    let xb = x.bits() as i64;
    let yb = y.bits() as i64;
    // Scale so the quotient has 55+ bits, then round once.
    let shift = 55 - (xb - yb);
    let (n, d) = if shift > 0 { (x << shift as usize, y) } else { (x, y << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let f = q.to_f64().unwrap_or(f64::INFINITY);
    let val = f * 2f64.powi(-(shift as i32) - 1);
    if neg {
        -val
    } else {
        val
    }
}

/// Python's hash of an int: value mod 2**61 - 1, with sign; -1 becomes -2.
pub fn hash_int(v: &IntVal) -> i64 {
    const MODULUS: i64 = (1i64 << 61) - 1;
    let h = match v {
        IntVal::Small(i) => {
            let m = (i.unsigned_abs() % MODULUS as u64) as i64;
            if *i < 0 {
                -m
            } else {
                m
            }
        }
        IntVal::Big(b) => {
            let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a float (equal to the int hash for integral values).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    const BITS: i32 = 61;
    const MODULUS: u64 = (1u64 << 61) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits `f` into mantissa in [0.5, 1) and exponent.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
