//! Cells: the boxes through which closures share variables (`nonlocal`).
//! A cell is `Object::Cell(value)`; an empty cell holds Null.
