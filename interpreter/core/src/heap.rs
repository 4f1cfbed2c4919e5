//! The GC heap: an arena of objects addressed by `ObjRef` handles, with a
//! byte budget and a precise mark-and-sweep collector.
//!
//! Allocation goes through the VM (`Vm::alloc`), which knows the roots and
//! may collect before giving up with MemoryError. Every object allocated is
//! also pushed on `temp_roots` ("recently allocated"), which the VM truncates
//! at each instruction boundary: so native code never loses the objects it is
//! building when an allocation in the middle of its work triggers a
//! collection. Native code that keeps values across a call back into Python
//! pushes them on `temp_roots` itself.

use crate::objects::Object;
use crate::value::Value;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ObjRef(u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> u32 {
        self.0
    }
    pub(crate) const fn from_raw(i: u32) -> ObjRef {
        ObjRef(i)
    }
}

struct Slot {
    obj: Object,
    marked: bool,
}

pub struct Heap {
    slots: Vec<Slot>,
    /// What a stale handle reads as: a logic error, but never a panic.
    freed: Object,
    free: Vec<u32>,
    /// Values that must survive a collection although no frame holds them
    /// yet (see module docs).
    pub temp_roots: Vec<Value>,
    /// Bytes currently charged to live (or not yet collected) objects.
    used: usize,
    /// The byte budget (`-X heapsize=`, or the board's RAM region), on top
    /// of `base`.
    budget: usize,
    /// Bytes used by the start-up objects when the budget was set.
    base: usize,
    /// Collect automatically when `used` passes this.
    next_collect: usize,
    /// gc.threshold(): collect after this many bytes were allocated since the
    /// last collection (None: only the automatic policy).
    user_threshold: Option<usize>,
    allocated_since_collect: usize,
    pub enabled: bool,
    /// micropython.heap_lock() nesting depth: allocation raises MemoryError.
    pub lock_depth: u32,
    pub collections: u64,
    peak_used: usize,
    /// Objects allocated since the last collection (for `stress`).
    objects_since_collect: usize,
    /// Collect before every allocation (`-X gcstress`): finds values that
    /// native code forgot to root, at a large cost in speed.
    pub stress: bool,
    /// Port file handles of objects the last sweep freed, for the VM to
    /// close (the heap has no port).
    pub orphan_file_handles: Vec<u32>,
}

/// Why an allocation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocError {
    /// Over budget even after collecting.
    OutOfMemory,
    /// The heap is locked.
    Locked,
}

impl Heap {
    pub fn new(budget: usize) -> Self {
        Heap {
            slots: Vec::new(),
            freed: Object::Free,
            free: Vec::new(),
            temp_roots: Vec::new(),
            used: 0,
            budget,
            base: 0,
            next_collect: budget / 2,
            user_threshold: None,
            allocated_since_collect: 0,
            enabled: true,
            lock_depth: 0,
            collections: 0,
            peak_used: 0,
            stress: false,
            orphan_file_handles: Vec::new(),
            objects_since_collect: 0,
        }
    }

