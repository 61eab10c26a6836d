//! The str payload: text with a cached hash and character count, so that
//! ASCII strings index by byte in O(1).
//!
//! # Lone surrogates
//!
//! A Python str is a sequence of code points, and may hold lone surrogates
//! (U+D800..U+DFFF: `'\ud800'`, `chr(0xdc80)`, what the `surrogateescape`
//! error handler decodes undecodable bytes to). Rust's `str` cannot. tern
//! keeps every str's text as *generalized UTF-8* (WTF-8 without pairing):
//! each code point, surrogates included, encoded on its own with the usual
//! UTF-8 scheme, so a surrogate is the three bytes `ED A0..BF 80..BF`. For
//! a str without surrogates these bytes are plain UTF-8, and such strs
//! (the only ones most programs ever make) are stored and read as before.
//!
//! A str that holds a surrogate is a third kind of [`Text`], `Text::Surr`,
//! which keeps two texts:
//!
//! - `wtf8`: the true text, read through [`PyStr::wtf8`] (bytes) and
//!   [`PyStr::code_points`];
//! - `stand_in`: valid UTF-8 in which each surrogate U+D800+k is replaced by
//!   the private-use code point U+F0000+k ([`STAND_IN`]). This is what
//!   [`PyStr::as_str`] returns, so `as_str()` never builds a `&str` from
//!   bytes that are not UTF-8, and stays one match on the text's tag.
//!
//! The stand-in is a one-to-one map of code points: lengths, indices,
//! searches, splits and the Unicode predicates (a private-use character, like
//! a surrogate, is not alphanumeric, not printable, has no case) computed on
//! it are right. Code that builds a str from it must map the stand-ins back
//! ([`from_stand_in`]); the str methods do this in one wrapper
//! (`methods::str`), which also refuses (ValueError) an operation on a
//! surrogate str together with text that holds real U+F0000..U+F07FF
//! characters, where the map would not be one-to-one. Equality ([`str_eq`])
//! compares the stand-ins and, only when they are equal and a surrogate is
//! involved, the true bytes; ordering of strs with surrogates compares the
//! true bytes (generalized UTF-8 sorts by code point) on the generic path;
//! the hash is that of the stand-in text (equal strs have equal stand-ins).
//! So `'\ud800' != '\U000f0000'`, `'\ud800' < '\ue000'`, and both can be
//! dict keys, while ordinary strs compare and hash exactly as before.
//!
//! Cost: ordinary strs pay one tag test where code must tell them apart
//! (concatenation, the str specializations, which leave strs with
//! surrogates to the generic path); `as_str` reads `Heap` and `Surr` texts
//! from the same place. Encoders,
//! `repr`/`ascii`, indexing, slicing, iteration, concatenation, `ord`,
//! json and printing read the true code points.

use std::cell::Cell;

pub struct PyStr {
    text: Text,
    hash: Cell<i64>,
    /// Number of code points; equal to the byte length for ASCII.
    pub nchars: usize,
    /// Set for strings in the VM's intern table (never freed), so their
    /// address can key caches.
    pub interned: Cell<bool>,
}

/// Bytes of text kept inside the object itself: most strings a program
/// makes (names, keys, words, digits) fit, and then a str is one
/// allocation, not two.
const INLINE: usize = 38;

/// The stand-in of surrogate U+D800+k in [`PyStr::as_str`] is `STAND_IN + k`.
pub const STAND_IN: u32 = 0xF0000;

/// A str's text: UTF-8 inline when short, else in its own heap buffer; or
/// text with lone surrogates.
enum Text {
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
    /// `stand_in` is where `Heap` keeps its text, so that `as_str` reads
    /// both alike.
    Surr {
        stand_in: Box<str>,
        wtf8: Box<Box<[u8]>>,
    },
}

const _: () = assert!(std::mem::size_of::<PyStr>() <= 64);

