//! Instances of user-defined classes.

use crate::heap::ObjRef;
use crate::value::Value;

pub struct InstanceObj {
    pub class: ObjRef,
    /// The attribute dict, created on first attribute store.
    pub dict: Option<ObjRef>,
    /// For subclasses of built-in types (`class L(list)`), the built-in
    /// object holding the native state; Null otherwise.
    pub native: Value,
}

impl InstanceObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.class));
        if let Some(d) = self.dict {
            visit(Value::obj(d));
        }
        visit(self.native);
    }
}
