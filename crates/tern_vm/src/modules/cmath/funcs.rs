//! The complex functions of `cmath`, computed as CPython 3.11's
//! `cmathmodule.c` computes them (the same formulas, scalings and branch
//! cuts, so results agree to the last bit where the C library agrees).
//!
//! Each function returns its value and an `Errno`, as the C code does: a
//! caller decides what an error means (a later call may clear it, as in
//! `log(z, base)`). Non-finite arguments are answered from the special
//! value tables of `tables.rs`.

use super::tables::{self, Table};
use std::f64::consts::{E, LN_2, PI};

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

/// What C's `errno` says after a function: nothing, EDOM or ERANGE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    Ok,
    Domain,
    Range,
}

pub type Out = (C, Errno);

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const MANT_DIG: i32 = f64::MANTISSA_DIGITS as i32;
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

extern "C" {
    // The C library's asinh (Rust's f64::asinh is its own formula, which
    // differs from glibc's in the last bit for some arguments).
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
}

fn m_asinh(x: f64) -> f64 {
    // SAFETY: asinh is a pure function of one double.
    unsafe { libm_asinh(x) }
}

/// `x * 2**e`, exact for the power-of-two scalings used here.
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The index of a double's kind in a special-value table.
fn kind(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

/// The table's entry for `x + iy`.
fn lookup(t: &Table, x: f64, y: f64) -> C {
    let (re, im) = t[kind(x)][kind(y)];
    c(re, im)
}

/// The table's answer when a part of `z` is not finite.
fn special(z: C, t: &Table) -> Option<Out> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some((lookup(t, z.re, z.im), Errno::Ok))
}

fn neg(z: C) -> C {
    c(-z.re, -z.im)
}

/// `z` times `i`, and the inverse rotation, for the identities
/// `asin(z) = -i asinh(iz)` and friends.
fn times_i(z: C) -> C {
    c(-z.im, z.re)
}

fn times_minus_i(z: C) -> C {
    c(z.im, -z.re)
}

pub fn sqrt(z: C) -> Out {
    if let Some(r) = special(z, &tables::SQRT) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        (c(s, d.copysign(z.im)), Errno::Ok)
    } else {
        (c(d, s.copysign(z.im)), Errno::Ok)
    }
}

pub fn acos(z: C) -> Out {
    if let Some(r) = special(z, &tables::ACOS) {
        return r;
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 { -l.copysign(z.im) } else { l.copysign(-z.im) };
        c(z.im.abs().atan2(z.re), im)
    } else {
        let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(c(1.0 + z.re, z.im)).0;
        c(2.0 * s1.re.atan2(s2.re), m_asinh(s2.re * s1.im - s2.im * s1.re))
    };
    (r, Errno::Ok)
}

pub fn acosh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ACOSH) {
        return r;
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        c((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0, z.im.atan2(z.re))
    } else {
        let s1 = sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = sqrt(c(z.re + 1.0, z.im)).0;
        c(m_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re))
    };
    (r, Errno::Ok)
}

pub fn asinh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ASINH) {
        return r;
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(c(1.0 - z.im, z.re)).0;
        c(m_asinh(s1.re * s2.im - s2.re * s1.im), z.im.atan2(s1.re * s2.re - s1.im * s2.im))
    };
    (r, Errno::Ok)
}

pub fn asin(z: C) -> Out {
    let (s, e) = asinh(times_i(z));
    (times_minus_i(s), e)
}

pub fn atanh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ATANH) {
        return r;
    }
    if z.re < 0.0 {
        // atanh(z) = -atanh(-z): work with a non-negative real part.
        let (r, e) = atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        // Large |z|: atanh(z) ~ 1/z +- i pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        (c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)), Errno::Ok)
    } else if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            (c(f64::INFINITY, z.im), Errno::Domain)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            (c(re, (2f64.atan2(-ay) / 2.0).copysign(z.im)), Errno::Ok)
        }
    } else {
        let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
        let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
        (c(re, im), Errno::Ok)
    }
}

pub fn atan(z: C) -> Out {
    let (s, e) = atanh(times_i(z));
    (times_minus_i(s), e)
}

/// Errno after a finite computation: ERANGE when it overflowed.
fn overflow_check(r: C) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

/// `(cos y, sin y)` scaled to infinities, for `f(+-inf + iy)` with `y`
/// finite and nonzero.
fn inf_direction(y: f64) -> (f64, f64) {
    (f64::INFINITY.copysign(y.cos()), f64::INFINITY.copysign(y.sin()))
}