impl Text {
    fn new(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline { len: s.len() as u8, bytes }
        } else {
            Text::Heap(s.into())
        }
    }

    fn from_string(s: String) -> Text {
        if s.len() <= INLINE {
            Text::new(&s)
        } else {
            Text::Heap(s.into_boxed_str())
        }
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::with_text(Text::new(s))
    }
    /// A str of ASCII bytes (as `upper` and `lower` make them), with no
    /// UTF-8 check or character count; None if `b` is not ASCII.
    pub fn from_ascii(b: &[u8]) -> Option<PyStr> {
        if !b.is_ascii() {
            return None;
        }
        let text = if b.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..b.len()].copy_from_slice(b);
            Text::Inline { len: b.len() as u8, bytes }
        } else {
            // SAFETY: ASCII bytes are valid UTF-8 (checked above).
            Text::Heap(unsafe { std::str::from_utf8_unchecked(b) }.into())
        };
        Some(PyStr { text, hash: Cell::new(-1), nchars: b.len(), interned: Cell::new(false) })
    }
    /// Takes over `s`'s buffer when the text is too long to go inline.
    pub fn from_string(s: String) -> PyStr {
        PyStr::with_text(Text::from_string(s))
    }
    /// A str from generalized UTF-8 (as produced by [`push_cp`]); plain
    /// UTF-8 makes an ordinary str.
    pub fn from_wtf8(b: Vec<u8>) -> PyStr {
        if !has_surrogate_bytes(&b) {
            return match String::from_utf8(b) {
                Ok(s) => PyStr::from_string(s),
                Err(e) => PyStr::from_string(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            };
        }
        let mut stand_in = String::with_capacity(b.len() + 1);
        let mut n = 0;
        for cp in Wtf8Iter::new(&b) {
            n += 1;
            let c = if (0xD800..0xE000).contains(&cp) { STAND_IN + (cp - 0xD800) } else { cp };
            stand_in.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        let text = Text::Surr { stand_in: stand_in.into_boxed_str(), wtf8: Box::new(b.into_boxed_slice()) };
        PyStr { text, hash: Cell::new(-1), nchars: n, interned: Cell::new(false) }
    }
    /// A str of the code points `cps` (any in 0..=0x10FFFF).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> PyStr {
        let mut b = Vec::new();
        for cp in cps {
            push_cp(&mut b, cp);
        }
        PyStr::from_wtf8(b)
    }
    /// A new str with the same text.
    pub fn copy(&self) -> PyStr {
        match self.to_str() {
            Some(s) => PyStr::new(s),
            None => PyStr::from_wtf8(self.wtf8().to_vec()),
        }
    }
    fn with_text(text: Text) -> PyStr {
        let mut p = PyStr { text, hash: Cell::new(-1), nchars: 0, interned: Cell::new(false) };
        let s = p.as_str();
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        p.nchars = nchars;
        p
    }
    /// The text as UTF-8. For a str with lone surrogates, each is replaced
    /// by its stand-in (see the module doc): use [`PyStr::wtf8`] or
    /// [`PyStr::code_points`] where the true text matters.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            // SAFETY: the inline bytes were copied from a `&str` (or two:
            // see `push_str`), so the first `len` are valid UTF-8.
            Text::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize)) },
            Text::Heap(s) | Text::Surr { stand_in: s, .. } => s,
        }
    }
    /// The true text as generalized UTF-8 (plain UTF-8 when the str has no
    /// surrogates).
    #[inline]
    pub fn wtf8(&self) -> &[u8] {
        match &self.text {
            // SAFETY: `len` is at most INLINE (see `Text::new`, `push_str`).
            Text::Inline { len, bytes } => unsafe { bytes.get_unchecked(..*len as usize) },
            Text::Heap(s) => s.as_bytes(),
            Text::Surr { wtf8, .. } => wtf8,
        }
    }
    /// The text as UTF-8, or None when it holds a lone surrogate.
    #[inline]
    pub fn to_str(&self) -> Option<&str> {
        match &self.text {
            Text::Surr { .. } => None,
            _ => Some(self.as_str()),
        }
    }
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        matches!(self.text, Text::Surr { .. })
    }
    /// The code points of the true text.
    pub fn code_points(&self) -> Wtf8Iter<'_> {
        Wtf8Iter::new(self.wtf8())
    }
    /// The length in bytes of the text (generalized UTF-8).
    #[inline]
    pub fn byte_len(&self) -> usize {
        match &self.text {
            Text::Inline { len, .. } => *len as usize,
            Text::Heap(s) => s.len(),
            Text::Surr { wtf8, .. } => wtf8.len(),
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.byte_len()
    }
    /// The hash (FNV-1a variant), cached. Never -1.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        // Of the stand-in text: equal strs have equal stand-ins.
        let h = hash_str(self.as_str());
        self.hash.set(h);
        h
    }
    /// Appends `t` in place; only for a string nobody else can see (the
    /// caller holds its only reference and it is not interned).
    pub fn push_str(&mut self, t: &PyStr) {
        if self.has_surrogates() || t.has_surrogates() {
            *self = PyStr::concat(self, t);
            return;
        }
        let (old, add) = (self.byte_len(), t.byte_len());
        match &mut self.text {
            Text::Inline { len, bytes } if old + add <= INLINE => {
                bytes[old..old + add].copy_from_slice(t.as_str().as_bytes());
                *len = (old + add) as u8;
            }
            _ => {
                let mut s = String::with_capacity(old + add);
                s.push_str(self.as_str());
                s.push_str(t.as_str());
                self.text = Text::Heap(s.into_boxed_str());
            }
        }
        self.nchars += t.nchars;
        self.hash.set(-1);
    }
    /// The concatenation of two strs.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut v = Vec::with_capacity(a.byte_len() + b.byte_len());
        v.extend_from_slice(a.wtf8());
        v.extend_from_slice(b.wtf8());
        PyStr::from_wtf8(v)
    }
    /// The code point at character index `i` (which must be in range).
    #[inline]
    pub fn cp_at(&self, i: usize) -> u32 {
        if self.is_ascii() {
            self.wtf8()[i] as u32
        } else {
            self.cp_at_slow(i)
        }
    }
    #[inline(never)]
    fn cp_at_slow(&self, i: usize) -> u32 {
        self.code_points().nth(i).unwrap_or(0)
    }
    /// The character at index `i` (which must be in range) of
    /// [`PyStr::as_str`] (a surrogate comes as its stand-in).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` in [`PyStr::as_str`] (clamped to
    /// the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.byte_len())
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
        }
    }
}

