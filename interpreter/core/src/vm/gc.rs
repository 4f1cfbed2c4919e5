//! Garbage collection: gather the roots and run the heap's mark & sweep.

use super::Vm;
use crate::value::Value;
use alloc::vec::Vec;

impl Vm {
    /// Collect garbage now. Returns the number of objects freed.
    pub fn collect(&mut self) -> usize {
        let mut roots: Vec<Value> = Vec::with_capacity(64);
        roots.push(Value::obj(self.builtins));
        roots.push(Value::obj(self.modules));
        roots.push(Value::obj(self.sys_dict));
        roots.push(self.memory_error);
        roots.extend_from_slice(&self.extra_roots);
        roots.extend_from_slice(&self.dupterm);
        roots.extend(self.native_types.iter().map(|(_, t)| Value::obj(*t)));
        for (f, a) in &self.scheduled {
            roots.push(*f);
            roots.push(*a);
        }
        self.types.trace(&mut |v| roots.push(v));
        for frame in &self.frames {
            frame.trace(&mut |v| roots.push(v));
        }
        for r in &self.repr_stack {
            roots.push(Value::obj(*r));
        }
        self.heap.mark_from(&roots);
        // Freed type handles may be reused: cached lookups are stale.
        self.invalidate_attr_cache();
        let freed = self.heap.sweep();
        for h in core::mem::take(&mut self.heap.orphan_file_handles) {
            let _ = self.port.file_close(h);
        }
        freed
    }
}