pub fn cosh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cr, ci) = inf_direction(z.im);
            if z.re > 0.0 {
                c(cr, ci)
            } else {
                c(cr, -ci)
            }
        } else {
            lookup(&tables::COSH, z.re, z.im)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        // cosh(x) overflows before cosh(x) * cos(y) does.
        let x1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x1.cosh() * E, z.im.sin() * x1.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    (r, overflow_check(r))
}

pub fn sinh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cr, ci) = inf_direction(z.im);
            if z.re > 0.0 {
                c(cr, ci)
            } else {
                c(-cr, ci)
            }
        } else {
            lookup(&tables::SINH, z.re, z.im)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        let x1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x1.sinh() * E, z.im.sin() * x1.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    (r, overflow_check(r))
}

pub fn tanh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(&tables::TANH, z.re, z.im)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        c(1f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp())
    } else {
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

pub fn cos(z: C) -> Out {
    cosh(times_i(z))
}

pub fn sin(z: C) -> Out {
    let (s, e) = sinh(times_i(z));
    (times_minus_i(s), e)
}

pub fn tan(z: C) -> Out {
    let (s, e) = tanh(times_i(z));
    (times_minus_i(s), e)
}

pub fn exp(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                let (cr, ci) = inf_direction(z.im);
                c(cr, ci)
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            lookup(&tables::EXP, z.re, z.im)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY) { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    (r, overflow_check(r))
}

pub fn log(z: C) -> Out {
    if let Some(r) = special(z, &tables::LOG) {
        return r;
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale up first.
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * LN_2
        } else {
            return (c(f64::NEG_INFINITY, z.im.atan2(z.re)), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::Ok)
}

pub fn log10(z: C) -> Out {
    let (r, e) = log(z);
    (c(r.re / std::f64::consts::LN_10, r.im / std::f64::consts::LN_10), e)
}

/// `a / b` as CPython's `_Py_c_quot` (EDOM for a zero divisor).
pub fn quot(a: C, b: C) -> Out {
    let abs_br = b.re.abs();
    let abs_bi = b.im.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (c(0.0, 0.0), Errno::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        (c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom), Errno::Ok)
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        (c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom), Errno::Ok)
    } else {
        (c(f64::NAN, f64::NAN), Errno::Ok)
    }
}

/// The argument of `z`, with C99's answers for infinities.
pub fn phase(z: C) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        if z.re.is_infinite() {
            let q = if z.re.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(z.im);
        }
        return (0.5 * PI).copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        return if z.re.is_sign_positive() { 0f64.copysign(z.im) } else { PI.copysign(z.im) };
    }
    z.im.atan2(z.re)
}

/// `phase(z)` and the errno the C library's `atan2` leaves: glibc sets
/// ERANGE when a nonzero `y / x` underflows to zero (CPython's
/// `cmath.phase(1e300+1e-310j)` raises OverflowError for it).
pub fn phase_errno(z: C) -> (f64, Errno) {
    let r = phase(z);
    let reached_atan2 = z.re.is_finite() && z.im.is_finite() && z.im != 0.0;
    (r, if reached_atan2 && r == 0.0 { Errno::Range } else { Errno::Ok })
}

/// `abs(z)` as CPython's `_Py_c_abs` (ERANGE when it overflows).
pub fn abs(z: C) -> (f64, Errno) {
    if z.re.is_infinite() {
        return (z.re.abs(), Errno::Ok);
    }
    if z.im.is_infinite() {
        return (z.im.abs(), Errno::Ok);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return (f64::NAN, Errno::Ok);
    }
    let r = z.re.hypot(z.im);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

pub fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (cr, ci) = inf_direction(phi);
            if r > 0.0 {
                c(cr, ci)
            } else {
                c(-cr, -ci)
            }
        } else {
            lookup(&tables::RECT, r, phi)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { Errno::Domain } else { Errno::Ok };
        return (z, e);
    }
    if phi == 0.0 {
        return (c(r, r * phi), Errno::Ok);
    }
    (c(r * phi.cos(), r * phi.sin()), Errno::Ok)
}

pub fn isclose(a: C, b: C, rel_tol: f64, abs_tol: f64) -> bool {
    if a.re == b.re && a.im == b.im {
        return true;
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return false;
    }
    let diff = abs(c(a.re - b.re, a.im - b.im)).0;
    diff <= rel_tol * abs(b).0 || diff <= rel_tol * abs(a).0 || diff <= abs_tol
}
