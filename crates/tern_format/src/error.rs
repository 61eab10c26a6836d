//! The one error type of the crate: a Python exception class plus CPython's
//! exact message text. The caller turns it into the matching exception.

use std::fmt;

/// Which Python exception an error stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `MemoryError` (a width or precision too large to allocate).
    Memory,
    /// `format(0xD800, 'c')`: CPython builds a lone surrogate, which a Rust
    /// `String` cannot hold; the caller decides how to represent it.
    Surrogate,
}

/// An error with CPython's exact message text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: FormatErrorKind,
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError { kind: FormatErrorKind::Value, message: message.into() }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError { kind: FormatErrorKind::Overflow, message: message.into() }
    }

    /// A `MemoryError` (CPython's message is empty).
    pub fn memory() -> Self {
        FormatError { kind: FormatErrorKind::Memory, message: String::new() }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

/// How CPython shows a format-type character inside an error message:
/// printable ASCII other than space as itself, anything else as `\x<hex>`.
pub(crate) fn show_code(c: char) -> String {
    if c > ' ' && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// A type name as CPython's `%.200s` prints it.
pub(crate) fn short_type_name(name: &str) -> &str {
    if name.len() <= 200 {
        return name;
    }
    let mut end = 200;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// `Unknown format code 'd' for object of type 'float'`.
pub(crate) fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::value(format!("Unknown format code '{}' for object of type '{}'", show_code(code), short_type_name(type_name)))
}
