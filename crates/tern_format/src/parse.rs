//! `int(str, base)` and `float(str)`: CPython's rules for text to number.
//!
//! Both first map non-ASCII decimal digits to ASCII digits and non-ASCII
//! whitespace to a space (any other non-ASCII character makes the string
//! invalid), then strip ASCII whitespace from both ends.

use num_bigint::BigInt;
use num_traits::Num;

use crate::error::FormatError;
use crate::unicode::{decimal_value, is_ascii_space, is_non_ascii_space};

/// Why [`parse_int_limited`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not an integer in that base: the caller raises
    /// `ValueError: invalid literal for int() with base N: '...'`.
    Invalid,
    /// A decimal-ish (non power-of-two base) string with this many digits,
    /// over the `sys.set_int_max_str_digits()` limit; see
    /// [`int_str_limit_error`].
    TooManyDigits(usize),
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The `ValueError` for a string→int conversion over the digit limit.
pub fn int_str_limit_error(limit: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Maps to ASCII as described in the module doc, or `None` if some
/// character can never be valid.
fn to_ascii(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else if is_non_ascii_space(c) {
            out.push(' ');
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

fn trim_ascii_space(s: &str) -> &str {
    s.trim_matches(is_ascii_space)
}

/// `int(s, base)` with no digit limit. `base` is 0 (infer from a
/// `0x`/`0o`/`0b` prefix, else decimal without leading zeros) or 2..=36;
/// the caller rejects other bases with `int() base must be >= 2 and <= 36,
/// or 0`. `Err(())` means `invalid literal for int()`.
#[allow(clippy::result_unit_err)]
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    parse_int_limited(s, base, 0).map_err(|_| ())
}

/// The value of an ASCII digit or letter as a digit, 99 for anything else.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` under a `sys.set_int_max_str_digits()` limit (0 for
/// none), which applies to bases that are not powers of two. As in
/// CPython, the limit is checked once the digits have been read, before
/// any trailing junk is looked at.
pub fn parse_int_limited(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, ParseIntError> {
    use ParseIntError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let ascii = to_ascii(s).ok_or(Invalid)?;
    let b = ascii.as_bytes();
    let mut i = b.iter().take_while(|&&c| is_ascii_space(char::from(c))).count();
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let mut base = base;
    let mut prefixed = false;
    if b.get(i) == Some(&b'0') {
        let p = match b.get(i + 1).map(u8::to_ascii_lowercase) {
            Some(b'x') => 16,
            Some(b'o') => 8,
            Some(b'b') => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            base = p;
            prefixed = true;
            i += 2;
        }
    }
    let inferred_decimal = base == 0;
    if inferred_decimal {
        base = 10;
    }
    if prefixed && b.get(i) == Some(&b'_') {
        i += 1;
    }
    let start = i;
    let mut ndigits = 0usize;
    let mut after_underscore = false;
    while let Some(&c) = b.get(i) {
        if digit_value(c) < base {
            ndigits += 1;
            after_underscore = false;
        } else if c == b'_' && ndigits > 0 && !after_underscore {
            after_underscore = true;
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 || after_underscore {
        return Err(Invalid);
    }
    let run = &b[start..i];
    if inferred_decimal && run[0] == b'0' && run.iter().any(|&c| c != b'0' && c != b'_') {
        return Err(Invalid);
    }
    if max_str_digits > 0 && !base.is_power_of_two() && ndigits > max_str_digits {
        return Err(ParseIntError::TooManyDigits(ndigits));
    }
    if !b[i..].iter().all(|&c| is_ascii_space(char::from(c))) {
        return Err(Invalid);
    }
    let digits: String = run.iter().filter(|&&c| c != b'_').map(|&c| char::from(c)).collect();
    let magnitude = if ndigits <= 12 {
        BigInt::from(u64::from_str_radix(&digits, base).map_err(|_| Invalid)?)
    } else {
        BigInt::from_str_radix(&digits, base).map_err(|_| Invalid)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// Reads `digit (['_'] digit)*` at `*i` into `out` (without the
/// underscores) and returns how many digits it read. A misplaced
/// underscore ends the part, which leaves it for the caller to reject.
fn digit_part(b: &[u8], i: &mut usize, out: &mut String) -> usize {
    let mut n = 0;
    while let Some(&c) = b.get(*i) {
        if c.is_ascii_digit() {
            out.push(char::from(c));
            n += 1;
        } else if c == b'_' && n > 0 && b.get(*i + 1).is_some_and(u8::is_ascii_digit) {
            // An underscore between two digits: skip it.
        } else {
            break;
        }
        *i += 1;
    }
    n
}

/// `float(s)`: decimal notation with optional sign, point, exponent and
/// underscores between digits, or `inf`, `infinity`, `nan` in any case.
/// Correctly rounded; out-of-range values become ±inf or ±0.0. `Err(())`
/// means `could not convert string to float`.
#[allow(clippy::result_unit_err)]
pub fn parse_float(s: &str) -> Result<f64, ()> {
    let ascii = to_ascii(s).ok_or(())?;
    let t = trim_ascii_space(&ascii);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let value = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let b = body.as_bytes();
        let mut clean = String::with_capacity(b.len());
        let mut i = 0;
        let mut mantissa_digits = digit_part(b, &mut i, &mut clean);
        if b.get(i) == Some(&b'.') {
            clean.push('.');
            i += 1;
            mantissa_digits += digit_part(b, &mut i, &mut clean);
        }
        if mantissa_digits == 0 {
            return Err(());
        }
        if let Some(b'e' | b'E') = b.get(i) {
            clean.push('e');
            i += 1;
            if let Some(&sign @ (b'+' | b'-')) = b.get(i) {
                clean.push(char::from(sign));
                i += 1;
            }
            if digit_part(b, &mut i, &mut clean) == 0 {
                return Err(());
            }
        }
        if i != b.len() {
            return Err(());
        }
        clean.parse::<f64>().map_err(|_| ())?
    };
    Ok(if negative { -value } else { value })
}
