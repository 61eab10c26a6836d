//! `format(str, spec)`: presentation type `s` or none; precision truncates.

use crate::error::{unknown_code, FormatError};
use crate::layout::pad;
use crate::spec::{check_grouping, Align, FormatSpec, Sign};

/// `format(s, spec)` for a string. `type_name` names the value's type in
/// the `Unknown format code` message.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, Some('s'))?;
    if let Some(c) = spec.ty.filter(|&c| c != 's') {
        return Err(unknown_code(c, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FormatError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(FormatError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = truncate_chars(s, spec.precision);
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(body.to_string());
    }
    pad(body, len, spec.fill, spec.align.unwrap_or(Align::Left), width)
}

/// The first `precision` characters of `s` (all of it for `None`), and how
/// many characters that is.
pub(crate) fn truncate_chars(s: &str, precision: Option<usize>) -> (&str, usize) {
    match precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => (&s[..end], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    }
}
