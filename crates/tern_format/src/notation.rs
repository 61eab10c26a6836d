//! Laying decimal digits out as text: mantissa, exponent, positional.

use std::fmt::Write;

use crate::digits::Digits;

/// Appends `e+05`-style exponent text (at least two digits).
pub(crate) fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    // Writing to a String cannot fail.
    let _ = write!(out, "{exp}");
}

/// `d.ddd` from the digits, dropping the point when there is no fraction
/// unless `alternate`.
pub(crate) fn push_mantissa(out: &mut String, digits: &[u8], alternate: bool) {
    let (first, rest) = digits.split_first().unwrap_or((&b'0', &[]));
    out.push(char::from(*first));
    if !rest.is_empty() || alternate {
        out.push('.');
    }
    out.push_str(ascii(rest));
}

/// Digits laid out in fixed notation: `exp` is the decimal exponent of the
/// first digit; the fraction is padded to at least `min_frac` digits.
pub(crate) fn push_positional(out: &mut String, d: &Digits, min_frac: usize) {
    let digits = ascii(&d.digits);
    let frac_len = if d.exp < 0 {
        let zeros = (-d.exp - 1) as usize;
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        zeros + digits.len()
    } else {
        let point = d.exp as usize + 1;
        if point >= digits.len() {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', point - digits.len()));
            if min_frac > 0 {
                out.push('.');
            }
            0
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
            digits.len() - point
        }
    };
    out.extend(std::iter::repeat_n('0', min_frac.saturating_sub(frac_len)));
}

/// ASCII digits as text.
pub(crate) fn ascii(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or_default()
}
