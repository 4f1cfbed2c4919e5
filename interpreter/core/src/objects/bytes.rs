//! bytes: immutable byte strings.

use alloc::boxed::Box;
use core::cell::Cell;

pub struct BytesObj {
    pub data: Box<[u8]>,
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Box<[u8]>) -> Self {
        BytesObj { data, hash: Cell::new(0) }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = crate::qstr::hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
}
