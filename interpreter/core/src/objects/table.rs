//! The insertion-ordered hash table behind dict and set.
//!
//! Entries live in a dense vector in insertion order (deleted ones become
//! holes with a Null key); a separate open-addressing index maps hash slots
//! to entry positions. The table itself never compares keys: equality may
//! call Python code, so the VM asks for the candidate entries of a hash,
//! compares them itself, then comes back with the position.

use crate::value::Value;
use alloc::vec;
use alloc::vec::Vec;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The outcome of `Table::find_with`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Find {
    Found(usize),
    Absent,
    /// Some candidate's equality needs Python code.
    Undecided,
}

const EMPTY: u32 = u32::MAX;
const MIN_INDEX: usize = 16;
/// Tables up to this many entry slots have no index: lookups scan the
/// entries, which is faster and smaller for the many small dicts (instance
/// attributes, keyword arguments).
const SMALL: usize = 8;

#[derive(Default, Clone)]
pub struct Table {
    entries: Vec<Entry>,
    /// Open addressing: entry position, or EMPTY. Deleted entries keep their
    /// index slot (their Null key never matches), until the next rebuild.
    index: Vec<u32>,
    len: usize,
}

impl Table {
    pub fn new() -> Self {
        Table {
            entries: Vec::new(),
            index: Vec::new(),
            len: 0,
        }
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut t = Table::new();
        t.entries.reserve(n);
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            visit(e.key);
            visit(e.value);
        }
    }

    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * core::mem::size_of::<Entry>() + self.index.capacity() * 4
    }

    /// Positions of live entries whose hash equals `hash`, in probe order.
    pub fn candidates(&self, hash: i64, out: &mut Vec<usize>) {
        out.clear();
        if self.index.is_empty() {
            // Small table: a linear scan of the entries.
            for (pos, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_null() {
                    out.push(pos);
                }
            }
            return;
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        for _ in 0..self.index.len() {
            let pos = self.index[slot];
            if pos == EMPTY {
                return;
            }
            if let Some(e) = self.entries.get(pos as usize) {
                if e.hash == hash && !e.key.is_null() {
                    out.push(pos as usize);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Find a live entry by hash and a key-equality test that cannot fail
    /// (identity, small ints, strings...). `eq` returns None when it can't
    /// decide without running Python code; then `Find::Undecided` asks the
    /// caller to take the slow path.
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Find {
        if self.index.is_empty() {
            // Small table: a linear scan of the entries.
            for (pos, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_null() {
                    match eq(e.key) {
                        Some(true) => return Find::Found(pos),
                        Some(false) => {}
                        None => return Find::Undecided,
                    }
                }
            }
            return Find::Absent;
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        for _ in 0..self.index.len() {
            let pos = self.index[slot];
            if pos == EMPTY {
                return Find::Absent;
            }
            if let Some(e) = self.entries.get(pos as usize) {
                if e.hash == hash && !e.key.is_null() {
                    match eq(e.key) {
                        Some(true) => return Find::Found(pos as usize),
                        Some(false) => {}
                        None => return Find::Undecided,
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
        Find::Absent
    }

    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }

    pub fn set_value(&mut self, pos: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.index.is_empty() {
            // Small tables have no index; the first entry past SMALL builds it.
            if self.entries.len() < SMALL {
                self.entries.push(Entry { hash, key, value });
                self.len += 1;
                return;
            }
            self.rebuild(self.len + 1);
        } else if (self.entries.len() + 1) * 3 > self.index.len() * 2 {
            self.rebuild(self.len + 1);
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        let mask = self.index.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        while self.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = pos;
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries.get_mut(pos)?;
        if e.key.is_null() {
            return None;
        }
        let old = *e;
        e.key = Value::NULL;
        e.value = Value::NULL;
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        Some(old)
    }

    /// Remove and return the last entry in insertion order.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(e) = self.entries.last().copied() {
            let pos = self.entries.len() - 1;
            if e.key.is_null() {
                self.entries.pop();
                continue;
            }
            return self.remove_at(pos);
        }
        None
    }

    /// Remove and return the first entry in insertion order.
    pub fn pop_first(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().position(|e| !e.key.is_null())?;
        self.remove_at(pos)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Rebuild the index for at least `want` entries, dropping holes.
    fn rebuild(&mut self, want: usize) {
        self.entries.retain(|e| !e.key.is_null());
        let mut size = MIN_INDEX;
        while size * 2 < want * 3 + 3 {
            size *= 2;
        }
        self.index = vec![EMPTY; size];
        let mask = size - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            let mut slot = (e.hash as u64 as usize) & mask;
            while self.index[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = pos as u32;
        }
    }

    /// Number of entry positions (live or holes): iteration bound.
    #[inline]
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The first live entry at or after `pos`, with its position (for
    /// iterators that survive between calls).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while let Some(e) = self.entries.get(pos) {
            if !e.key.is_null() {
                return Some((pos, *e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }
}
