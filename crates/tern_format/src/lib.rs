//! CPython 3.11's exact text formatting and parsing of numbers and strings.
//! Pure functions with no knowledge of the interpreter's runtime: errors
//! carry CPython's message text and a [`FormatErrorKind`] naming the
//! exception class, and the caller raises it.
//!
//! # Map
//!
//! | module | what |
//! | --- | --- |
//! | `error` | [`FormatError`], [`FormatErrorKind`] |
//! | `spec` | the `format()` mini-language: [`FormatSpec`], [`parse_format_spec`] |
//! | `layout` | fill, alignment, sign, grouping and zero padding of a field |
//! | `digits` | correctly rounded decimal digits of an `f64` |
//! | `notation` | digits laid out as mantissa, exponent or positional text |
//! | `float_repr` | [`float_repr`]: `repr(float)` |
//! | `float` | [`format_float`] |
//! | `int` | [`format_int`], [`format_i64`] |
//! | `complex` | [`format_complex`] |
//! | `string` | [`format_str`] |
//! | `percent` | printf-style `%`: [`parse_percent`], [`percent_int`], [`percent_float`], [`percent_str_pad`] |
//! | `parse` | [`parse_int`], [`parse_int_limited`], [`parse_float`] |
//! | `limits` | the int↔str digit limit (`sys.set_int_max_str_digits`) |
//! | `round` | [`float_round`]: `round(x, n)` |
//! | `hex` | [`float_to_hex`], [`float_from_hex`] |
//! | `radix` | [`int_to_str_radix`]: `bin`, `oct`, `hex` |
//! | `convert` | [`bigint_to_f64`], [`f64_to_bigint`] |
//! | `unicode` | decimal digits and whitespace per Unicode 14 |
//!
//! # Tests
//!
//! `tests/cpython_tables.rs` checks every function against tables of
//! CPython 3.11 results in `tests/data/`, written by
//! `scripts/gen_cases.py` (rerun it with `GEN_SEED`/`GEN_SCALE`/`GEN_OUT`
//! and `TERN_FORMAT_DATA` for a bigger one-off sweep);
//! `tests/edge_cases.rs` holds hand-picked cases and a no-panic sweep.
//! `examples/bench.rs` gives rough timings.
//!
//! # Using the format mini-language
//!
//! ```
//! use tern_format::{format_float, parse_format_spec};
//! let spec = parse_format_spec("+010,.2f", "float").unwrap();
//! assert_eq!(format_float(1234.5, &spec, "float").unwrap(), "+01,234.50");
//! ```

mod complex;
mod convert;
mod digits;
mod error;
mod float;
mod float_repr;
mod hex;
mod int;
mod layout;
mod limits;
mod notation;
mod parse;
mod percent;
mod radix;
mod round;
mod spec;
mod string;
mod unicode;

pub use complex::format_complex;
pub use convert::{bigint_to_f64, f64_to_bigint};
pub use error::{FormatError, FormatErrorKind};
pub use float::format_float;
pub use float_repr::float_repr;
pub use hex::{float_from_hex, float_to_hex};
pub use int::{format_i64, format_int};
pub use limits::check_int_to_decimal_digits;
pub use parse::{int_str_limit_error, parse_float, parse_int, parse_int_limited, ParseIntError, DEFAULT_MAX_STR_DIGITS};
pub use percent::{
    parse_percent, percent_char_from_int, percent_float, percent_int, percent_str_pad, percent_unsupported, PercentCount, PercentDirective,
    PercentFlags, PercentItem, PercentSpec,
};
pub use radix::{i64_to_str_radix, int_to_str_radix};
pub use round::float_round;
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use string::format_str;
pub use unicode::decimal_value;
