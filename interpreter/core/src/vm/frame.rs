//! Frames: the activation records of Python code. They live on the VM's
//! explicit frame stack (Python-to-Python calls never recurse on the Rust
//! stack); a suspended generator owns its frame.

use crate::heap::ObjRef;
use crate::objects::Code;
use crate::value::Value;
use alloc::rc::Rc;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// try: body of a try/except; an exception jumps to the handler.
    Except,
    /// try: body of a try/finally or with; an exception jumps to the
    /// finally code with the exception on the stack.
    Finally,
    /// Inside an except/finally handler: records the exception being
    /// handled (for bare `raise`, `__context__` and sys.exc_info()).
    Handler,
}

#[derive(Clone, Copy)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth (relative to the stack base) to restore.
    pub depth: u32,
    /// For Handler blocks: the exception being handled.
    pub exc: Value,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub code_ref: ObjRef,
    /// Index of the next instruction.
    pub ip: usize,
    /// Locals, then cells, then the value stack.
    pub regs: Vec<Value>,
    /// Where the value stack starts in `regs`.
    pub stack_base: usize,
    pub globals: ObjRef,
    /// The namespace of module and class bodies (Null in functions).
    pub locals: Value,
    pub blocks: Vec<Block>,
    /// The running function (Null for module/class bodies).
    pub func: Value,
    /// When this frame returns, the interpreter loop that pushed it returns
    /// to its Rust caller (a native function calling back into Python, a
    /// generator resumption, the top level).
    pub is_entry: bool,
    /// The generator owning this frame, if any.
    pub generator: Option<ObjRef>,
    /// When not Null, what the frame's caller receives instead of the
    /// return value (an `__init__` run inline for a class call returns the
    /// new instance).
    pub return_override: Value,
}

impl Frame {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.code_ref));
        visit(Value::obj(self.globals));
        visit(self.locals);
        visit(self.func);
        self.regs.iter().for_each(|v| visit(*v));
        self.blocks.iter().for_each(|b| visit(b.exc));
        if let Some(g) = self.generator {
            visit(Value::obj(g));
        }
        visit(self.return_override);
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.regs.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        if self.regs.len() > self.stack_base {
            self.regs.pop().unwrap_or(Value::NONE)
        } else {
            Value::NONE
        }
    }

    #[inline]
    pub fn top(&self) -> Value {
        if self.regs.len() > self.stack_base {
            self.regs[self.regs.len() - 1]
        } else {
            Value::NONE
        }
    }

    /// The item `n` below the top (0 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> Value {
        let len = self.regs.len();
        if len > self.stack_base + n {
            self.regs[len - 1 - n]
        } else {
            Value::NONE
        }
    }

    #[inline]
    pub fn set_top(&mut self, v: Value) {
        let len = self.regs.len();
        if len > self.stack_base {
            self.regs[len - 1] = v;
        }
    }

    /// Drop `n` items from the stack.
    #[inline]
    pub fn drop_n(&mut self, n: usize) {
        let len = self.regs.len();
        self.regs
            .truncate(len.saturating_sub(n).max(self.stack_base));
    }

    #[inline]
    pub fn stack_len(&self) -> usize {
        self.regs.len() - self.stack_base
    }

    /// The top `n` items as a slice (bottom first).
    #[inline]
    pub fn top_n(&self, n: usize) -> &[Value] {
        let len = self.regs.len();
        let start = len.saturating_sub(n).max(self.stack_base);
        &self.regs[start..]
    }

    /// The line being executed (the instruction before `ip`).
    pub fn line(&self) -> u32 {
        self.code.line_of(self.ip.saturating_sub(1))
    }

    pub fn heap_bytes(&self) -> usize {
        core::mem::size_of::<Frame>()
            + self.regs.capacity() * core::mem::size_of::<Value>()
            + self.blocks.capacity() * core::mem::size_of::<Block>()
    }
}
