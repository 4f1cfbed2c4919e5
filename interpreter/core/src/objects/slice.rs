//! slice objects: `a[start:stop:step]`.

use super::native::NativeFunc;
use super::Object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolve slice bounds against a sequence of length `len`, as Python's
/// `slice.indices()` does: (start, stop, step), stop possibly -1 for
/// negative steps.
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v.saturating_add(len)).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    (start, stop, step)
}

/// Number of elements a resolved slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.max(0) as usize
}

/// A slice bound: None, or an index clamped to the i64 range.
fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    if let Some(Object::BigInt(b)) = vm.obj(v) {
        use num_traits::Signed;
        return Ok(Some(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }));
    }
    match vm.to_index(v) {
        Ok(i) => Ok(Some(i)),
        Err(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

impl Vm {
    /// A start/end argument of find(), index()... : too big an int is
    /// clamped (it means "past the end"), as in a slice.
    pub fn to_clamped_index(&mut self, v: Value) -> PyResult<i64> {
        if let Some(Object::BigInt(_)) = self.obj(v) {
            return Ok(bound(self, v)?.unwrap_or(0));
        }
        self.to_index(v)
    }

    /// The (start, stop, step) of slice `s` against length `len`.
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<(i64, i64, i64)> {
        self.slice_indices_i64(s, len as i64)
    }

    /// The same for a length that may not fit a `usize` (a range on a
    /// 32-bit board).
    pub fn slice_indices_i64(&mut self, s: Value, len: i64) -> PyResult<(i64, i64, i64)> {
        let Some(Object::Slice(sl)) = self.obj(s) else {
            return Err(self.type_error("expected a slice"));
        };
        let sl = *sl;
        let step = match bound(self, sl.step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(s) => s.max(-i64::MAX),
        };
        let start = bound(self, sl.start)?;
        let stop = bound(self, sl.stop)?;
        Ok(adjust_indices(start, stop, step, len))
    }

    pub fn is_slice(&self, v: Value) -> bool {
        matches!(self.obj(v), Some(Object::Slice(_)))
    }
}

fn slice_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (start, stop, step) = match args.len() {
        2 => (Value::NONE, args[1], Value::NONE),
        3 => (args[1], args[2], Value::NONE),
        _ => (args[1], args[2], args[3]),
    };
    let r = vm.alloc(Object::Slice(SliceObj { start, stop, step }))?;
    Ok(Value::obj(r))
}

fn slice_indices_method(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let len = vm.to_index(args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = vm.slice_indices(args[0], len as usize)?;
    vm.new_tuple(alloc::vec![Value::int(a), Value::int(b), Value::int(c)])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 2, 4, slice_new).as_static(),
    NativeFunc::method("indices", 2, 2, slice_indices_method),
];
