//! `round(x, ndigits)` for floats: the exact decimal value of `x` rounded
//! half to even at `10**-ndigits`, then read back as the nearest float.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow};

use crate::error::FormatError;

/// Past this many digits after the point every float is already exact.
const NDIGITS_MAX: i64 = 323;
/// Below this every finite float rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`. Infinities, NaN and zeros come back unchanged; a
/// result too large for a float is `OverflowError: rounded value too
/// large to represent`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        // Rust's fixed formatting rounds the exact value half to even.
        format!("{:.*}", ndigits as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `x` rounded half to even to a multiple of `10**k`, `k >= 1`.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    let scale: BigInt = BigInt::from(10u32).pow(k);
    let (num, den) =
        if exp >= 0 { (BigInt::from(mantissa) << exp as usize, scale) } else { (BigInt::from(mantissa), scale << (-exp) as usize) };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigInt::one();
    }
    let v = format!("{q}e{k}").parse::<f64>().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}
