//! slice objects: `a[start:stop:step]`.

use crate::value::Value;

#[derive(Clone, Copy)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolve slice bounds against a sequence of length `len`, as Python's
/// `slice.indices()` does: returns (start, stop, step) with stop possibly -1
/// for negative steps.
pub fn adjust_indices(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v + len).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    (start, stop, step)
}

/// Number of elements a resolved slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 {
        if start < stop { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}
