//! The format-spec mini-language of `format(value, spec)` and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing is shared by every type; what each type accepts is checked by
//! its formatter (`int.rs`, `float.rs`, `string.rs`).

use crate::error::{short_type_name, show_code, FormatError};
use crate::unicode::decimal_value;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option: what to print before a non-negative number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: nothing (the behaviour when no sign is given, but given
    /// explicitly it still counts as a sign for `s` and `c`).
    Minus,
    /// `+`: a plus sign.
    Plus,
    /// ` `: a space.
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: groups of three decimal digits.
    Comma,
    /// `_`: groups of three decimal digits, or four for `b`, `o`, `x`, `X`.
    Underscore,
}

impl Grouping {
    pub(crate) fn sep(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the explicit one, else `'0'` when the `0` flag
    /// was given, else a space.
    pub fill: char,
    /// The explicit alignment, if any (each type has its own default, and
    /// numbers use `=` when the `0` flag was given without an alignment).
    pub align: Option<Align>,
    /// The sign option, `None` when absent.
    pub sign: Option<Sign>,
    /// `z`: print negative zero (after rounding) without its sign.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag was given (only recognised when no fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when absent.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// The alignment a number uses: explicit, else `=` after the `0` flag,
    /// else right.
    pub(crate) fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero => Align::AfterSign,
            None => Align::Right,
        }
    }
}

const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Reads a run of (Unicode) decimal digits at `*pos`; `None` if there is none.
fn read_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value(TOO_MANY_DIGITS))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// Parses a format spec. `type_name` (the value's type, e.g. `"int"`) only
/// appears in the `Invalid format specifier` message. Whether the grouping
/// option suits the type (`Cannot specify ',' with 'x'.`) depends on the
/// value's default type, so the `format_*` functions check it first.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;

    if let Some(a) = chars.get(1).and_then(|&c| Align::from_char(c)) {
        out.fill = chars[0];
        out.align = Some(a);
        fill_given = true;
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| Align::from_char(c)) {
        out.align = Some(a);
        pos = 1;
    }
    let sign = match chars.get(pos) {
        Some('+') => Some(Sign::Plus),
        Some(' ') => Some(Sign::Space),
        Some('-') => Some(Sign::Minus),
        _ => None,
    };
    if let Some(sign) = sign {
        out.sign = Some(sign);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.zero = true;
        out.fill = '0';
        pos += 1;
    }
    out.width = read_count(&chars, &mut pos)?;
    match chars.get(pos) {
        Some(',') => {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
            if chars.get(pos) == Some(&'_') {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
        }
        Some('_') => {
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
            if chars.get(pos) == Some(&',') {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
        }
        _ => {}
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = read_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                short_type_name(type_name)
            )))
        }
    }
    Ok(out)
}

/// CPython's check of the grouping option against the presentation type,
/// which runs before any type-specific check. `default_ty` is the type
/// used when none is given (`'s'` for strings, `'d'` for ints).
pub(crate) fn check_grouping(spec: &FormatSpec, default_ty: Option<char>) -> Result<(), FormatError> {
    let Some(g) = spec.grouping else {
        return Ok(());
    };
    let ty = spec.ty.or(default_ty);
    let ok = match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
        Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
        Some(_) => false,
    };
    if ok {
        return Ok(());
    }
    let code = ty.map(show_code).unwrap_or_default();
    Err(FormatError::value(format!("Cannot specify '{}' with '{}'.", g.sep(), code)))
}
