//! `format(complex, spec)`: each part formatted as a float (types e E f F
//! g G n, or none: the shortest repr digits without `.0`, in parentheses
//! unless the real part is +0), the imaginary part always signed, then
//! fill and alignment applied to the whole `(re+imj)`.

use crate::digits::shortest;
use crate::error::{unknown_code, FormatError};
use crate::float::{body_is_zero, float_body, split_digits};
use crate::layout::{group_digits, pad, sign_char};
use crate::notation::{push_exponent, push_mantissa, push_positional};
use crate::spec::{check_grouping, Align, FormatSpec, Sign};

/// `repr()` switches to exponent notation at 1e16.
const REPR_EXP_LIMIT: i32 = 16;

/// One part's unsigned text under CPython's `'r'` mode with no `.0`
/// added (`1`, `1.5`, `1e+20`; `1.` when `alternate`).
fn repr_part(x: f64, alternate: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return "inf".to_string();
    }
    let d = shortest(x.abs());
    let mut out = String::with_capacity(24);
    if d.exp < -4 || d.exp >= REPR_EXP_LIMIT {
        push_mantissa(&mut out, &d.digits, alternate);
        push_exponent(&mut out, d.exp, false);
    } else {
        push_positional(&mut out, &d, 0);
        if alternate && !out.contains('.') {
            out.push('.');
        }
    }
    out
}

/// Appends one part: sign, grouped integer digits, the rest of the body.
fn push_part(out: &mut String, x: f64, body: &str, sign: Option<Sign>, spec: &FormatSpec) -> Result<(), FormatError> {
    let negative = x.is_sign_negative() && !x.is_nan() && !(spec.no_neg_zero && body_is_zero(body));
    if let Some(c) = sign_char(negative, sign) {
        out.push(c);
    }
    let (digits, rest) = split_digits(body);
    match spec.grouping {
        Some(g) if !digits.is_empty() => out.push_str(&group_digits(digits, Some(g.sep()), 3, 0)?),
        _ => out.push_str(digits),
    }
    out.push_str(rest);
    Ok(())
}

/// `format(complex(re, im), spec)`. `type_name` names the value's type in
/// the `Unknown format code` message.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, None)?;
    if !matches!(spec.ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(unknown_code(spec.ty.unwrap_or(' '), type_name));
    }
    if spec.fill == '0' {
        return Err(FormatError::value("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    let no_type = spec.ty.is_none();
    let skip_re = no_type && re == 0.0 && re.is_sign_positive();
    let parens = no_type && !skip_re;
    let (re_body, im_body) = match (spec.ty, spec.precision) {
        (None, None) => (repr_part(re, spec.alternate), repr_part(im, spec.alternate)),
        (ty, precision) => {
            let ty = match ty {
                None | Some('n') => Some('g'),
                t => t,
            };
            (float_body(re, ty, precision, spec.alternate)?, float_body(im, ty, precision, spec.alternate)?)
        }
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    let im_sign = if skip_re {
        spec.sign
    } else {
        push_part(&mut body, re, &re_body, spec.sign, spec)?;
        Some(Sign::Plus)
    };
    push_part(&mut body, im, &im_body, im_sign, spec)?;
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    pad(&body, len, spec.fill, spec.align.unwrap_or(Align::Right), spec.width.unwrap_or(0))
}
