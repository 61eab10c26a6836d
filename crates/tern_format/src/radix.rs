//! `bin()`, `oct()`, `hex()`: sign, then `0b`/`0o`/`0x`, then lowercase digits.

use num_bigint::{BigInt, Sign};

/// `bin(v)`, `oct(v)`, `hex(v)` for radix 2, 8, 16 (`-0b101`); any other
/// radix in 2..=36 gives the plain digits with a sign (`str(v)` for 10).
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{}{}", radix_prefix(radix), v.magnitude().to_str_radix(radix.clamp(2, 36)))
}

/// [`int_to_str_radix`] for an `i64`.
pub fn i64_to_str_radix(v: i64, radix: u32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let m = v.unsigned_abs();
    let digits = match radix {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        10 => m.to_string(),
        _ => BigInt::from(m).to_str_radix(radix.clamp(2, 36)),
    };
    format!("{sign}{}{digits}", radix_prefix(radix))
}

fn radix_prefix(radix: u32) -> &'static str {
    match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}
