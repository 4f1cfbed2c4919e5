//! Python functions and bound methods.

use super::code::Code;
use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use alloc::boxed::Box;
use alloc::rc::Rc;

pub struct FunctionObj {
    /// The Code heap object (kept alive through this handle) and a direct
    /// reference to it for the interpreter loop.
    pub code_ref: ObjRef,
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: Qstr,
    /// Defaults of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults: a dict, or Null.
    pub kwdefaults: Value,
    /// Cells of the enclosing scopes, one per code.freevars entry.
    pub closure: Box<[Value]>,
    /// Function attributes (`f.x = 1`), created on demand.
    pub dict: Option<ObjRef>,
    /// `__module__`'s value.
    pub module: Value,
}

impl FunctionObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.code_ref));
        visit(Value::obj(self.globals));
        self.defaults.iter().for_each(|v| visit(*v));
        visit(self.kwdefaults);
        self.closure.iter().for_each(|v| visit(*v));
        if let Some(d) = self.dict {
            visit(Value::obj(d));
        }
        visit(self.module);
    }
}

/// `obj.method` without an immediate call.
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}
