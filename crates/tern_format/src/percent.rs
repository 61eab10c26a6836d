//! printf-style `%` formatting, one conversion at a time.
//!
//! The caller walks the format string; at each `%` it calls
//! [`parse_percent`], fetches any `*` arguments (width first, then
//! precision) and the value, builds a [`PercentSpec`] with
//! [`PercentDirective::resolve`], and renders the value with
//! [`percent_int`], [`percent_float`] or [`percent_str_pad`] (for `s`, `r`,
//! `a` and `c` once it has the text).

use num_bigint::BigInt;

use crate::error::FormatError;
use crate::float::float_body;
use crate::layout::{push_repeat, reserve};
use crate::string::truncate_chars;

/// Largest precision `%` formatting accepts (C `INT_MAX`).
const MAX_PRECISION: usize = i32::MAX as usize;

/// The flag characters `-`, `+`, space, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify (overrides `0`).
    pub left: bool,
    /// `+`: always print a sign (overrides space).
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0o`/`0x` prefixes, keep the point/zeros).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// A width or precision as written: a number or `*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// `*`: taken from the next argument.
    Star,
    Num(usize),
}

/// One conversion as written, e.g. `%(name)-*.3f`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentDirective<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    /// The conversion character; any character, checked by the caller
    /// after it has fetched the argument (see [`percent_unsupported`]).
    pub conv: char,
    /// Byte offset of `conv` in the format string.
    pub conv_pos: usize,
    /// Byte offset just past the directive.
    pub end: usize,
}

/// What follows a `%`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentItem<'a> {
    /// `%%`: a literal percent sign (only directly after the `%`).
    Percent,
    /// A conversion to apply to an argument.
    Conversion(PercentDirective<'a>),
}

/// A resolved conversion spec, ready to render a value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The conversion character (`d`, `x`, `f`, `s`...).
    pub conv: char,
}

/// Reads the directive that starts at byte offset `start` of `fmt`, just
/// past a `%`. Errors: `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big` (all `ValueError`).
pub fn parse_percent(fmt: &str, start: usize) -> Result<PercentItem<'_>, FormatError> {
    let incomplete = || FormatError::value("incomplete format");
    let rest = fmt.get(start..).ok_or_else(incomplete)?;
    let mut it = rest.char_indices().peekable();
    if let Some(&(_, '%')) = it.peek() {
        return Ok(PercentItem::Percent);
    }
    let mut key = None;
    if let Some(&(_, '(')) = it.peek() {
        it.next();
        let mut depth = 1usize;
        let key_start = start + 1;
        loop {
            match it.next() {
                None => return Err(FormatError::value("incomplete format key")),
                Some((_, '(')) => depth += 1,
                Some((i, ')')) => {
                    depth -= 1;
                    if depth == 0 {
                        key = Some(&fmt[key_start..start + i]);
                        break;
                    }
                }
                Some(_) => {}
            }
        }
    }
    let mut flags = PercentFlags::default();
    while let Some(&(_, c)) = it.peek() {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.alternate = true,
            '0' => flags.zero = true,
            _ => break,
        }
        it.next();
    }
    let width = read_count(&mut it, isize::MAX as usize, "width too big")?;
    let mut precision = None;
    if let Some(&(_, '.')) = it.peek() {
        it.next();
        precision = Some(read_count(&mut it, MAX_PRECISION, "precision too big")?.unwrap_or(PercentCount::Num(0)));
    }
    if let Some(&(_, 'h' | 'l' | 'L')) = it.peek() {
        it.next();
    }
    let (i, conv) = it.next().ok_or_else(incomplete)?;
    Ok(PercentItem::Conversion(PercentDirective {
        key,
        flags,
        width,
        precision,
        conv,
        conv_pos: start + i,
        end: start + i + conv.len_utf8(),
    }))
}

fn read_count(
    it: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    max: usize,
    too_big: &str,
) -> Result<Option<PercentCount>, FormatError> {
    if let Some(&(_, '*')) = it.peek() {
        it.next();
        return Ok(Some(PercentCount::Star));
    }
    let mut n: Option<usize> = None;
    while let Some(&(_, c)) = it.peek() {
        let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
            break;
        };
        let v = n
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= max)
            .ok_or_else(|| FormatError::value(too_big))?;
        n = Some(v);
        it.next();
    }
    Ok(n.map(PercentCount::Num))
}

