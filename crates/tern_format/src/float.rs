//! `format(float, spec)`: presentation types e E f F g G n % and none.
//!
//! [`float_body`] writes the unsigned text of a value for one presentation
//! type; `%`-formatting (`percent.rs`) reuses it with its own layout.

use crate::digits::{fixed, significant};
use crate::error::{unknown_code, FormatError};
use crate::float_repr::push_repr_body;
use crate::layout::{layout_number, NumberParts};
use crate::notation::{push_exponent, push_mantissa, push_positional};
use crate::spec::{check_grouping, FormatSpec};

/// Default precision of e, f, g, n and %.
const DEFAULT_PRECISION: usize = 6;

/// Largest precision CPython accepts for floats (C `INT_MAX`).
pub(crate) const MAX_FLOAT_PRECISION: usize = i32::MAX as usize;

/// The presentation types a float accepts, with `None` for no type.
pub(crate) fn is_float_type(ty: Option<char>) -> bool {
    matches!(ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%'))
}

/// Drops trailing zero digits of a mantissa, keeping at least one digit.
fn strip_fraction_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// The `g` family. `p >= 1` significant digits; exponent notation when the
/// exponent is < -4 or >= `limit`. `add_dot_0` (type none with a
/// precision) keeps a `.0` on integral values in fixed notation.
fn general(x: f64, p: usize, limit: i64, alternate: bool, add_dot_0: bool, upper: bool) -> Result<String, FormatError> {
    let mut d = significant(x, p)?;
    let exp = i64::from(d.exp);
    let mut out = String::new();
    if exp < -4 || exp >= limit {
        if !alternate {
            strip_fraction_zeros(&mut d.digits);
        }
        push_mantissa(&mut out, &d.digits, alternate);
        push_exponent(&mut out, d.exp, upper);
    } else {
        // In fixed notation the integer part always fits in the p digits.
        let int_len = (d.exp.max(0) + 1) as usize;
        if !alternate {
            while d.digits.len() > int_len && d.digits.last() == Some(&b'0') {
                d.digits.pop();
            }
        }
        let min_frac = if add_dot_0 && d.digits.len() <= int_len { 1 } else { 0 };
        push_positional(&mut out, &d, min_frac);
        if alternate && !out.contains('.') {
            out.push('.');
        }
    }
    Ok(out)
}

/// The unsigned text of `x` (its sign is ignored) for presentation type
/// `ty` (`None` for no type): `"1.5e+00"`, `"inf"`, `"NAN"`, `"12.50%"`.
/// `ty` must satisfy [`is_float_type`]; other letters act like `g`.
pub(crate) fn float_body(x: f64, ty: Option<char>, precision: Option<usize>, alternate: bool) -> Result<String, FormatError> {
    if precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(FormatError::value("precision too big"));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let (x, suffix) = if ty == Some('%') { (x * 100.0, "%") } else { (x, "") };
    if !x.is_finite() {
        let word = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return Ok(format!("{word}{suffix}"));
    }
    let x = x.abs();
    let p = precision.unwrap_or(DEFAULT_PRECISION);
    let mut out = match ty {
        None => match precision {
            None => {
                let mut out = String::with_capacity(24);
                push_repr_body(&mut out, x, alternate);
                out
            }
            Some(p) => {
                let p = p.max(1);
                general(x, p, p as i64 - 1, alternate, true, false)?
            }
        },
        Some('e' | 'E') => {
            let d = significant(x, p.saturating_add(1))?;
            let mut out = String::new();
            push_mantissa(&mut out, &d.digits, alternate);
            push_exponent(&mut out, d.exp, upper);
            out
        }
        Some('f' | 'F' | '%') => fixed(x, p)?,
        _ => general(x, p.max(1), p.max(1) as i64, alternate, false, upper)?,
    };
    if alternate && matches!(ty, Some('f' | 'F' | '%')) && p == 0 {
        out.push('.');
    }
    out.push_str(suffix);
    Ok(out)
}

/// Whether a body's mantissa is all zeros (so `z` drops a minus sign).
pub(crate) fn body_is_zero(body: &str) -> bool {
    body.bytes().take_while(|b| !matches!(b, b'e' | b'E' | b'%')).all(|b| b == b'0' || b == b'.')
}

/// Splits a body into its leading integer digits and the rest.
pub(crate) fn split_digits(body: &str) -> (&str, &str) {
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    body.split_at(n)
}

/// `format(x, spec)` for a float. `type_name` names the value's type in
/// the `Unknown format code` message.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, None)?;
    if !is_float_type(spec.ty) {
        return Err(unknown_code(spec.ty.unwrap_or(' '), type_name));
    }
    let body = float_body(x, spec.ty, spec.precision, spec.alternate)?;
    let negative = x.is_sign_negative() && !x.is_nan() && !(spec.no_neg_zero && body_is_zero(&body));
    let (digits, rest) = split_digits(&body);
    // inf and nan (also a finite value that `%` overflows) are never grouped.
    let grouping = if digits.is_empty() { None } else { spec.grouping.map(|g| g.sep()) };
    layout_number(&NumberParts { negative, prefix: "", digits, rest }, spec, grouping, 3)
}
