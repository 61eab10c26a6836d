//! CPython 3.11's limit on int↔decimal-string conversions
//! (`sys.set_int_max_str_digits()`), for the caller to apply: `str(int)`,
//! `repr(int)`, `format(int, 'd' / 'n' / '')` and `%d` check it before
//! converting; [`parse_int_limited`](crate::parse_int_limited) checks it
//! when parsing.

use num_bigint::BigInt;

use crate::error::FormatError;

/// log10(2) ≈ 30102.9996 / 100000, as fractions just below and above it,
/// for safe bounds on a digit count.
const LOG10_2_BELOW: u128 = 30_102;
const LOG10_2_ABOVE: u128 = 30_103;
const LOG10_2_SCALE: u128 = 100_000;

/// `Ok` when `v` has at most `limit` decimal digits (0 means no limit),
/// else CPython's `ValueError`.
pub fn check_int_to_decimal_digits(v: &BigInt, limit: usize) -> Result<(), FormatError> {
    if limit == 0 {
        return Ok(());
    }
    let bits = u128::from(v.bits());
    let limit_wide = limit as u128;
    // A number of b bits has between floor((b-1)·log10 2)+1 and
    // floor(b·log10 2)+1 decimal digits.
    let low = bits.saturating_sub(1) * LOG10_2_BELOW / LOG10_2_SCALE + 1;
    let high = bits * LOG10_2_ABOVE / LOG10_2_SCALE + 1;
    let digits = if high <= limit_wide {
        return Ok(());
    } else if low > limit_wide {
        low
    } else {
        v.magnitude().to_string().len() as u128
    };
    if digits > limit_wide {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}