/// `needle in hay` for strs: on the true text when either holds lone
/// surrogates (generalized UTF-8, like UTF-8, matches bytes only at
/// character boundaries).
#[inline(never)]
pub fn contains(hay: &PyStr, needle: &PyStr) -> bool {
    if hay.has_surrogates() || needle.has_surrogates() {
        return contains_wtf8(hay.wtf8(), needle.wtf8());
    }
    hay.as_str().contains(needle.as_str())
}

#[cold]
#[inline(never)]
fn contains_wtf8(h: &[u8], n: &[u8]) -> bool {
    n.is_empty() || h.windows(n.len()).any(|w| w == n)
}

/// `a == b` for strs. Different stand-in texts mean different strs; equal
/// ones are the same str unless lone surrogates are involved (a surrogate
/// and the private-use character standing for it).
#[inline]
pub fn str_eq(a: &PyStr, b: &PyStr) -> bool {
    a.as_str() == b.as_str() && (!(a.has_surrogates() | b.has_surrogates()) || eq_wtf8(a, b))
}

#[cold]
#[inline(never)]
fn eq_wtf8(a: &PyStr, b: &PyStr) -> bool {
    a.wtf8() == b.wtf8()
}

/// Whether generalized UTF-8 `b` holds a surrogate (`ED A0..BF`).
#[inline]
pub fn has_surrogate_bytes(b: &[u8]) -> bool {
    b.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0)
}

/// Appends code point `cp` (surrogates included) in generalized UTF-8.
#[inline]
pub fn push_cp(out: &mut Vec<u8>, cp: u32) {
    // Callers pass code points; anything beyond is U+FFFD, never bad bytes.
    let cp = if cp > 0x10FFFF { 0xFFFD } else { cp };
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// Maps stand-ins (U+F0000..U+F07FF) in `s` back to the surrogates they
/// stand for.
pub fn from_stand_in(s: &str) -> PyStr {
    if !s.chars().any(is_stand_in) {
        return PyStr::new(s);
    }
    PyStr::from_code_points(s.chars().map(|c| if is_stand_in(c) { c as u32 - STAND_IN + 0xD800 } else { c as u32 }))
}

#[inline]
pub fn is_stand_in(c: char) -> bool {
    (STAND_IN..STAND_IN + 0x800).contains(&(c as u32))
}

/// The code points of generalized UTF-8 text.
pub struct Wtf8Iter<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Wtf8Iter<'a> {
    pub fn new(b: &'a [u8]) -> Self {
        Wtf8Iter { b, i: 0 }
    }
    /// Byte offset of the next code point.
    pub fn offset(&self) -> usize {
        self.i
    }
}

impl Iterator for Wtf8Iter<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        let (cp, n) = decode_at(self.b, self.i)?;
        self.i += n;
        Some(cp)
    }
}

/// The code point of generalized UTF-8 `b` at byte `i`, and its length.
#[inline]
pub fn decode_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = *b.get(i)? as u32;
    let cont = |k: usize| b.get(i + k).map(|&x| (x & 0x3F) as u32).unwrap_or(0);
    Some(if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    })
}

/// Hash of a string's text; process-stable, never -1.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// Hash of a string's generalized UTF-8 bytes; process-stable, never -1.
#[inline]
pub fn hash_bytes(s: &[u8]) -> i64 {
    // As in CPython, the empty string hashes to 0.
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A fast, non-cryptographic hasher for identifier-keyed tables.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ *b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