    /// The per-object bookkeeping cost charged on top of an object's payload.
    pub const SLOT_BYTES: usize = core::mem::size_of::<Slot>();

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Object {
        match self.slots.get(r.0 as usize) {
            Some(s) => &s.obj,
            None => &self.freed,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> Option<&mut Object> {
        self.slots.get_mut(r.0 as usize).map(|s| &mut s.obj)
    }

    /// Whether an allocation of `bytes` more would exceed a limit that calls
    /// for a collection first.
    pub fn wants_collect(&self, bytes: usize) -> bool {
        if self.stress {
            // Every allocation while the heap is small; with many live
            // objects every (live / 1000)th, so deep structures don't make
            // the stress run quadratic.
            let live = self.live_slots();
            return live <= 10_000 || self.objects_since_collect >= live / 1000;
        }
        if !self.enabled {
            return self.used + bytes > self.budget;
        }
        if let Some(t) = self.user_threshold {
            if self.allocated_since_collect + bytes > t {
                return true;
            }
        }
        self.used + bytes > self.next_collect
    }

    /// Check that `bytes` more fit in the budget (called after any
    /// collection the VM chose to run).
    pub fn check_fits(&self, bytes: usize) -> Result<(), AllocError> {
        if self.lock_depth > 0 {
            return Err(AllocError::Locked);
        }
        if self.used.saturating_add(bytes) > self.budget {
            return Err(AllocError::OutOfMemory);
        }
        Ok(())
    }

    /// Place an object (whose budget the caller has checked) in the arena.
    pub fn insert(&mut self, obj: Object) -> ObjRef {
        let bytes = obj.heap_bytes() + Self::SLOT_BYTES;
        self.charge(bytes);
        self.objects_since_collect += 1;
        let r = if let Some(i) = self.free.pop() {
            if let Some(slot) = self.slots.get_mut(i as usize) {
                slot.obj = obj;
                slot.marked = false;
            }
            ObjRef(i)
        } else {
            self.slots.push(Slot { obj, marked: false });
            ObjRef(self.slots.len() as u32 - 1)
        };
        self.temp_roots.push(Value::obj(r));
        r
    }

    /// Make sure the next `insert` needs no allocation for the arena
    /// itself: a slot is free, or the slot table has room or could grow
    /// (by half its size, or by less when memory is short). False when the
    /// allocator has no room for even a small growth.
    pub fn reserve_slot(&mut self) -> bool {
        if !self.free.is_empty() || self.slots.len() < self.slots.capacity() {
            return true;
        }
        let cap = self.slots.capacity();
        [cap.max(64), cap / 4, 256, 16]
            .into_iter()
            .any(|extra| extra > 0 && self.slots.try_reserve_exact(extra).is_ok())
    }

    /// Account for payload growth of an existing object (a list grew).
    #[inline]
    pub fn charge(&mut self, bytes: usize) {
        self.used += bytes;
        self.allocated_since_collect += bytes;
        if self.used > self.peak_used {
            self.peak_used = self.used;
        }
    }

    pub fn used(&self) -> usize {
        self.used
    }
    /// Bytes the program has allocated (gc.mem_alloc): what is in use beyond
    /// the start-up objects, which are not part of the program's heap size.
    pub fn program_used(&self) -> usize {
        self.used.saturating_sub(self.base)
    }
    /// The program's heap size (-X heapsize).
    pub fn program_size(&self) -> usize {
        self.budget.saturating_sub(self.base)
    }
    pub fn budget(&self) -> usize {
        self.budget
    }
    pub fn free_bytes(&self) -> usize {
        self.budget.saturating_sub(self.used)
    }
    pub fn peak(&self) -> usize {
        self.peak_used
    }
    /// Set the byte budget (the VM gives the program `heapsize` bytes on top
    /// of what its start-up objects use).
    pub fn set_budget(&mut self, budget: usize) {
        self.base = self.used;
        self.budget = budget;
        self.next_collect = Self::next_trigger(self.used, budget);
    }

    /// When to collect next, given what survived: once the heap has grown
    /// by as much as is live (at least 256 KiB), so memory stays near twice
    /// the live data; and before half of what is left is used up, but not
    /// sooner than a small step (a full heap mustn't collect on every
    /// allocation forever).
    fn next_trigger(used: usize, budget: usize) -> usize {
        const MIN_GROWTH: usize = 256 * 1024;
        let left = budget.saturating_sub(used);
        let by_growth = core::cmp::max(used, MIN_GROWTH);
        let by_space = core::cmp::max(left / 2, core::cmp::min(left, 4096));
        used + core::cmp::min(by_growth, by_space)
    }

    pub fn set_threshold(&mut self, t: Option<usize>) {
        self.user_threshold = t;
    }
    pub fn threshold(&self) -> Option<usize> {
        self.user_threshold
    }
    pub fn live_slots(&self) -> usize {
        self.slots.len() - self.free.len()
    }
    pub fn total_slots(&self) -> usize {
        self.slots.len()
    }

    /// Mark everything reachable from `roots` (plus temp_roots). The mark
    /// stack is explicit so deep structures cannot overflow the Rust stack.
    pub fn mark_from(&mut self, roots: &[Value]) {
        let mut stack: Vec<ObjRef> = Vec::new();
        let temp = core::mem::take(&mut self.temp_roots);
        for v in roots.iter().chain(temp.iter()) {
            if let Some(r) = v.as_obj() {
                stack.push(r);
            }
        }
        self.temp_roots = temp;
        self.mark_stack(&mut stack);
    }

    /// Mark a handle and everything reachable from it.
    pub fn mark_ref(&mut self, r: ObjRef) {
        let mut stack = alloc::vec![r];
        self.mark_stack(&mut stack);
    }

    fn mark_stack(&mut self, stack: &mut Vec<ObjRef>) {
        while let Some(r) = stack.pop() {
            let Some(slot) = self.slots.get_mut(r.0 as usize) else {
                continue;
            };
            if slot.marked {
                continue;
            }
            slot.marked = true;
            slot.obj.trace(&mut |v: Value| {
                if let Some(child) = v.as_obj() {
                    stack.push(child);
                }
            });
        }
    }

    /// Free every unmarked object, clear marks, recompute the bytes in use.
    /// Returns the number of objects freed.
    pub fn sweep(&mut self) -> usize {
        let mut freed = 0;
        let mut used = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if matches!(slot.obj, Object::Free) {
                continue;
            }
            if slot.marked {
                slot.marked = false;
                used += slot.obj.heap_bytes() + Self::SLOT_BYTES;
            } else {
                if let Object::Native(n) = &slot.obj {
                    if let Some(h) = n.port_file_handle() {
                        self.orphan_file_handles.push(h);
                    }
                }
                slot.obj = Object::Free;
                self.free.push(i as u32);
                freed += 1;
            }
        }
        self.used = used;
        self.allocated_since_collect = 0;
        self.objects_since_collect = 0;
        self.collections += 1;
        self.next_collect = Self::next_trigger(used, self.budget);
        if self.used > self.peak_used {
            self.peak_used = self.used;
        }
        freed
    }

    /// Every slot in arena order, None for free ones (mem_info(1)'s map).
    pub fn for_each_slot(&self, mut f: impl FnMut(Option<&Object>)) {
        for slot in &self.slots {
            match slot.obj {
                Object::Free => f(None),
                ref o => f(Some(o)),
            }
        }
    }

    /// Iterate over live objects (for mem_info(1)'s heap map).
    pub fn for_each_live(&self, mut f: impl FnMut(ObjRef, &Object)) {
        for (i, slot) in self.slots.iter().enumerate() {
            if !matches!(slot.obj, Object::Free) {
                f(ObjRef(i as u32), &slot.obj);
            }
        }
    }
}
