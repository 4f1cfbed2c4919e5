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
    /// Sets only: where CPython's set would keep each entry, which is the
    /// order sets iterate in (so `print({3, 1, 2})` shows `{1, 2, 3}`).
    layout: Option<alloc::boxed::Box<SetLayout>>,
}

/// A slot of [`SetLayout`] that held a removed entry (CPython's dummy).
const DUMMY: u32 = u32::MAX - 1;
/// CPython's set probing: a few neighbours, then perturbed jumps.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SET_MINSIZE: usize = 8;

/// The slot table of CPython's `setobject.c`, replayed operation by
/// operation: slots hold entry positions (or EMPTY/DUMMY), probing, growth
/// and dummies follow CPython, so iteration visits entries in the same
/// order as CPython for the same history of operations and hashes.
#[derive(Clone)]
struct SetLayout {
    slots: Vec<u32>,
    /// Slots ever used since the last resize (live + dummies).
    fill: usize,
    /// Where set.pop() resumes.
    finger: usize,
}

impl SetLayout {
    fn new() -> Self {
        SetLayout {
            slots: vec![EMPTY; SET_MINSIZE],
            fill: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The probe sequence of `hash`, calling `visit(slot)` until it returns
    /// true (CPython's set_add_entry / set_insert_clean walk).
    fn probe(&self, hash: i64, mut visit: impl FnMut(usize) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // Bounded: every slot is visited within a few rounds of perturbed
        // jumps, and the table always has an empty slot.
        for _ in 0..(self.slots.len() * 4 + 64) {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if visit(i + j) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        // Fall back to a linear scan (cannot happen with a sane table).
        for k in 0..self.slots.len() {
            if visit(k) {
                return;
            }
        }
    }

    /// Place a new entry (its key is known to be absent): the first dummy
    /// on the way, else the empty slot that ends the probe. True when the
    /// table must grow (CPython checks fill*5 >= mask*3).
    fn add(&mut self, hash: i64, pos: u32) -> bool {
        let mut free: Option<usize> = None;
        let mut empty: Option<usize> = None;
        let slots = &self.slots;
        self.probe(hash, |k| match slots.get(k) {
            Some(&EMPTY) => {
                empty = Some(k);
                true
            }
            Some(&DUMMY) => {
                if free.is_none() {
                    free = Some(k);
                }
                false
            }
            _ => false,
        });
        if let Some(k) = free {
            if let Some(slot) = self.slots.get_mut(k) {
                *slot = pos;
            }
            return false;
        }
        if let Some(k) = empty {
            if let Some(slot) = self.slots.get_mut(k) {
                *slot = pos;
            }
            self.fill += 1;
        }
        self.fill * 5 >= self.mask() * 3
    }

    /// Insert into a table without dummies or equal keys (resizes, merges).
    fn insert_clean(&mut self, hash: i64, pos: u32) {
        let mut at = None;
        let slots = &self.slots;
        self.probe(hash, |k| {
            if slots.get(k) == Some(&EMPTY) {
                at = Some(k);
                true
            } else {
                false
            }
        });
        if let Some(slot) = at.and_then(|k| self.slots.get_mut(k)) {
            *slot = pos;
        }
        self.fill += 1;
    }

    /// Turn the slot holding entry `pos` into a dummy.
    fn remove(&mut self, hash: i64, pos: u32) {
        let mut at = None;
        let slots = &self.slots;
        self.probe(hash, |k| match slots.get(k) {
            Some(&p) if p == pos => {
                at = Some(k);
                true
            }
            Some(&EMPTY) | None => true,
            _ => false,
        });
        if let Some(slot) = at.and_then(|k| self.slots.get_mut(k)) {
            *slot = DUMMY;
        }
    }

    /// Grow (or shrink) to the smallest power of two above `minused`,
    /// re-inserting live entries in slot order and dropping dummies.
    fn resize(&mut self, entries: &[Entry], minused: usize) {
        let mut size = SET_MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = core::mem::replace(&mut self.slots, vec![EMPTY; size]);
        self.fill = 0;
        for p in old {
            if p != EMPTY && p != DUMMY {
                if let Some(e) = entries.get(p as usize) {
                    self.insert_clean(e.hash, p);
                }
            }
        }
    }
}

impl Table {
    pub fn new() -> Self {
        Table {
            entries: Vec::new(),
            index: Vec::new(),
            len: 0,
            layout: None,
        }
    }

    /// An empty table for a set: it keeps CPython's slot layout, which is
    /// the order the set iterates in.
    pub fn new_set() -> Self {
        Table {
            layout: Some(alloc::boxed::Box::new(SetLayout::new())),
            ..Table::new()
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
        self.entries.capacity() * core::mem::size_of::<Entry>()
            + self.index.capacity() * 4
            + self.layout.as_ref().map_or(0, |l| l.slots.capacity() * 4)
    }

    /// Whether the next `insert_new` may grow the entries, the index or the
    /// set layout, and if so an upper bound of the bytes it allocates: the
    /// VM reserves them first, so a full heap or RAM is MemoryError rather
    /// than a failed allocation.
    pub fn insert_growth(&self) -> usize {
        let entries_full = self.entries.len() == self.entries.capacity();
        let index_grows = if self.index.is_empty() {
            self.entries.len() >= SMALL
        } else {
            (self.entries.len() + 1) * 3 > self.index.len() * 2
        };
        let layout_grows = self
            .layout
            .as_ref()
            .is_some_and(|l| (l.fill + 1) * 5 >= l.mask() * 3);
        if entries_full || index_grows || layout_grows {
            // Rebuilding allocates the new parts before the old are freed.
            self.heap_bytes() * 2 + 256
        } else {
            0
        }
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
                self.layout_add(hash);
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
        self.layout_add(hash);
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
        if let Some(l) = self.layout.as_mut() {
            l.remove(old.hash, pos as u32);
        }
        if self.len == 0 {
            // A set keeps its slots (as dummies) like CPython's.
            let layout = self.layout.take();
            self.clear();
            self.layout = layout;
        }
        Some(old)
    }

    /// Record the just-pushed (last) entry in the set layout, growing it
    /// the way CPython does.
    fn layout_add(&mut self, hash: i64) {
        let pos = self.entries.len().saturating_sub(1) as u32;
        let used = self.len;
        if let Some(l) = self.layout.as_mut() {
            if l.add(hash, pos) {
                let want = if used > 50_000 { used * 2 } else { used * 4 };
                l.resize(&self.entries, want);
            }
        }
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

    /// Remove and return the first entry in insertion order (for a set,
    /// the entry CPython's set.pop() takes: the next live slot from where
    /// the previous pop stopped).
    pub fn pop_first(&mut self) -> Option<Entry> {
        if let Some(l) = self.layout.as_mut() {
            if self.len == 0 {
                return None;
            }
            let n = l.slots.len();
            let start = l.finger & l.mask();
            let found = (0..n)
                .map(|k| (start + k) % n)
                .find(|&k| l.slots.get(k).is_some_and(|&p| p != EMPTY && p != DUMMY))?;
            l.finger = found + 1;
            let pos = l.slots.get(found).copied().unwrap_or(EMPTY) as usize;
            return self.remove_at(pos);
        }
        let pos = self.entries.iter().position(|e| !e.key.is_null())?;
        self.remove_at(pos)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        if let Some(l) = self.layout.as_mut() {
            let finger = l.finger;
            **l = SetLayout::new();
            l.finger = finger;
        }
    }

    /// Rebuild the index for at least `want` entries, dropping holes.
    fn rebuild(&mut self, want: usize) {
        if let Some(l) = self.layout.as_mut() {
            // Entry positions shift as holes go: renumber the set layout.
            let mut new_pos = Vec::with_capacity(self.entries.len());
            let mut next = 0u32;
            for e in &self.entries {
                new_pos.push(if e.key.is_null() { DUMMY } else { next });
                next += u32::from(!e.key.is_null());
            }
            for slot in l.slots.iter_mut() {
                if *slot != EMPTY && *slot != DUMMY {
                    *slot = new_pos.get(*slot as usize).copied().unwrap_or(DUMMY);
                }
            }
        }
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

    /// Live entries in iteration order: insertion order for a dict, slot
    /// order for a set.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        let slots: &[u32] = self.layout.as_ref().map_or(&[], |l| &l.slots);
        let by_slot = slots
            .iter()
            .filter_map(|&p| self.entries.get(p as usize))
            .filter(|e| !e.key.is_null());
        let by_pos = self
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .take(if self.layout.is_some() { 0 } else { usize::MAX });
        by_slot.chain(by_pos)
    }

    /// The first live entry at or after iteration position `pos`, with its
    /// position (for iterators that survive between calls). Positions are
    /// entry positions for a dict, slots for a set.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Entry)> {
        if let Some(l) = self.layout.as_ref() {
            while let Some(&p) = l.slots.get(pos) {
                if let Some(e) = self.entries.get(p as usize).filter(|e| !e.key.is_null()) {
                    return Some((pos, *e));
                }
                pos += 1;
            }
            return None;
        }
        while let Some(e) = self.entries.get(pos) {
            if !e.key.is_null() {
                return Some((pos, *e));
            }
            pos += 1;
        }
        None
    }

    /// Sets: prepare for merging `incoming` entries the way CPython's
    /// set_merge/set_update do (grow first when they would fill the table).
    pub fn set_reserve_for_merge(&mut self, incoming: usize) {
        let used = self.len;
        if let Some(l) = self.layout.as_mut() {
            if (l.fill + incoming) * 5 >= l.mask() * 3 {
                l.resize(&self.entries, (used + incoming) * 2);
            }
        }
    }

    /// Sets: after removals (difference_update), shrink away dummies when
    /// more than a quarter of the slots hold them, as CPython does.
    pub fn set_compact_dummies(&mut self) {
        let used = self.len;
        if let Some(l) = self.layout.as_mut() {
            if l.fill.saturating_sub(used) > l.mask() / 4 {
                let want = if used > 50_000 { used * 2 } else { used * 4 };
                l.resize(&self.entries, want);
            }
        }
    }

    /// Sets: whether removed entries still occupy slots.
    pub fn set_has_dummies(&self) -> bool {
        self.layout.as_ref().is_some_and(|l| l.fill > self.len)
    }

    /// Sets: slots ever used since the last resize (live and dummies).
    pub fn set_fill(&self) -> usize {
        self.layout.as_ref().map_or(0, |l| l.fill)
    }

    /// Sets: where set.pop() resumes.
    pub fn set_finger(&self) -> usize {
        self.layout.as_ref().map_or(0, |l| l.finger)
    }

    /// Sets: carry set.pop()'s position over (a set keeps it when its
    /// table is replaced, as CPython's does).
    pub fn set_set_finger(&mut self, finger: usize) {
        if let Some(l) = self.layout.as_mut() {
            l.finger = finger;
        }
    }

    /// Sets: the slot count of the layout (for merges that copy layouts).
    pub fn set_slots(&self) -> usize {
        self.layout.as_ref().map_or(0, |l| l.slots.len())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }
}
