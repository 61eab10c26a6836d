//! `str`'s Unicode character classes and case mappings as CPython 3.11
//! has them, where Rust's std differs: `isalpha` is letters only (not
//! `Alphabetic`), `isdigit`/`isdecimal`/`isnumeric` follow the numeric
//! types, titlecase (`title`, `capitalize`) uses the titlecase mapping,
//! `casefold` the full case folding, and a capital sigma lowered inside
//! `title`/`capitalize`/`swapcase` becomes final sigma at a word's end.

use crate::unicase_tables::{ALPHA, CASEFOLD, DIGIT_NOT_DECIMAL, NUMERIC, PRINTABLE, TITLE, TITLECASE};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

fn lookup(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    tern_format::decimal_value(c).is_some()
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(DIGIT_NOT_DECIMAL, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isprintable()` of one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control();
    }
    in_ranges(PRINTABLE, c)
}

pub fn is_titlecase(c: char) -> bool {
    in_ranges(TITLECASE, c)
}

/// CPython's "cased": has a case (upper, lower or title).
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Appends the titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match lookup(TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the lowercase of `chars[i]`, with CPython's final sigma rule:
/// a capital sigma preceded by a cased letter and not followed by one is
/// `ς`.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p)).is_some_and(|&p| is_cased(p));
        let after = chars[i + 1..].iter().find(|&&n| !is_case_ignorable(n)).is_some_and(|&n| is_cased(n));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

/// An approximation of Unicode's Case_Ignorable for the final sigma rule:
/// apostrophes, periods, colons and combining marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}') || ('\u{300}'..='\u{36f}').contains(&c)
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.istitle()`: uppercase and titlecase letters only after uncased
/// characters, lowercase only after cased ones, and at least one cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
