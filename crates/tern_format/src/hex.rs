//! `float.hex()` and `float.fromhex()`.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::error::FormatError;
use crate::unicode::is_ascii_space;

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`,
/// `inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{fraction:013x}p-1022")
    } else {
        format!("{sign}0x1.{fraction:013x}p{:+}", biased - 1023)
    }
}

const INVALID: &str = "invalid hexadecimal floating-point string";
const TOO_LARGE: &str = "hexadecimal value too large to represent as a float";

/// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p'
/// [sign] decimal]` (or inf/infinity/nan), surrounded by ASCII whitespace;
/// correctly rounded, half to even.
pub fn float_from_hex(s: &str) -> Result<f64, FormatError> {
    let t = s.trim_matches(is_ascii_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_hex_magnitude(body)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

fn parse_hex_magnitude(body: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::value(INVALID);
    let b = body.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        i = 2;
    }
    let mut digits = String::new();
    let int_start = i;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        i += 1;
    }
    digits.push_str(&body[int_start..i]);
    let mut frac_len = 0i64;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        frac_len = (i - frac_start) as i64;
        digits.push_str(&body[frac_start..i]);
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if let Some(b'p' | b'P') = b.get(i) {
        i += 1;
        let exp_negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: anything this large overflows or underflows anyway.
            exp = (exp * 10 + i64::from(b[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    // As in CPython, overflow is reported before trailing junk.
    let mantissa = BigInt::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?;
    let value = if mantissa.is_zero() {
        0.0
    } else {
        // value = mantissa * 2^e
        let e = exp.saturating_sub(frac_len.saturating_mul(4));
        compose(&mantissa, e).ok_or_else(|| FormatError::overflow(TOO_LARGE))?
    };
    if i != b.len() {
        return Err(invalid());
    }
    Ok(value)
}

/// The float nearest `m * 2^e` (m > 0), ties to even; `None` on overflow.
fn compose(m: &BigInt, e: i64) -> Option<f64> {
    let nbits = m.bits() as i64;
    // m·2^e lies in [2^(top-1), 2^top).
    let top = nbits.saturating_add(e);
    if top > 1024 {
        return None;
    }
    if top < -1075 {
        return Some(0.0);
    }
    // Exponent of the last kept bit: 53 bits, but not below 2^-1074.
    let q = (top - 53).max(-1074);
    let mut mant: u64 = if e >= q {
        (m << (e - q) as usize).to_u64()?
    } else {
        let shift = (q - e) as u64;
        let kept = (m >> shift).to_u64()?;
        let half_bit = m.bit(shift - 1);
        let below_half = m.trailing_zeros().is_some_and(|tz| tz < shift - 1);
        if half_bit && (below_half || kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    let mut q = q;
    if mant == 1 << 53 {
        mant >>= 1;
        q += 1;
    }
    if mant < 1 << 52 {
        // Subnormal (q is -1074) or zero.
        return Some(f64::from_bits(mant));
    }
    let biased = q + 52 + 1023;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (mant & ((1 << 52) - 1))))
}
