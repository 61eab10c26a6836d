//! The JSON decoder's scanner (CPython's `_json.scanstring` and the
//! `make_scanner` object's `scan_once`): values, objects, arrays, strings
//! and numbers read from a str, with the messages and positions of
//! `json.decoder`'s pure-Python scanner. Positions are character indices;
//! the scan runs over the str's generalized UTF-8 bytes and counts
//! characters only where a position is reported.

use crate::object::Payload;
use crate::str::push_cp;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::collections::HashMap;

/// What `make_scanner` read from its context.
pub struct Context {
    pub strict: bool,
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    /// None when it is `float` itself (parsed natively).
    pub parse_float: Option<Value>,
    /// None when it is `int` itself.
    pub parse_int: Option<Value>,
    pub parse_constant: Value,
}

/// One scan over one document.
pub struct Scanner<'a> {
    /// The document as generalized UTF-8.
    b: &'a [u8],
    /// The document object (for JSONDecodeError's `doc`).
    doc: Value,
    ascii: bool,
    /// Object keys seen so far: repeated keys share one str (and its hash).
    keys: HashMap<&'a [u8], Value>,
    depth: usize,
}

/// Why a scan stopped: a Python exception, or no value where one was
/// expected (the caller's "Expecting value" at that byte).
pub enum Stop {
    Error(crate::value::Obj),
    NoValue(usize),
}

impl From<crate::value::Obj> for Stop {
    fn from(e: crate::value::Obj) -> Stop {
        Stop::Error(e)
    }
}

