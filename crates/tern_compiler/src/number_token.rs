//! The number literals CPython 3.11's tokenizer rejects, found as it finds
//! them (`tok_get`'s number branch, `tok_decimal_tail`,
//! `verify_end_of_number`), so that the error has its message and its
//! position: where the tokenizer's cursor stood.

/// A number the tokenizer rejects.
pub(crate) enum NumberError {
    /// The message, and the cursor (a byte offset: CPython's `offset` is
    /// its column, the character before it).
    At(String, usize),
    /// Leading zeros: the number's start and where the zeros (and the
    /// digits after them) end.
    Range(String, usize, usize),
}

/// The tokenizer's cursor over the source.
struct Cursor<'a> {
    b: &'a [u8],
    p: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<u8> {
        let c = self.b.get(self.p).copied();
        if c.is_some() {
            self.p += 1;
        }
        c
    }

    fn back(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.p -= 1;
        }
    }

    /// CPython's `lookahead`: `test` follows, then no identifier character.
    fn lookahead(&mut self, test: &[u8]) -> bool {
        let start = self.p;
        let mut ok = true;
        for &t in test {
            if self.next() != Some(t) {
                ok = false;
                break;
            }
        }
        let res = ok && !potential_identifier(self.b.get(self.p).copied());
        self.p = start;
        res
    }

    fn error(&self, msg: impl Into<String>) -> NumberError {
        NumberError::At(msg.into(), self.p)
    }

    /// CPython's `verify_end_of_number` for the character `c` just read:
    /// a keyword may touch a number (a warning in CPython), a name may not.
    fn end_of_number(&mut self, c: Option<u8>, kind: &str) -> Result<(), NumberError> {
        let keyword = match c {
            Some(b'a') => self.lookahead(b"nd"),
            Some(b'e') => self.lookahead(b"lse"),
            Some(b'f') => self.lookahead(b"or"),
            Some(b'i') => self.lookahead(b"f") || self.lookahead(b"n") || self.lookahead(b"s"),
            Some(b'n') => self.lookahead(b"ot"),
            Some(b'o') => self.lookahead(b"r"),
            _ => false,
        };
        if !keyword && potential_identifier(c) {
            self.back(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// CPython's `tok_decimal_tail`: digits with single underscores
    /// between them; the character after them.
    fn decimal_tail(&mut self) -> Result<Option<u8>, NumberError> {
        loop {
            let mut c = self.next();
            while c.is_some_and(|d| d.is_ascii_digit()) {
                c = self.next();
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            let d = self.next();
            if !d.is_some_and(|d| d.is_ascii_digit()) {
                self.back(d);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// Digits of a base (after the prefix) with underscores: the first
    /// character after them.
    fn based_digits(&mut self, kind: &str, digit: fn(u8) -> bool, named_digits: bool) -> Result<Option<u8>, NumberError> {
        let mut c = self.next();
        loop {
            if c == Some(b'_') {
                c = self.next();
            }
            if !c.is_some_and(digit) {
                if named_digits && c.is_some_and(|d| d.is_ascii_digit()) {
                    return Err(self.error(format!("invalid digit '{}' in {kind} literal", c.unwrap_or(b'0') as char)));
                }
                self.back(c);
                return Err(self.error(format!("invalid {kind} literal")));
            }
            while c.is_some_and(digit) {
                c = self.next();
            }
            if c != Some(b'_') {
                break;
            }
        }
        if named_digits && c.is_some_and(|d| d.is_ascii_digit()) {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c.unwrap_or(b'0') as char)));
        }
        Ok(c)
    }
}

fn potential_identifier(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 128)
}

/// The end of the number starting at `i` (a digit, or a `.` before one),
/// or CPython's error for it.
pub(crate) fn number_end(b: &[u8], i: usize) -> Result<usize, NumberError> {
    let mut t = Cursor { b, p: i };
    let first = t.next();
    let mut c;
    if first == Some(b'.') {
        c = t.next();
        return fraction(&mut t, c);
    }
    if first == Some(b'0') {
        c = t.next();
        match c.map(|x| x.to_ascii_lowercase()) {
            Some(b'x') => {
                let c = t.based_digits("hexadecimal", |d| d.is_ascii_hexdigit(), false)?;
                t.end_of_number(c, "hexadecimal")?;
                return Ok(finish(&mut t, c));
            }
            Some(b'o') => {
                let c = t.based_digits("octal", |d| (b'0'..=b'7').contains(&d), true)?;
                t.end_of_number(c, "octal")?;
                return Ok(finish(&mut t, c));
            }
            Some(b'b') => {
                let c = t.based_digits("binary", |d| d == b'0' || d == b'1', true)?;
                t.end_of_number(c, "binary")?;
                return Ok(finish(&mut t, c));
            }
            _ => {}
        }
        // Zeros, perhaps an old-style octal.
        loop {
            if c == Some(b'_') {
                c = t.next();
                if !c.is_some_and(|d| d.is_ascii_digit()) {
                    t.back(c);
                    return Err(t.error("invalid decimal literal"));
                }
            }
            if c != Some(b'0') {
                break;
            }
            c = t.next();
        }
        let zeros_end = t.p;
        let mut nonzero = false;
        if c.is_some_and(|d| d.is_ascii_digit()) {
            nonzero = true;
            c = t.decimal_tail()?;
        }
        match c {
            Some(b'.') => {
                c = t.next();
                return fraction(&mut t, c);
            }
            Some(b'e' | b'E') => return exponent(&mut t, c),
            Some(b'j' | b'J') => return imaginary(&mut t),
            _ if nonzero => {
                return Err(NumberError::Range(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                    i,
                    zeros_end,
                ));
            }
            _ => {}
        }
        t.end_of_number(c, "decimal")?;
        return Ok(finish(&mut t, c));
    }
    t.back(first);
    c = t.decimal_tail()?;
    if c == Some(b'.') {
        c = t.next();
    }
    fraction(&mut t, c)
}

/// After the `.` (or the integer part), `c` read: the fraction digits,
/// then an exponent or `j`.
fn fraction(t: &mut Cursor, mut c: Option<u8>) -> Result<usize, NumberError> {
    if c.is_some_and(|d| d.is_ascii_digit()) {
        t.back(c);
        c = t.decimal_tail()?;
    }
    match c {
        Some(b'e' | b'E') => exponent(t, c),
        Some(b'j' | b'J') => imaginary(t),
        _ => {
            t.end_of_number(c, "decimal")?;
            Ok(finish(t, c))
        }
    }
}

/// After the `e` of an exponent.
fn exponent(t: &mut Cursor, e: Option<u8>) -> Result<usize, NumberError> {
    let mut c = t.next();
    if matches!(c, Some(b'+' | b'-')) {
        c = t.next();
        if !c.is_some_and(|d| d.is_ascii_digit()) {
            t.back(c);
            return Err(t.error("invalid decimal literal"));
        }
    } else if !c.is_some_and(|d| d.is_ascii_digit()) {
        // `1e` then a name: the number is `1`, unless a keyword follows.
        t.back(c);
        t.end_of_number(e, "decimal")?;
        t.back(e);
        return Ok(t.p);
    }
    t.back(c);
    c = t.decimal_tail()?;
    if matches!(c, Some(b'j' | b'J')) {
        return imaginary(t);
    }
    t.end_of_number(c, "decimal")?;
    Ok(finish(t, c))
}

/// After the `j` of an imaginary number.
fn imaginary(t: &mut Cursor) -> Result<usize, NumberError> {
    let c = t.next();
    t.end_of_number(c, "imaginary")?;
    Ok(finish(t, c))
}

/// The token's end: the character after it was read.
fn finish(t: &mut Cursor, c: Option<u8>) -> usize {
    t.back(c);
    t.p
}
