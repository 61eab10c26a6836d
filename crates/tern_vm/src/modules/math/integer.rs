//! The integer functions: `floor`/`ceil`/`trunc` (through the `__floor__`
//! ... protocol), `gcd`, `lcm`, `factorial`, `comb`, `perm` and `isqrt`,
//! with CPython's argument conversions (`__index__`) and errors.

use super::{arity, num};
use crate::function::Args;
use crate::int::as_int;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A float rounded to an int, as `PyLong_FromDouble` does.
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    Ok(match tern_format::f64_to_bigint(x) {
        Some(b) => vm.new_bigint(b),
        None => Value::Int(0),
    })
}

/// `floor`/`ceil`: ints are their own value, other non-floats are asked
/// for `__floor__`/`__ceil__`, then anything convertible to float is.
fn int_round(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64, dunder: &'static str) -> PyResult {
    arity(vm, name, args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(i) = as_int(v) {
        return Ok(vm.new_bigint(i.to_big()));
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(m) = vm.user_special(v, dunder) {
            return vm.call(&m, Args::new(&[v.clone()]));
        }
    }
    let x = num(vm, v)?;
    float_to_int(vm, f(x))
}

pub fn floor(vm: &mut Vm, args: Args) -> PyResult {
    int_round(vm, &args, "floor", f64::floor, "__floor__")
}

pub fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    int_round(vm, &args, "ceil", f64::ceil, "__ceil__")
}

/// `trunc`: floats and ints directly, anything else by its `__trunc__`.
pub fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "trunc", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(i) = as_int(v) {
        return Ok(vm.new_bigint(i.to_big()));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, x.trunc());
    }
    if let Some(m) = vm.user_special(v, "__trunc__") {
        return vm.call(&m, Args::new(&[v.clone()]));
    }
    if let Value::Obj(o) = v {
        if let Payload::Float(x) = o.payload {
            // A float subclass without its own __trunc__.
            return float_to_int(vm, x.trunc());
        }
    }
    let tn = vm.type_name(v);
    vm.type_error(format!("type {tn} doesn't define __trunc__ method"))
}

/// `operator.index(v)` as a big int.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match vm.index_value(v)? {
        Some(r) => Ok(as_int(&r).map(|i| i.to_big()).unwrap_or_default()),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn all_ints(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("math.{name}() takes no keyword arguments"));
    }
    args.pos.iter().map(|a| index_big(vm, a)).collect()
}

pub fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    let v = all_ints(vm, &args, "gcd")?;
    let g = v.iter().fold(BigInt::zero(), |a, b| a.gcd(b));
    Ok(vm.new_bigint(g))
}

pub fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    let v = all_ints(vm, &args, "lcm")?;
    let mut l = match v.first() {
        Some(a) => a.abs(),
        None => BigInt::one(),
    };
    for b in &v[1.min(v.len())..] {
        l = if l.is_zero() || b.is_zero() { BigInt::zero() } else { (&l / l.gcd(b) * b).abs() };
    }
    Ok(vm.new_bigint(l))
}

/// The product of the integers in `lo..hi`, by binary splitting (fast
/// for long ranges: big multiplications of balanced sizes).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut r = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    r *= small;
                    small = i;
                }
            }
        }
        return r * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// The product of the `k` integers below or at `n`: n * (n-1) * ... * (n-k+1).
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if let Some(n) = n.to_u64() {
        return range_product(n + 1 - k, n + 1);
    }
    fn go(n: &BigInt, k: u64) -> BigInt {
        if k <= 8 {
            return (0..k).fold(BigInt::one(), |acc, i| acc * (n - i));
        }
        let j = k / 2;
        go(n, j) * go(&(n - j), k - j)
    }
    go(n, k)
}

fn factorial_of(vm: &mut Vm, v: &Value) -> PyResult {
    let n = match (v, vm.index_value(v)?) {
        (_, Some(r)) => as_int(&r).map(|i| i.to_big()).unwrap_or_default(),
        _ => {
            let tn = vm.type_name(v);
            return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
        }
    };
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return vm.overflow_error(&format!("factorial() argument should not exceed {}", i64::MAX));
    };
    Ok(vm.new_bigint(range_product(2, n as u64 + 1)))
}

pub fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "factorial", &args, 1, 1)?;
    factorial_of(vm, &args.pos[0])
}

/// n and k for comb/perm, checked non-negative.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

pub fn comb(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "comb", &args, 2, 2)?;
    let (n, k) = n_k(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(&n - &k, k);
    let Some(k) = k.to_i64() else {
        return vm.overflow_error(&format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let k = k as u64;
    let r = falling_product(&n, k) / range_product(2, k + 1);
    Ok(vm.new_bigint(r))
}

pub fn perm(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "perm", &args, 1, 2)?;
    let k = match args.pos.get(1) {
        Some(k) if !k.is_none() => k,
        _ => return factorial_of(vm, &args.pos[0]),
    };
    let (n, k) = n_k(vm, &args.pos[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return vm.overflow_error(&format!("k must not exceed {}", i64::MAX));
    };
    Ok(vm.new_bigint(falling_product(&n, k as u64)))
}

pub fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "isqrt", &args, 1, 1)?;
    let n = index_big(vm, &args.pos[0])?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(vm.new_bigint(n.sqrt()))
}
