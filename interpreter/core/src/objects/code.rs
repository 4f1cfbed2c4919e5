//! Code objects: the compiled form of a module, class body or function.

use crate::bytecode::Op;
use crate::qstr::Qstr;
use crate::value::Value;
use alloc::vec::Vec;

pub struct Code {
    pub name: Qstr,
    /// The dotted path to the definition (`C.m`, `f.<locals>.g`).
    pub qualname: Qstr,
    pub filename: Qstr,
    pub first_line: u32,
    pub flags: u16,
    /// Positional parameters (including positional-only ones).
    pub argcount: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    /// Names of local variable slots: parameters first (positional, then
    /// keyword-only, then *args, then **kwargs), then other locals.
    pub varnames: Vec<Qstr>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Qstr>,
    /// For each cellvar that is also a parameter: the parameter's slot.
    pub cell_params: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here.
    pub freevars: Vec<Qstr>,
    pub consts: Vec<Value>,
    pub ops: Vec<Op>,
    /// (first op index, line) pairs, ascending.
    pub lines: Vec<(u32, u32)>,
    pub max_stack: u32,
}

impl Code {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for c in &self.consts {
            visit(*c);
        }
    }

    pub fn heap_bytes(&self) -> usize {
        core::mem::size_of::<Code>()
            + self.ops.len() * core::mem::size_of::<Op>()
            + self.consts.len() * core::mem::size_of::<Value>()
            + self.lines.len() * 8
            + (self.varnames.len() + self.cellvars.len() + self.freevars.len()) * 4
    }

    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of cell slots (own cells then free variables).
    #[inline]
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// The source line of the instruction at `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        let ip = ip as u32;
        let mut line = self.first_line;
        for &(start, l) in &self.lines {
            if start > ip {
                break;
            }
            line = l;
        }
        line
    }

    pub fn has_flag(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}