impl PercentDirective<'_> {
    /// The spec, given the values of the `*` arguments the caller fetched
    /// (width first, then precision; pass `None` where there was no `*`).
    /// A negative `*` width means left-justify; a negative `*` precision
    /// counts as 0. A `*` precision outside a C int is CPython's
    /// `OverflowError: Python int too large to convert to C int` (an int
    /// outside `i64` for the width is the caller's `... C ssize_t` error).
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Result<PercentSpec, FormatError> {
        let mut flags = self.flags;
        let width = match self.width {
            None => None,
            Some(PercentCount::Num(n)) => Some(n),
            Some(PercentCount::Star) => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                // CPython negates in C, so i64::MIN stays negative: no padding.
                Some(w.checked_abs().map_or(0, |w| w as usize))
            }
        };
        let precision = match self.precision {
            None => None,
            Some(PercentCount::Num(n)) => Some(n),
            Some(PercentCount::Star) => {
                let p = star_precision.unwrap_or(0);
                let p = i32::try_from(p).map_err(|_| FormatError::overflow("Python int too large to convert to C int"))?;
                Some(p.max(0) as usize)
            }
        };
        Ok(PercentSpec { flags, width, precision, conv: self.conv })
    }
}

/// `unsupported format character 'y' (0x79) at index 5` for a directive
/// whose conversion character the caller does not handle.
pub fn percent_unsupported(fmt: &str, directive: &PercentDirective<'_>) -> FormatError {
    let c = directive.conv;
    let index = fmt.get(..directive.conv_pos).map_or(0, |s| s.chars().count());
    let shown = if (' '..'\x7f').contains(&c) { c } else { '?' };
    FormatError::value(format!("unsupported format character '{shown}' (0x{:x}) at index {index}", c as u32))
}

/// Lays out `sign`, `prefix` and `body` in the field: spaces on the left,
/// spaces on the right (`-`), or zeros after the prefix (`0`).
fn layout(sign: Option<char>, prefix: &str, body: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    let len = usize::from(sign.is_some()) + prefix.len() + body.len();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::new();
    reserve(&mut out, len)?;
    if spec.flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
        push_repeat(&mut out, ' ', pad)?;
    } else if spec.flags.zero {
        out.extend(sign);
        out.push_str(prefix);
        push_repeat(&mut out, '0', pad)?;
        out.push_str(body);
    } else {
        push_repeat(&mut out, ' ', pad)?;
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(out)
}

fn sign_for(negative: bool, flags: &PercentFlags) -> Option<char> {
    if negative {
        Some('-')
    } else if flags.plus {
        Some('+')
    } else if flags.space {
        Some(' ')
    } else {
        None
    }
}

/// `%d %i %u %o %x %X` of an int (`spec.conv` picks the radix; anything
/// else is decimal). The precision is a minimum digit count.
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> Result<String, FormatError> {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if spec.flags.alternate { prefix } else { "" };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision.filter(|&p| p > digits.len()) {
        let mut padded = String::new();
        push_repeat(&mut padded, '0', p - digits.len())?;
        padded.push_str(&digits);
        digits = padded;
    }
    let negative = v.sign() == num_bigint::Sign::Minus;
    layout(sign_for(negative, &spec.flags), prefix, &digits, spec)
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6).
pub fn percent_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let ty = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let body = float_body(x, Some(ty), spec.precision, spec.flags.alternate)?;
    let negative = x.is_sign_negative() && !x.is_nan();
    layout(sign_for(negative, &spec.flags), "", &body, spec)
}

/// `%s %r %a %c` once the caller has the text: the precision truncates to
/// that many characters (not for `c`, which ignores it), then spaces pad to
/// the width (right-justified unless `-`; the `0` flag is ignored).
pub fn percent_str_pad(s: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    let precision = if spec.conv == 'c' { None } else { spec.precision };
    let (body, len) = truncate_chars(s, precision);
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::new();
    reserve(&mut out, body.len())?;
    if !spec.flags.left {
        push_repeat(&mut out, ' ', pad)?;
    }
    out.push_str(body);
    if spec.flags.left {
        push_repeat(&mut out, ' ', pad)?;
    }
    Ok(out)
}

/// The character `%c` prints for an int: `OverflowError: %c arg not in
/// range(0x110000)` outside that range; a surrogate gives a
/// [`FormatErrorKind::Surrogate`](crate::FormatErrorKind::Surrogate) error.
pub fn percent_char_from_int(v: &BigInt) -> Result<char, FormatError> {
    let cp = u32::try_from(v).ok().filter(|&c| c <= 0x10FFFF).ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    char::from_u32(cp).ok_or_else(|| FormatError {
        kind: crate::FormatErrorKind::Surrogate,
        message: format!("surrogate code point U+{cp:04X} cannot be represented"),
    })
}
