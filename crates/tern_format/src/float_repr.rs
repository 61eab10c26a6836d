//! `repr(float)` (and `str(float)`): the shortest digits that read back
//! as the same float, in fixed notation for exponents -4..16 and with `.0`
//! on integral values.

use crate::digits::shortest;
use crate::notation::{push_exponent, push_mantissa, push_positional};

/// `repr()` switches to exponent notation at 1e16.
const REPR_EXP_LIMIT: i32 = 16;

/// `repr(x)`: `1.0`, `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let mut out = String::with_capacity(24);
    if x.is_sign_negative() {
        out.push('-');
    }
    push_repr_body(&mut out, x, false);
    out
}

/// `repr(float)`'s digits for a finite non-negative value.
pub(crate) fn push_repr_body(out: &mut String, x: f64, alternate: bool) {
    let d = shortest(x);
    if d.exp < -4 || d.exp >= REPR_EXP_LIMIT {
        push_mantissa(out, &d.digits, alternate);
        push_exponent(out, d.exp, false);
    } else {
        push_positional(out, &d, 1);
    }
}
