//! Decimal digits of an `f64`, correctly rounded (ties to even on the exact
//! binary value), as CPython's dtoa gives them. Rust's own float formatting
//! computes exactly these digits; this module only takes them apart and
//! works around its precision limit (an `f64` never has more than 767
//! significant or 1074 fractional decimal digits, so anything past those is
//! zeros).

use crate::error::FormatError;
use crate::layout::push_repeat;

/// Most fractional digits any `f64` has (2^-1074).
const MAX_FRAC_DIGITS: usize = 1074;
/// More significant digits than any `f64` has (at most 767).
const MAX_SIG_DIGITS: usize = 800;

/// Significant digits and a decimal exponent: the value is
/// `d.ddd × 10^exp`, where `digits` holds the ASCII digits `dddd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub exp: i32,
}

/// Splits Rust's `{:e}` output for a non-negative finite value.
fn split_exp(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let mut digits = Vec::with_capacity(mantissa.len());
    digits.extend(mantissa.bytes().filter(u8::is_ascii_digit));
    Digits { digits, exp: exp.parse().unwrap_or(0) }
}

/// A fixed buffer for the short text of `{:e}`, to spare an allocation.
struct StackText {
    buf: [u8; 32],
    len: usize,
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// `format!("{x:e}")` without allocating (the shortest form of an `f64`
/// is at most 24 bytes).
fn shortest_text(x: f64, text: &mut StackText) -> Option<&str> {
    use std::fmt::Write;
    write!(text, "{x:e}").ok()?;
    std::str::from_utf8(&text.buf[..text.len]).ok()
}

/// The shortest digits that read back as `x` (finite, sign ignored). When
/// `x` lies exactly halfway between two such digit strings, CPython takes
/// the one ending in an even digit; Rust's formatter may take the other.
pub(crate) fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let mut text = StackText { buf: [0; 32], len: 0 };
    let d = match shortest_text(x, &mut text) {
        Some(s) => split_exp(s),
        None => split_exp(&format!("{x:e}")),
    };
    match d.digits.last() {
        Some(&last) if last % 2 == 1 => even_tie(x, &d).unwrap_or(d),
        _ => d,
    }
}

/// The significant digits of `x`'s exact decimal value as an integer, when
/// there are few enough of them that `x` could be a tie between two
/// shortest candidates (at most 18 digits); `None` otherwise.
fn exact_short_value(x: f64) -> Option<(u128, i32)> {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    if m == 0 {
        return None;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    // x = m·2^e with m odd. For e >= 0, a short exact value needs m to hold
    // 5^(e+1), so e <= 21; for e < 0, x = m·5^k / 10^k needs 5^k < 10^18.
    let (mut n, mut exp10) = if e >= 0 {
        if e > 22 {
            return None;
        }
        ((m as u128) << e, 0)
    } else {
        let k = -e;
        if k > 25 {
            return None;
        }
        ((m as u128) * 5u128.pow(k as u32), e)
    };
    while n % 10 == 0 {
        n /= 10;
        exp10 += 1;
    }
    Some((n, exp10))
}

/// If `x` is exactly halfway between two `n`-digit candidates, one of
/// which is `d` (ending in an odd digit), returns the other one (ending in
/// an even digit) provided it still reads back as `x`.
fn even_tie(x: f64, d: &Digits) -> Option<Digits> {
    let n = d.digits.len();
    let (exact, exp10) = exact_short_value(x)?;
    let text = exact.to_string();
    if text.len() != n + 1 || !text.ends_with('5') {
        return None;
    }
    // x = text × 10^exp10; the candidates keep n digits, scaled by 10^(exp10 + 1).
    let low: u128 = text[..n].parse().ok()?;
    let chosen = if low.is_multiple_of(2) { low } else { low + 1 };
    let scale = exp10 + 1;
    if format!("{chosen}e{scale}").parse::<f64>().ok()? != x {
        return None;
    }
    let mut digits = chosen.to_string().into_bytes();
    let exp = scale + digits.len() as i32 - 1;
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some(Digits { digits, exp })
}

/// `x` (finite, sign ignored) rounded to `n >= 1` significant digits. Zero
/// gives `n` zeros with exponent 0.
pub(crate) fn significant(x: f64, n: usize) -> Result<Digits, FormatError> {
    let n = n.max(1);
    let mut d = split_exp(&format!("{:.*e}", (n - 1).min(MAX_SIG_DIGITS), x.abs()));
    if n > d.digits.len() {
        d.digits.try_reserve(n - d.digits.len()).map_err(|_| FormatError::memory())?;
        d.digits.resize(n, b'0');
    }
    Ok(d)
}

/// `x` (finite, sign ignored) with `frac` digits after the point, as
/// `"123.4500"` (no point when `frac` is 0).
pub(crate) fn fixed(x: f64, frac: usize) -> Result<String, FormatError> {
    let mut s = format!("{:.*}", frac.min(MAX_FRAC_DIGITS), x.abs());
    if frac > MAX_FRAC_DIGITS {
        push_repeat(&mut s, '0', frac - MAX_FRAC_DIGITS)?;
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.1), Digits { digits: b"1".to_vec(), exp: -1 });
        assert_eq!(shortest(123.25), Digits { digits: b"12325".to_vec(), exp: 2 });
        assert_eq!(shortest(0.0), Digits { digits: b"0".to_vec(), exp: 0 });
        // Exactly ...296.25: CPython prints the even neighbour.
        assert_eq!(shortest(1532875368009296.2).digits, b"15328753680092962".to_vec());
    }

    #[test]
    fn significant_digits_round_half_even() {
        assert_eq!(significant(0.125, 2).unwrap().digits, b"12".to_vec());
        assert_eq!(significant(9.5, 1).unwrap(), Digits { digits: b"1".to_vec(), exp: 1 });
        assert_eq!(significant(0.0, 3).unwrap(), Digits { digits: b"000".to_vec(), exp: 0 });
        assert_eq!(significant(1.0, 1000).unwrap().digits.len(), 1000);
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(2.5, 0).unwrap(), "2");
        assert_eq!(fixed(1.0, 1100).unwrap().len(), 1102);
    }
}
