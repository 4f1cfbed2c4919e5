//! Generators, coroutines and async generators: each owns its frame while
//! suspended.

use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::frame::Frame;
use alloc::boxed::Box;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Not started: the first send must be None.
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorObj {
    /// The frame, present unless the generator runs or has finished.
    pub frame: Option<Box<Frame>>,
    pub state: GenState,
    pub kind: GenKind,
    pub name: Qstr,
}

impl GeneratorObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(f) = &self.frame {
            f.trace(visit);
        }
    }
    pub fn heap_bytes(&self) -> usize {
        core::mem::size_of::<GeneratorObj>() + self.frame.as_ref().map_or(0, |f| f.heap_bytes())
    }
}
