//! CPython's SyntaxError for a bad escape in a string literal
//! (`"\N{NOPE}"`, `"\x4"`, `b"\xZZ"`). ruff reports only that an escape
//! failed and roughly where; this finds the first literal whose escapes
//! CPython's decoder rejects and words the error as CPython 3.11 does:
//! `(unicode error) 'unicodeescape' codec can't decode bytes in position
//! 0-7: unknown Unicode character name`, positions counted in the buffer
//! CPython decodes (where a non-ASCII character takes ten bytes), and the
//! location that of the token after the literal (the parser's lookahead
//! when it decodes strings).

/// The error found: message, and the (start, end) offsets of the token
/// CPython's error points at.
pub(crate) struct EscapeError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

/// A string literal: where it starts (its prefix), its prefix letters
/// (lower case), the body's byte range, and where it ends.
struct Literal {
    prefix: String,
    body: (usize, usize),
    end: usize,
}

/// The error for the first literal with a bad escape. `unknown_at` is
/// where ruff found a `\N{...}` name it does not know (inside the name).
pub(crate) fn find(source: &str, unknown_at: Option<usize>) -> Option<EscapeError> {
    let b = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => i += 1,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\'' | b'"' => {
                let lit = literal_at(b, i)?;
                if let Some(message) = check(source, &lit, unknown_at) {
                    let (start, end) = next_token(b, lit.end, depth);
                    return Some(EscapeError { message, start, end });
                }
                i = lit.end;
                continue;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 => {
                // A name, or a string's prefix (the quote is seen next).
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The literal whose opening quote is at `q`.
fn literal_at(b: &[u8], q: usize) -> Option<Literal> {
    let mut s = q;
    while s > 0 && q - s < 3 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let prefix = String::from_utf8_lossy(&b[s..q]).to_ascii_lowercase();
    let quote = b[q];
    let triple = b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote;
    let open = if triple { 3 } else { 1 };
    let mut i = q + open;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == quote && (!triple || (i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote)) {
            return Some(Literal { prefix, body: (q + open, i), end: i + open });
        }
        i += 1;
    }
    None
}

/// CPython's complaint about the literal's escapes, if any.
fn check(source: &str, lit: &Literal, unknown_at: Option<usize>) -> Option<String> {
    if lit.prefix.contains('r') {
        return None;
    }
    let body = &source[lit.body.0..lit.body.1];
    let b = body.as_bytes();
    let bytes = lit.prefix.contains('b');
    // `pos`: the offset in CPython's buffer of `b[i]`.
    let (mut i, mut pos) = (0usize, 0usize);
    let hex = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i] >= 0x80 {
            let ch = body[i..].chars().next()?;
            i += ch.len_utf8();
            pos += 10;
            continue;
        }
        if b[i] != b'\\' {
            i += 1;
            pos += 1;
            continue;
        }
        let start = pos;
        let &e = b.get(i + 1)?;
        if e >= 0x80 {
            // `\` before a non-ASCII character: `\u005c` then the character.
            i += 1;
            pos += 6;
            continue;
        }
        let (count, what) = match e {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' if !bytes => (4, "truncated \\uXXXX escape"),
            b'U' if !bytes => (8, "truncated \\UXXXXXXXX escape"),
            b'N' if !bytes => {
                let (consumed, problem) = named(body, i, unknown_at.map(|a| a.wrapping_sub(lit.body.0)));
                match problem {
                    Some(m) => return Some(unicode_error(start, start + consumed, m)),
                    None => {
                        i += consumed;
                        pos += consumed;
                        continue;
                    }
                }
            }
            _ => {
                i += 2;
                pos += 2;
                continue;
            }
        };
        let mut n = 0;
        let mut value = 0u32;
        while n < count {
            match b.get(i + 2 + n).and_then(|&c| hex(c)) {
                Some(d) => value = value.wrapping_mul(16).wrapping_add(d),
                None => break,
            }
            n += 1;
        }
        if n < count {
            if bytes {
                return Some(format!("(value error) invalid \\x escape at position {start}"));
            }
            return Some(unicode_error(start, start + 2 + n, what));
        }
        if value > 0x10ffff {
            return Some(unicode_error(start, start + 2 + n, "illegal Unicode character"));
        }
        i += 2 + n;
        pos += 2 + n;
    }
    None
}

/// `\N...` at `i` of `body` (ASCII up to the name's end in any valid
/// case): the bytes it takes, and CPython's complaint. A name is unknown
/// when ruff said so at an offset inside it (`unknown_rel`, relative to
/// the body).
fn named(body: &str, i: usize, unknown_rel: Option<usize>) -> (usize, Option<&'static str>) {
    const MALFORMED: &str = "malformed \\N character escape";
    let b = body.as_bytes();
    if b.get(i + 2) != Some(&b'{') {
        return (2, Some(MALFORMED));
    }
    let Some(close) = b[i + 3..].iter().position(|&c| c == b'}').map(|p| i + 3 + p) else {
        return (b.len() - i, Some(MALFORMED));
    };
    if close == i + 3 {
        return (3, Some(MALFORMED));
    }
    let taken = close + 1 - i;
    if unknown_rel.is_some_and(|a| a >= i + 2 && a <= close) {
        return (taken, Some("unknown Unicode character name"));
    }
    (taken, None)
}

/// `(unicode error) 'unicodeescape' codec can't decode ...`, as
/// UnicodeDecodeError's str words it (the byte is always the `\`).
fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    if end - start == 1 {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
    } else {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    }
}

/// The token after the literal ending at `at` and any literals
/// concatenated to it: its (start, end) offsets. A newline ends the
/// statement outside brackets: CPython's NEWLINE token runs from a
/// comment before it (if any) to the newline, and is empty at the end of
/// the source.
fn next_token(b: &[u8], mut at: usize, depth: usize) -> (usize, usize) {
    loop {
        while at < b.len() && matches!(b[at], b' ' | b'\t' | b'\x0c') {
            at += 1;
        }
        let mut comment = None;
        if at < b.len() && b[at] == b'#' {
            comment = Some(at);
            while at < b.len() && b[at] != b'\n' {
                at += 1;
            }
        }
        if at + 1 < b.len() && b[at] == b'\\' && b[at + 1] == b'\n' {
            at += 2;
            continue;
        }
        if at >= b.len() || b[at] == b'\n' || b[at] == b'\r' {
            if depth == 0 || at >= b.len() {
                return (comment.unwrap_or(at), at);
            }
            at += 1;
            continue;
        }
        // Another literal of the concatenation, perhaps with a prefix.
        let mut q = at;
        while q < b.len() && q - at < 3 && b[q].is_ascii_alphabetic() {
            q += 1;
        }
        let prefix_ok = b[at..q].iter().all(|c| matches!(c.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'));
        if q < b.len() && (b[q] == b'\'' || b[q] == b'"') && prefix_ok {
            match literal_at(b, q) {
                Some(l) => {
                    at = l.end;
                    continue;
                }
                None => return (at, at),
            }
        }
        let end = token_end(b, at);
        return (at, end);
    }
}

/// The end of the token at `at` (a name or number, else one character).
fn token_end(b: &[u8], at: usize) -> usize {
    let mut e = at;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_' || b[e] == b'.' || b[e] >= 0x80) {
        e += 1;
    }
    if e == at {
        at + 1
    } else {
        e
    }
}
