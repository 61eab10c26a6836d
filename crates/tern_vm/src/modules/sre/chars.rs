//! Character predicates and case mappings of the matcher: ASCII, "locale"
//! (treated as ASCII, like the C locale) and Unicode variants, and the
//! set language of `IN` (`LITERAL`, `RANGE`, `CHARSET`, `BIGCHARSET`,
//! `CATEGORY`, `NEGATE`, ended by `FAILURE`).

use super::consts::{cat, op};

pub fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

pub fn ascii_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// The simple lowercase mapping (one code point to one), as
/// `_PyUnicode_ToLowercase`.
pub fn uni_lower(c: u32) -> u32 {
    if c < 128 {
        return ascii_lower(c);
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => l as u32,
                // A full mapping to several characters (U+0130): its
                // simple mapping is the first one.
                (Some(l), Some(_)) if c == 0x130 => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// The simple uppercase mapping.
pub fn uni_upper(c: u32) -> u32 {
    if c < 128 {
        return ascii_upper(c);
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

pub fn uni_iscased(c: u32) -> bool {
    c != uni_lower(c) || c != uni_upper(c)
}

fn ascii_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
}

fn ascii_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}

/// The first code point of the Unicode decimal digit runs (category Nd)
/// outside ASCII; each run is ten code points.
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50,
    0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

pub fn uni_digit(c: u32) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    (0x1D7CE..=0x1D7FF).contains(&c) || DIGIT_ZEROS.iter().any(|z| (*z..*z + 10).contains(&c))
}

pub fn uni_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 28..=32);
    }
    char::from_u32(c).is_some_and(|ch| ch.is_whitespace())
}

pub fn uni_word(c: u32) -> bool {
    if c < 128 {
        return ascii_word(c);
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
}

pub fn uni_linebreak(c: u32) -> bool {
    matches!(c, 10..=13 | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

/// Word characters for `\b` in the given position code family.
pub fn is_word(c: u32, unicode: bool) -> bool {
    if unicode {
        uni_word(c)
    } else {
        ascii_word(c)
    }
}

/// `CATEGORY` test; None for an unknown category code.
pub fn category(code: u32, c: u32) -> Option<bool> {
    Some(match code {
        cat::DIGIT => c < 128 && (c as u8).is_ascii_digit(),
        cat::NOT_DIGIT => !(c < 128 && (c as u8).is_ascii_digit()),
        cat::SPACE => ascii_space(c),
        cat::NOT_SPACE => !ascii_space(c),
        cat::WORD | cat::LOC_WORD => ascii_word(c),
        cat::NOT_WORD | cat::LOC_NOT_WORD => !ascii_word(c),
        cat::LINEBREAK => c == 10,
        cat::NOT_LINEBREAK => c != 10,
        cat::UNI_DIGIT => uni_digit(c),
        cat::UNI_NOT_DIGIT => !uni_digit(c),
        cat::UNI_SPACE => uni_space(c),
        cat::UNI_NOT_SPACE => !uni_space(c),
        cat::UNI_WORD => uni_word(c),
        cat::UNI_NOT_WORD => !uni_word(c),
        cat::UNI_LINEBREAK => uni_linebreak(c),
        cat::UNI_NOT_LINEBREAK => !uni_linebreak(c),
        _ => return None,
    })
}

/// Whether `c` is in the set that starts at `code[at]`; None when the set
/// is malformed.
pub fn in_set(code: &[u32], mut at: usize, c: u32) -> Option<bool> {
    let mut ok = true;
    loop {
        let w = |i: usize| code.get(i).copied();
        match w(at)? {
            op::FAILURE => return Some(!ok),
            op::LITERAL => {
                if c == w(at + 1)? {
                    return Some(ok);
                }
                at += 2;
            }
            op::CATEGORY => {
                if category(w(at + 1)?, c)? {
                    return Some(ok);
                }
                at += 2;
            }
            op::CHARSET => {
                if c < 256 && w(at + 1 + (c as usize >> 5))? & (1u32 << (c & 31)) != 0 {
                    return Some(ok);
                }
                at += 9;
            }
            op::RANGE => {
                if (w(at + 1)?..=w(at + 2)?).contains(&c) {
                    return Some(ok);
                }
                at += 3;
            }
            op::RANGE_UNI_IGNORE => {
                let r = w(at + 1)?..=w(at + 2)?;
                if r.contains(&c) || r.contains(&uni_upper(c)) {
                    return Some(ok);
                }
                at += 3;
            }
            op::NEGATE => {
                ok = !ok;
                at += 1;
            }
            op::BIGCHARSET => {
                // count, 256 block numbers packed four to a word, then
                // `count` blocks of 256 bits.
                let count = w(at + 1)? as usize;
                let blocks = at + 2;
                let bits = blocks + 64;
                if c < 65536 {
                    let hi = (c >> 8) as usize;
                    let block = (w(blocks + hi / 4)? >> (8 * (hi % 4))) & 0xff;
                    let lo = c & 255;
                    if w(bits + block as usize * 8 + (lo as usize >> 5))? & (1u32 << (lo & 31)) != 0 {
                        return Some(ok);
                    }
                }
                at = bits + count * 8;
            }
            _ => return None,
        }
    }
}
