//! str: immutable text, UTF-8 inside, indexed by code point.

use alloc::boxed::Box;
use core::cell::Cell;

pub struct StrObj {
    text: Box<str>,
    /// Number of code points (== text.len() for ASCII, which makes indexing
    /// O(1) in the common case).
    char_len: usize,
    /// Lazily computed content hash (0 = not yet).
    hash: Cell<i64>,
}

impl StrObj {
    pub fn new(text: Box<str>) -> Self {
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        StrObj { text, char_len, hash: Cell::new(0) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = crate::qstr::hash_bytes(self.text.as_bytes());
        self.hash.set(h);
        h
    }
}
