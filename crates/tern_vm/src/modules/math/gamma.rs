//! `gamma` and `lgamma`, computed as CPython 3.11 computes them (it does not
//! call the C library's `tgamma`/`lgamma`): the Lanczos approximation with
//! N = 13 and g = 6.024680040776729583740234375 written as a rational
//! function, a correction for the rounding of `x + g - 0.5`, the reflection
//! formula for negative `x`, and exact values for small integers.

use super::libm::{self, Errno};

const PI: f64 = std::f64::consts::PI;
/// log(pi).
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// Lanczos' g, and g - 0.5 (both exact doubles).
#[allow(clippy::excessive_precision)]
const G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos sum as a rational function (the
/// Boost library's values for N = 13).
#[allow(clippy::excessive_precision)]
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: those of x(x+1)...(x+11), constant term first.
const DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

/// Gamma(n) = (n-1)! for n = 1..=23, all exact doubles.
const FACTORIALS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi * x) for finite `x`, exact at integers and accurate near them:
/// the argument is reduced to [0, 2) and then to a quarter period.
fn sin_pi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    // Which half-integer y is nearest to (C's round: ties away from zero).
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // sin(pi*(1-y)), not -sin(pi*(y-1)): +0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum L_g(x) for x > 0, as num(x)/den(x). For x >= 5 both
/// polynomials are evaluated in 1/x (scaled by x**-12), which avoids
/// overflow and is more accurate there.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUM.iter().zip(&DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in NUM.iter().zip(&DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// Gamma(x), and the errno CPython's `m_tgamma` sets.
pub fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Domain);
    }
    if x == 0.0 {
        // A pole: +-inf by the sign of the zero.
        return (f64::INFINITY.copysign(x), Errno::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Domain);
        }
        if x <= FACTORIALS.len() as f64 {
            return (FACTORIALS[x as usize - 1], Errno::Ok);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        // Gamma(x) ~ 1/x near 0.
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::Ok });
    }
    if ax > 200.0 {
        // Overflows for x > 200; underflows to +-0 for x < -200.
        if x < 0.0 {
            return (0.0 / sin_pi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    // y = ax + g - 0.5 rounded; z = the rounding error times g / y, which
    // corrects pow(y, ax - 0.5) / exp(y) to first order.
    let y = ax + G_MINUS_HALF;
    let err = if ax > G_MINUS_HALF { (y - ax) - G_MINUS_HALF } else { (y - G_MINUS_HALF) - ax };
    let z = err * G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * libm::exp(y) / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= libm::pow(y, ax - 0.5);
        } else {
            let half = libm::pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / libm::exp(y);
        r += z * r;
        if ax < 140.0 {
            r *= libm::pow(y, ax - 0.5);
        } else {
            let half = libm::pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

/// log|Gamma(x)|, and the errno CPython's `m_lgamma` sets.
pub fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(+-inf) = +inf.
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            // Poles at the non-positive integers.
            return (f64::INFINITY, Errno::Domain);
        }
        // lgamma(1) = lgamma(2) = 0.
        return (0.0, Errno::Ok);
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return (-libm::log(ax), Errno::Ok);
    }
    let mut r = libm::log(lanczos_sum(ax)) - G;
    r += (ax - 0.5) * (libm::log(ax + G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection: Gamma(x) Gamma(-x) = -pi / (x sin(pi x)).
        r = LOG_PI - libm::log(sin_pi(ax).abs()) - libm::log(ax) - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}
