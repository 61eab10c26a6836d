//! Laying out a formatted number or string within a field: sign, prefix,
//! digit grouping, sign-aware zero padding, fill and alignment. Shared by
//! the `format()` mini-language and by `%`-formatting.

use crate::error::FormatError;
use crate::spec::{Align, FormatSpec, Sign};

/// Grows `s` by `extra` bytes or fails with `MemoryError`, so that a huge
/// width or precision gives an error instead of aborting the process.
pub(crate) fn reserve(s: &mut String, extra: usize) -> Result<(), FormatError> {
    s.try_reserve(extra).map_err(|_| FormatError::memory())
}

/// Appends `n` copies of `c`.
pub(crate) fn push_repeat(s: &mut String, c: char, n: usize) -> Result<(), FormatError> {
    let bytes = n.checked_mul(c.len_utf8()).ok_or_else(FormatError::memory)?;
    reserve(s, bytes)?;
    s.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// Pads `body` (of `len` characters) to `width` with `fill`, placing it as
/// `align` says; `AfterSign` is treated as `Right` here.
pub(crate) fn pad(body: &str, len: usize, fill: char, align: Align, width: usize) -> Result<String, FormatError> {
    let total = width.saturating_sub(len);
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right | Align::AfterSign => (total, 0),
        Align::Center => (total / 2, total - total / 2),
    };
    let mut out = String::new();
    reserve(&mut out, body.len())?;
    push_repeat(&mut out, fill, left)?;
    out.push_str(body);
    push_repeat(&mut out, fill, right)?;
    Ok(out)
}

/// Inserts `sep` every `size` digits (from the right) into the ASCII digits
/// `digits`, adding leading zeros (which are grouped too) until the result
/// is at least `min_width` characters long. A group never starts with a
/// separator, so the result can exceed `min_width` by one.
pub(crate) fn group_digits(digits: &str, sep: Option<char>, size: usize, min_width: usize) -> Result<String, FormatError> {
    let d = digits.as_bytes();
    let Some(sep) = sep else {
        let mut out = String::new();
        push_repeat(&mut out, '0', min_width.saturating_sub(digits.chars().count()))?;
        out.push_str(digits);
        return Ok(out);
    };
    let mut rev: Vec<u8> = Vec::new();
    let estimate = d.len().max(min_width).saturating_add(d.len() / size + 2);
    rev.try_reserve(estimate).map_err(|_| FormatError::memory())?;
    let mut rem = d.len();
    let mut min = min_width;
    loop {
        let len = size.min(rem.max(min).max(1));
        let take = rem.min(len);
        rev.extend(d[rem - take..rem].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', len - take));
        rem -= take;
        min = min.saturating_sub(len);
        if rem == 0 && min == 0 {
            break;
        }
        rev.push(sep as u8);
        min = min.saturating_sub(1);
    }
    rev.reverse();
    // Only ASCII digits and the ASCII separator were written.
    String::from_utf8(rev).map_err(|_| FormatError::value("non-ASCII digits"))
}

/// A number split into the pieces that layout treats differently.
pub(crate) struct NumberParts<'a> {
    /// Whether to print a minus sign.
    pub negative: bool,
    /// `0x`, `0b`, `0o` or empty.
    pub prefix: &'a str,
    /// The integer digits (grouped and zero-padded); may be empty.
    pub digits: &'a str,
    /// Everything after them: decimal point, fraction, exponent, `%`.
    pub rest: &'a str,
}

/// The sign character for a number under a sign option.
pub(crate) fn sign_char(negative: bool, sign: Option<Sign>) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    }
}

/// Lays out a number as the format mini-language does. `group_size` is the
/// digit count between separators (3, or 4 for `_` with b/o/x/X);
/// `grouping` is the separator to use, if any.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<char>,
    group_size: usize,
) -> Result<String, FormatError> {
    let sign = sign_char(parts.negative, spec.sign);
    let align = spec.numeric_align();
    let width = spec.width.unwrap_or(0);
    let sign_len = usize::from(sign.is_some());
    let fixed = sign_len + parts.prefix.len() + parts.rest.chars().count();
    let min_digits = if spec.fill == '0' && align == Align::AfterSign { width.saturating_sub(fixed) } else { 0 };
    let grouped;
    let needs_zeros = min_digits > 0 && min_digits > parts.digits.chars().count();
    let digits = if grouping.is_none() && !needs_zeros {
        parts.digits
    } else {
        grouped = group_digits(parts.digits, grouping, group_size, min_digits)?;
        &grouped
    };
    let len = fixed + digits.chars().count();
    let total = width.saturating_sub(len);
    let (left, middle, right) = match align {
        Align::Left => (0, 0, total),
        Align::Right => (total, 0, 0),
        Align::Center => (total / 2, 0, total - total / 2),
        Align::AfterSign => (0, total, 0),
    };
    let mut out = String::new();
    reserve(&mut out, digits.len() + parts.rest.len() + 4)?;
    push_repeat(&mut out, spec.fill, left)?;
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    push_repeat(&mut out, spec.fill, middle)?;
    out.push_str(digits);
    out.push_str(parts.rest);
    push_repeat(&mut out, spec.fill, right)?;
    Ok(out)
}
