//! Accurate sums: `fsum` (Shewchuk's exact partials, as CPython's
//! `math_fsum`), `hypot` and `dist` (CPython's `vector_norm`: power-of-two
//! scaling, Veltkamp-Dekker squaring, compensated summation and a
//! correction of the square root), and `prod`.

use super::{arity, libm, num};
use crate::function::Args;
use crate::value::Value;
use crate::{PyResult, Vm};

/// sqrt(sum(x**2 for x in v)) for |x| values `v`, `max` their maximum,
/// `found_nan` whether one of them is a nan.
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    /// 2**27 + 1: splits a double into two halves of 26 bits.
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::int::frexp(max);
    // csum starts at 1.0 so that it dominates every term added (the 1.0
    // is taken back out at the end); frac1..3 hold the rounding errors.
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead of scaling.
        for &x in v {
            let x = x / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * libm::sqrt(csum - 1.0 + frac1);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &x in v {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Subtract h**2 exactly from the sum, and correct h to first order.
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// Absolute values of `xs`, their maximum, and whether one is a nan.
fn magnitudes(xs: impl IntoIterator<Item = f64>) -> (Vec<f64>, f64, bool) {
    let (mut max, mut found_nan) = (0.0f64, false);
    let v = xs
        .into_iter()
        .map(|x| {
            let x = x.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    (v, max, found_nan)
}

pub fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return vm.type_error("math.hypot() takes no keyword arguments");
    }
    let mut xs = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        xs.push(num(vm, a)?);
    }
    let (v, max, found_nan) = magnitudes(xs);
    Ok(Value::float(vector_norm(&v, max, found_nan)))
}

pub fn dist(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "dist", &args, 2, 2)?;
    let p = vm.iterate(&args.pos[0])?;
    let q = vm.iterate(&args.pos[1])?;
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let (a, b) = (num(vm, a)?, num(vm, b)?);
        diffs.push(a - b);
    }
    let (v, max, found_nan) = magnitudes(diffs);
    Ok(Value::float(vector_norm(&v, max, found_nan)))
}

/// The correctly rounded sum of the floats of an iterable.
pub fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "fsum", &args, 1, 1)?;
    let items = vm.iterate(&args.pos[0])?;
    // Non-overlapping partial sums, increasing in magnitude, whose exact
    // sum is the exact sum of the items so far.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for it in &items {
        let xsave = num(vm, it)?;
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan item, or an intermediate overflow.
                if xsave.is_finite() {
                    return vm.overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return vm.value_error("-inf + inf in fsum");
        }
        return Ok(Value::float(special_sum));
    }
    let Some(mut hi) = partials.pop() else { return Ok(Value::float(0.0)) };
    // Add the partials from the top until the sum becomes inexact.
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half-even across partials: if the rest of the partials push
    // the same way as lo, a tie in hi + lo is not a tie.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// `prod(iterable, /, *, start=1)`.
pub fn prod(vm: &mut Vm, args: Args) -> PyResult {
    let given = args.pos.len() + args.kwnames.len();
    if given > 2 {
        return vm.type_error(format!("prod() takes at most 2 arguments ({given} given)"));
    }
    if args.pos.len() != 1 {
        return vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.pos.len()));
    }
    if let Some(k) = args.kwnames.iter().find(|k| crate::builtins::str_of(k) != Some("start")) {
        let k = crate::builtins::str_of(k).unwrap_or_default().to_string();
        return vm.type_error(format!("'{k}' is an invalid keyword argument for prod()"));
    }
    let mut acc = args.kw("start").cloned().unwrap_or(Value::Int(1));
    for it in vm.iterate(&args.pos[0])? {
        acc = vm.binary_op(&acc, &it, tern_bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}