type ScanResult<T> = Result<T, Stop>;

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Scanner<'a> {
    pub fn new(b: &'a [u8], doc: Value, ascii: bool) -> Scanner<'a> {
        Scanner { b, doc, ascii, keys: HashMap::new(), depth: 0 }
    }

    /// The character index of byte offset `at`.
    pub fn char_index(&self, at: usize) -> usize {
        if self.ascii {
            return at;
        }
        let at = at.min(self.b.len());
        self.b[..at].iter().filter(|&&c| c & 0xC0 != 0x80).count()
    }

    /// The byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.b.len());
        }
        let mut n = 0;
        for (at, &c) in self.b.iter().enumerate() {
            if c & 0xC0 != 0x80 {
                if n == i {
                    return at;
                }
                n += 1;
            }
        }
        self.b.len()
    }

    /// `json.decoder.JSONDecodeError(msg, doc, pos)` at byte `at`.
    pub fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> Stop {
        let pos = self.char_index(at);
        Stop::Error(decode_error(vm, msg, &self.doc, pos))
    }

    fn skip_ws(&self, mut at: usize) -> usize {
        while at < self.b.len() && is_ws(self.b[at]) {
            at += 1;
        }
        at
    }

    /// The value starting at byte `at`, and the byte after it.
    pub fn value(&mut self, vm: &mut Vm, cx: &Context, at: usize) -> ScanResult<(Value, usize)> {
        let Some(&c) = self.b.get(at) else { return Err(Stop::NoValue(at)) };
        match c {
            b'"' => {
                let (s, end) = self.string(vm, cx.strict, at + 1)?;
                Ok((vm.new_str_wtf8(s), end))
            }
            b'{' | b'[' => {
                if vm.depth() >= vm.recursion_limit {
                    let what = if c == b'{' { "object" } else { "array" };
                    let msg = format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
                    return Err(Stop::Error(vm.new_exception_msg("RecursionError", &msg)));
                }
                vm.native_depth += 1;
                self.depth += 1;
                let r = if c == b'{' { self.object(vm, cx, at + 1) } else { self.array(vm, cx, at + 1) };
                self.depth -= 1;
                vm.native_depth -= 1;
                r
            }
            b'n' if self.b[at..].starts_with(b"null") => Ok((Value::None, at + 4)),
            b't' if self.b[at..].starts_with(b"true") => Ok((Value::Bool(true), at + 4)),
            b'f' if self.b[at..].starts_with(b"false") => Ok((Value::Bool(false), at + 5)),
            b'N' if self.b[at..].starts_with(b"NaN") => Ok((self.constant(vm, cx, "NaN")?, at + 3)),
            b'I' if self.b[at..].starts_with(b"Infinity") => Ok((self.constant(vm, cx, "Infinity")?, at + 8)),
            b'-' if self.b[at..].starts_with(b"-Infinity") => Ok((self.constant(vm, cx, "-Infinity")?, at + 9)),
            _ => self.number(vm, cx, at),
        }
    }

    fn constant(&self, vm: &mut Vm, cx: &Context, name: &str) -> ScanResult<Value> {
        let arg = vm.new_str(name);
        Ok(vm.call(&cx.parse_constant, crate::function::Args::new(&[arg]))?)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at `at`.
    fn number(&self, vm: &mut Vm, cx: &Context, at: usize) -> ScanResult<(Value, usize)> {
        let b = self.b;
        let digits = |mut i: usize| {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = at;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i + 1),
            _ => return Err(Stop::NoValue(at)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        // ASCII by construction.
        let text = std::str::from_utf8(&b[at..i]).unwrap_or("0");
        let v = match (is_float, &cx.parse_float, &cx.parse_int) {
            (true, None, _) => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            (false, _, None) => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => match tern_format::parse_int_limited(text, 10, vm.int_max_str_digits) {
                    Ok(n) => vm.new_bigint(n),
                    Err(tern_format::ParseIntError::TooManyDigits(n)) => {
                        let e = tern_format::int_str_limit_error(vm.int_max_str_digits, n);
                        vm.format_error::<Value>(e)?
                    }
                    Err(_) => return Err(Stop::NoValue(at)),
                },
            },
            (true, Some(f), _) | (false, _, Some(f)) => {
                let arg = vm.new_str(text);
                vm.call(f, crate::function::Args::new(&[arg]))?
            }
        };
        Ok((v, i))
    }

    fn object(&mut self, vm: &mut Vm, cx: &Context, start: usize) -> ScanResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut at = self.skip_ws(start);
        if self.b.get(at) == Some(&b'}') {
            return Ok((self.finish_object(vm, cx, pairs)?, at + 1));
        }
        loop {
            if self.b.get(at) != Some(&b'"') {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", at));
            }
            let key_start = at + 1;
            let (raw, end) = self.string(vm, cx.strict, key_start)?;
            // Keys without escapes are the document's own bytes: memoized.
            let key = if end - 1 - key_start == raw.len() {
                let src = &self.b[key_start..end - 1];
                match self.keys.get(src) {
                    Some(k) => k.clone(),
                    None => {
                        let k = vm.new_str_wtf8(raw);
                        self.keys.insert(src, k.clone());
                        k
                    }
                }
            } else {
                vm.new_str_wtf8(raw)
            };
            at = self.skip_ws(end);
            if self.b.get(at) != Some(&b':') {
                return Err(self.error(vm, "Expecting ':' delimiter", at));
            }
            at = self.skip_ws(at + 1);
            let (value, end) = match self.value(vm, cx, at) {
                Err(Stop::NoValue(p)) => return Err(self.error(vm, "Expecting value", p)),
                r => r?,
            };
            pairs.push((key, value));
            at = self.skip_ws(end);
            match self.b.get(at) {
                Some(b'}') => return Ok((self.finish_object(vm, cx, pairs)?, at + 1)),
                Some(b',') => {}
                _ => return Err(self.error(vm, "Expecting ',' delimiter", at)),
            }
            at = self.skip_ws(at + 1);
            if self.b.get(at) != Some(&b'"') {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", at));
            }
        }
    }

    /// The object's value: the pairs hook's result, or a dict (through
    /// the object hook).
    fn finish_object(&self, vm: &mut Vm, cx: &Context, pairs: Vec<(Value, Value)>) -> ScanResult<Value> {
        if !cx.object_pairs_hook.is_none() {
            let items = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
            let list = vm.new_list(items);
            return Ok(vm.call(&cx.object_pairs_hook, crate::function::Args::new(&[list]))?);
        }
        let d = vm.new_dict();
        if let Value::Obj(o) = &d {
            if let Payload::Dict(t) = &o.payload {
                for (k, v) in pairs {
                    crate::dictops::dict_set(vm, t, k, v)?;
                }
            }
        }
        if cx.object_hook.is_none() {
            return Ok(d);
        }
        Ok(vm.call(&cx.object_hook, crate::function::Args::new(&[d]))?)
    }

    fn array(&mut self, vm: &mut Vm, cx: &Context, start: usize) -> ScanResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut at = self.skip_ws(start);
        if self.b.get(at) == Some(&b']') {
            return Ok((vm.new_list(items), at + 1));
        }
        loop {
            let (value, end) = match self.value(vm, cx, at) {
                Err(Stop::NoValue(p)) => return Err(self.error(vm, "Expecting value", p)),
                r => r?,
            };
            items.push(value);
            at = self.skip_ws(end);
            match self.b.get(at) {
                Some(b']') => return Ok((vm.new_list(items), at + 1)),
                Some(b',') => {}
                _ => return Err(self.error(vm, "Expecting ',' delimiter", at)),
            }
            at = self.skip_ws(at + 1);
        }
    }

    /// The string whose text starts at byte `start` (after the opening
    /// quote): its contents as generalized UTF-8, and the byte after the
    /// closing quote.
    pub fn string(&self, vm: &mut Vm, strict: bool, start: usize) -> ScanResult<(Vec<u8>, usize)> {
        let b = self.b;
        let mut out = Vec::new();
        let mut at = start;
        loop {
            // Plain characters up to a quote, backslash or control character.
            let run = b[at.min(b.len())..].iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
            let Some(run) = run else {
                return Err(self.error(vm, "Unterminated string starting at", start - 1));
            };
            out.extend_from_slice(&b[at..at + run]);
            at += run;
            match b[at] {
                b'"' => return Ok((out, at + 1)),
                b'\\' => {}
                c => {
                    if strict {
                        return Err(self.error(vm, "Invalid control character at", at));
                    }
                    out.push(c);
                    at += 1;
                    continue;
                }
            }
            // An escape: `at` is the backslash.
            let Some(&esc) = b.get(at + 1) else {
                return Err(self.error(vm, "Unterminated string starting at", start - 1));
            };
            let simple = match esc {
                b'"' => Some(b'"'),
                b'\\' => Some(b'\\'),
                b'/' => Some(b'/'),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                _ => None,
            };
            if let Some(c) = simple {
                out.push(c);
                at += 2;
                continue;
            }
            if esc != b'u' {
                return Err(self.error(vm, "Invalid \\escape", at));
            }
            let Some(mut cp) = hex4(b, at + 2) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", at + 1));
            };
            at += 6;
            if (0xD800..0xDC00).contains(&cp) && b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u') {
                let Some(low) = hex4(b, at + 2) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", at + 1));
                };
                if (0xDC00..0xE000).contains(&low) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                    at += 6;
                }
            }
            push_cp(&mut out, cp);
        }
    }
}

/// Four hex digits at `at` (not `x`/`X` second, as `int(esc, 16)` would
/// take `0x12`).
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// A `json.decoder.JSONDecodeError(msg, doc, pos)`.
pub fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> crate::value::Obj {
    let made = (|| -> PyResult {
        let m = vm.import_module("json.decoder")?;
        let cls = vm.getattr_str(&m, "JSONDecodeError")?;
        let msg = vm.new_str(msg);
        vm.call(&cls, crate::function::Args::new(&[msg, doc.clone(), Value::Int(pos as i64)]))
    })();
    match made {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.new_exception_msg("ValueError", msg),
        Err(e) => e,
    }
}
