//! dict objects.

use super::table::Table;

#[derive(Default)]
pub struct DictObj {
    pub table: Table,
}

/// dict.keys() / values() / items(): live views of a dict.
pub struct DictViewObj {
    pub dict: crate::heap::ObjRef,
    pub kind: super::iterator::DictIterKind,
}
