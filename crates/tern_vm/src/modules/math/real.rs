//! The float functions that CPython wraps with its own special-value
//! handling: the logarithms (exact for huge ints), `pow`, `fmod`, the IEEE
//! `remainder`, `atan2`, `ldexp`/`frexp`/`modf`, `nextafter`/`ulp`,
//! `isclose`, and the trivial ones (`degrees`, `isnan`, ...).

use super::libm::{self, Errno};
use super::{arity, check, domain_error, math_1_f64, num, one_arg, range_error};
use crate::function::Args;
use crate::int::{as_int, IntVal};
use crate::value::Value;
use crate::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};
use std::f64::consts::PI;

/// `log1p`, keeping the sign of a zero argument.
pub fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

/// `atan2` with C99's special values decided here (CPython's `m_atan2`).
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            // +-pi/4 towards +inf, +-3pi/4 towards -inf.
            return if x.is_sign_positive() { (0.25 * PI).copysign(y) } else { (0.75 * PI).copysign(y) };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (even on
/// a tie). Exact: computed from `fmod(|x|, |y|)` and its complement.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = libm::fmod(ax, ay);
        // m < ay/2 exactly when m < ay - m (the subtraction is exact or
        // harmlessly inexact, whatever the magnitudes).
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // A tie: ax = n*ay + m with m = ay/2; fmod((ax - m)/2, ay) is m
            // for odd n and 0 for even n, all exactly.
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// CPython's `m_log`, `m_log2` and `m_log10`: special values here, and
/// positive finite arguments to the C library.
fn log_special(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        f(x)
    } else if x.is_nan() || x == f64::INFINITY {
        x
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log(x: f64) -> f64 {
    log_special(x, libm::log)
}

fn m_log2(x: f64) -> f64 {
    log_special(x, libm::log2)
}

fn m_log10(x: f64) -> f64 {
    log_special(x, libm::log10)
}

/// `(m, e)` with `0.5 <= m < 1` and `n ~ m * 2**e`, `m` correctly rounded
/// (CPython's `_PyLong_Frexp`), for a positive big int.
fn big_frexp(n: &num_bigint::BigInt) -> (f64, u64) {
    let mag = n.magnitude();
    let bits = mag.bits();
    let shift = bits.saturating_sub(64);
    let top = (mag >> shift).to_u64().unwrap_or(0);
    // Fold the bits shifted out into a sticky bit: one correct rounding.
    let sticky = u64::from(mag.trailing_zeros().is_some_and(|tz| tz < shift));
    let m = (top | sticky) as f64 / 2f64.powi(bits.min(64) as i32);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// CPython's `loghelper`: ints (however big) are handled here, anything
/// else goes through `math_1`.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let Some(i) = as_int(v) else {
        let x = num(vm, v)?;
        return math_1_f64(vm, x, f, false);
    };
    let big = match i {
        IntVal::Small(n) if n <= 0 => return domain_error(vm),
        IntVal::Small(n) => return Ok(f(n as f64)),
        IntVal::Big(b) => b,
    };
    if !big.is_positive() {
        return domain_error(vm);
    }
    if let Some(x) = tern_format::bigint_to_f64(big).filter(|x| x.is_finite()) {
        return Ok(f(x));
    }
    // Too big for a double: log(m * 2**e) = log(m) + log(2) * e.
    let (m, e) = big_frexp(big);
    Ok(f(m) + f(2.0) * e as f64)
}

pub fn log(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("log() takes no keyword arguments");
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return vm.type_error("math.log requires 1 to 2 arguments");
    }
    let x = loghelper(vm, &args.pos[0], m_log)?;
    let Some(base) = args.pos.get(1) else { return Ok(Value::float(x)) };
    let b = loghelper(vm, base, m_log)?;
    if b == 0.0 {
        return vm.zero_division("float division by zero");
    }
    Ok(Value::float(x / b))
}

pub fn log2(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "log2", &args, 1, 1)?;
    Ok(Value::float(loghelper(vm, &args.pos[0], m_log2)?))
}

pub fn log10(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "log10", &args, 1, 1)?;
    Ok(Value::float(loghelper(vm, &args.pos[0], m_log10)?))
}

fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    arity(vm, name, args, 2, 2)?;
    Ok((num(vm, &args.pos[0])?, num(vm, &args.pos[1])?))
}

/// `x ** y`: C99's special values decided here; a nan from finite
/// arguments is a domain error, and so is an infinity from `0 ** -y`,
/// while other infinities are overflows.
pub fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_args(vm, &args, "pow")?;
    let (r, e) = if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        (r, Errno::Ok)
    } else {
        let (r, mut e) = libm::call2(libm::pow, x, y);
        if r.is_nan() {
            e = Errno::Domain;
        } else if r.is_infinite() {
            e = if x == 0.0 { Errno::Domain } else { Errno::Range };
        }
        (r, e)
    };
    check(vm, r, e)?;
    Ok(Value::float(r))
}

pub fn fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_args(vm, &args, "fmod")?;
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let (r, mut e) = libm::call2(libm::fmod, x, y);
    if r.is_nan() {
        e = if !x.is_nan() && !y.is_nan() { Errno::Domain } else { Errno::Ok };
    }
    check(vm, r, e)?;
    Ok(Value::float(r))
}

/// `x * 2**i`; `i` must be an int, and is clamped to the C int range.
pub fn ldexp(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "ldexp", &args, 2, 2)?;
    let x = num(vm, &args.pos[0])?;
    let exp = match as_int(&args.pos[1]) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return vm.type_error("Expected an int as second argument to ldexp."),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    if exp > i32::MAX as i64 {
        return range_error(vm);
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::float(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, exp as i32);
    if r.is_infinite() {
        return range_error(vm);
    }
    Ok(Value::float(r))
}

pub fn frexp(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "frexp")?;
    let (m, e) = crate::int::frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

pub fn modf(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "modf")?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(vm.new_tuple(vec![Value::float(f), Value::float(i)]))
}

pub fn nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_args(vm, &args, "nextafter")?;
    Ok(Value::float(libm::nextafter(x, y)))
}

/// The value of the least significant bit of `x`.
pub fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "ulp")?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite double.
        return Ok(Value::float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

pub fn degrees(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "degrees")?;
    Ok(Value::float(x * (180.0 / PI)))
}

pub fn radians(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "radians")?;
    Ok(Value::float(x * (PI / 180.0)))
}

pub fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &args, "isnan")?.is_nan()))
}

pub fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &args, "isinf")?.is_infinite()))
}

pub fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &args, "isfinite")?.is_finite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: Boost's "weak" test.
pub fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    let (mut a, mut b) = (args.kw("a"), args.kw("b"));
    match args.pos.len() {
        0 => {}
        1 => a = Some(&args.pos[0]),
        2 => (a, b) = (Some(&args.pos[0]), Some(&args.pos[1])),
        n => return vm.type_error(format!("isclose() takes exactly 2 positional arguments ({n} given)")),
    }
    let Some(a) = a else { return vm.type_error("isclose() missing required argument 'a' (pos 1)") };
    let Some(b) = b else { return vm.type_error("isclose() missing required argument 'b' (pos 2)") };
    let (a, b) = (num(vm, a)?, num(vm, b)?);
    let rel_tol = match args.kw("rel_tol") {
        Some(v) => num(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kw("abs_tol") {
        Some(v) => num(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}
