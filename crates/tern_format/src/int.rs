//! `format(int, spec)`: presentation types b c d o x X n and none, plus the
//! float types, which format the int converted to a float as CPython does.

use num_bigint::{BigInt, Sign as BigSign};

use crate::convert::bigint_to_f64;
use crate::error::{unknown_code, FormatError, FormatErrorKind};
use crate::float::format_float;
use crate::layout::{layout_number, NumberParts};
use crate::spec::{check_grouping, FormatSpec, Grouping};

/// An integer's sign and magnitude, however it is stored.
trait IntDigits {
    fn is_negative(&self) -> bool;
    /// The magnitude in `radix` (2, 8, 10 or 16), lowercase.
    fn magnitude(&self, radix: u32) -> String;
    /// The value as `%c`'s code point: `None` when outside a C long, else
    /// `Some(None)` when outside `0..=0x10FFFF`.
    fn code_point(&self) -> Option<Option<u32>>;
    fn to_float(&self) -> Result<f64, FormatError>;
}

impl IntDigits for BigInt {
    fn is_negative(&self) -> bool {
        self.sign() == BigSign::Minus
    }
    fn magnitude(&self, radix: u32) -> String {
        self.magnitude().to_str_radix(radix)
    }
    fn code_point(&self) -> Option<Option<u32>> {
        i64::try_from(self).ok().map(|v| v.code_point().flatten())
    }
    fn to_float(&self) -> Result<f64, FormatError> {
        bigint_to_f64(self).ok_or_else(|| FormatError::overflow("int too large to convert to float"))
    }
}

impl IntDigits for i64 {
    fn is_negative(&self) -> bool {
        *self < 0
    }
    fn magnitude(&self, radix: u32) -> String {
        let m = self.unsigned_abs();
        match radix {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        }
    }
    fn code_point(&self) -> Option<Option<u32>> {
        Some(u32::try_from(*self).ok().filter(|&c| c <= 0x10FFFF))
    }
    fn to_float(&self) -> Result<f64, FormatError> {
        // `as` rounds to nearest, ties to even, like CPython.
        Ok(*self as f64)
    }
}

/// `format(v, spec)` for an int of any size. `type_name` names the value's
/// type in error messages (`int`, `bool`, a subclass).
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_any(v, spec, type_name)
}

/// [`format_int`] for a value that fits in an `i64`, without allocating a
/// big integer.
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_any(&v, spec, type_name)
}

fn format_any<T: IntDigits>(v: &T, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, Some('d'))?;
    let radix = match spec.ty {
        None | Some('d' | 'n') => 10,
        Some('b') => 2,
        Some('o') => 8,
        Some('x' | 'X') => 16,
        Some('c') => 0,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(v.to_float()?, spec, type_name);
        }
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if radix == 0 {
        return format_char(v, spec);
    }
    let mut digits = v.magnitude(radix);
    let prefix = match (spec.alternate, spec.ty) {
        (true, Some('b')) => "0b",
        (true, Some('o')) => "0o",
        (true, Some('x')) => "0x",
        (true, Some('X')) => "0X",
        _ => "",
    };
    if spec.ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let group_size = if radix == 10 { 3 } else { 4 };
    let grouping = spec.grouping.map(Grouping::sep);
    layout_number(&NumberParts { negative: v.is_negative(), prefix, digits: &digits, rest: "" }, spec, grouping, group_size)
}

/// Type `c`: the character with that code point.
fn format_char<T: IntDigits>(v: &T, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let cp = v
        .code_point()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    let c = char::from_u32(cp).ok_or_else(|| FormatError {
        kind: FormatErrorKind::Surrogate,
        message: format!("surrogate code point U+{cp:04X} cannot be represented"),
    })?;
    let text = c.to_string();
    layout_number(&NumberParts { negative: false, prefix: "", digits: &text, rest: "" }, spec, None, 3)
}
