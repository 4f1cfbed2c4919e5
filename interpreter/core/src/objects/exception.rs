//! Exception instances (of BaseException and every subclass, built-in or
//! user-defined).

use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use alloc::vec::Vec;

/// One line of a traceback: `File "<file>", line N, in <name>`.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    pub file: Qstr,
    pub line: u32,
    pub name: Qstr,
}

pub struct ExceptionObj {
    pub class: ObjRef,
    /// The args tuple.
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Attributes set by user code (`self.code = ...`), created on demand.
    pub dict: Option<ObjRef>,
}

impl ExceptionObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.class));
        visit(self.args);
        visit(self.cause);
        visit(self.context);
        if let Some(d) = self.dict {
            visit(Value::obj(d));
        }
    }
}
