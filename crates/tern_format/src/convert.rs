//! Exact conversions between `f64` and big integers, as `float(int)` and
//! `int(float)` do them.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `float(v)`: correctly rounded (ties to even); `None` when the result
/// would be infinite (CPython: `OverflowError: int too large to convert to
/// float`).
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let x = if bits <= 64 {
        mag.to_u64()? as f64
    } else {
        // Keep the top 64 bits and fold everything below into a sticky
        // bit: 64 > 53 + 2, so the one rounding `as f64` does is exact.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64()?;
        let sticky = u64::from(mag.trailing_zeros().is_some_and(|tz| tz < shift));
        let rounded = (top | sticky) as f64;
        let shift = i32::try_from(shift).ok()?;
        if shift > 1100 {
            return None;
        }
        rounded * 2f64.powi(shift)
    };
    if x.is_infinite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -x } else { x })
}

/// `int(x)`: truncates toward zero; `None` for infinities and NaN.
pub fn f64_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Some(BigInt::from(t as i64));
    }
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |t| >= 2^63 here, so exp > 0.
    let mag = BigInt::from(mant) << (exp.max(0) as usize);
    Some(if t < 0.0 { -mag } else { mag })
}
