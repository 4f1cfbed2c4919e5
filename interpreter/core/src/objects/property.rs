//! property objects (classmethod and staticmethod are plain wrappers, see
//! `Object::ClassMethod` / `Object::StaticMethod`).

use crate::value::Value;

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
