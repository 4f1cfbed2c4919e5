//! set and frozenset objects (keys of a Table whose values are unused).

use super::table::Table;

pub struct SetObj {
    pub table: Table,
    pub frozen: bool,
}
