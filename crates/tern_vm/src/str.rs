//! The str payload: UTF-8 text with a cached hash and character count, so
//! that ASCII strings index by byte in O(1).

use std::cell::Cell;

pub struct PyStr {
    pub s: Box<str>,
    hash: Cell<i64>,
    /// Number of code points; equal to the byte length for ASCII.
    pub nchars: usize,
    /// Set for strings in the VM's intern table (never freed), so their
    /// address can key caches.
    pub interned: Cell<bool>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, hash: Cell::new(-1), nchars, interned: Cell::new(false) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The hash (FNV-1a variant), cached. Never -1.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// Appends `t` in place; only for a string nobody else can see (the
    /// caller holds its only reference and it is not interned).
    pub fn push_str(&mut self, t: &PyStr) {
        let mut s = std::mem::take(&mut self.s).into_string();
        s.reserve_exact(t.s.len());
        s.push_str(&t.s);
        self.s = s.into_boxed_str();
        self.nchars += t.nchars;
        self.hash.set(-1);
    }
    /// The code point at character index `i` (which must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
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
