//! Module objects: a name and a globals dict.

use crate::heap::ObjRef;
use crate::qstr::Qstr;

pub struct ModuleObj {
    pub name: Qstr,
    pub dict: ObjRef,
}
