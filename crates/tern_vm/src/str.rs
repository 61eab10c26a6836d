//! The str payload: UTF-8 text with a cached hash and character count, so
//! that ASCII strings index by byte in O(1).

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

/// A str's UTF-8 text: inline when short, else in its own heap buffer.
enum Text {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
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
    /// Takes over `s`'s buffer when the text is too long to go inline.
    pub fn from_string(s: String) -> PyStr {
        PyStr::with_text(Text::from_string(s))
    }
    fn with_text(text: Text) -> PyStr {
        let mut p = PyStr { text, hash: Cell::new(-1), nchars: 0, interned: Cell::new(false) };
        let s = p.as_str();
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        p.nchars = nchars;
        p
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            // SAFETY: the inline bytes were copied from a `&str` (or two:
            // see `push_str`), so the first `len` are valid UTF-8.
            Text::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize)) },
            Text::Heap(s) => s,
        }
    }
    /// The length in bytes of the UTF-8 text.
    #[inline]
    pub fn byte_len(&self) -> usize {
        match &self.text {
            Text::Inline { len, .. } => *len as usize,
            Text::Heap(s) => s.len(),
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
        let h = hash_str(self.as_str());
        self.hash.set(h);
        h
    }
    /// Appends `t` in place; only for a string nobody else can see (the
    /// caller holds its only reference and it is not interned).
    pub fn push_str(&mut self, t: &PyStr) {
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
    /// The code point at character index `i` (which must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.byte_len())
        } else {
            self.as_str().char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.byte_len())
        }
    }
}

/// Hash of a string's text; process-stable, never -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
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
