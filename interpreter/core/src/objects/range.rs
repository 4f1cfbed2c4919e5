//! range objects (i64 bounds).

use super::native::NativeFunc;
use super::Object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;

#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if start < stop {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The i-th element, for 0 <= i < len.
    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

pub fn ranges_equal(a: &RangeObj, b: &RangeObj) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la != lb {
        return false;
    }
    if la == 0 {
        return true;
    }
    a.start == b.start && (la == 1 || a.step == b.step)
}

pub fn contains(vm: &Vm, r: &RangeObj, item: Value) -> bool {
    let Some(i) = vm.as_number(item).and_then(|n| match n {
        crate::vm::ops::Num::Int(i) => Some(i),
        crate::vm::ops::Num::Float(f) if libm::floor(f) == f && f.abs() < 9e18 => Some(f as i64),
        _ => None,
    }) else {
        return false;
    };
    let in_bounds = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    in_bounds && (i as i128 - r.start as i128) % (r.step as i128) == 0
}

pub fn getitem(vm: &mut Vm, r: &RangeObj, key: Value) -> PyResult<Value> {
    let len = r.len();
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices_i64(key, len)?;
        let nr = RangeObj {
            start: r.get(a),
            stop: r.get(b),
            step: r.step.saturating_mul(c),
        };
        let o = vm.alloc(Object::Range(nr))?;
        return Ok(Value::obj(o));
    }
    // A big index is just out of range.
    let i = match vm.to_index(key) {
        Err(e) if vm.exception_is(e.0, crate::vm::ExcKind::OverflowError) => i64::MAX,
        r => r?,
    };
    // In i64: a range's length need not fit a usize.
    let idx = if i < 0 { i.saturating_add(len) } else { i };
    if (0..len).contains(&idx) {
        Ok(Value::int(r.get(idx)))
    } else {
        Err(vm.index_error("range object index out of range"))
    }
}

fn range_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = args.len() - 1;
    if n == 0 {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n)));
    }
    let mut ints = [0i64; 3];
    for (slot, a) in ints.iter_mut().zip(&args[1..]) {
        let is_int =
            vm.as_int_num(*a).is_some() || vm.user_special(*a, crate::qstr::INDEX).is_some();
        if !is_int {
            let t = vm.type_name(*a);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                t
            )));
        }
        // Bounds are machine integers here (as in Pycopy).
        *slot = match vm.to_index(*a) {
            Ok(v) => v,
            Err(e) if vm.exception_is(e.0, crate::vm::ExcKind::IndexError) => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
            Err(e) => return Err(e),
        };
    }
    let (start, stop, step) = match n {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let r = vm.alloc(Object::Range(RangeObj { start, stop, step }))?;
    Ok(Value::obj(r))
}

fn this(vm: &mut Vm, v: Value) -> PyResult<RangeObj> {
    match vm.obj(v) {
        Some(Object::Range(r)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn range_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    if contains(vm, &r, args[1]) {
        if let Some(crate::vm::ops::Num::Int(i)) = vm.as_int_num(args[1]) {
            // In i128: `i - start` may overflow; the quotient is below len.
            return Ok(Value::int(
                ((i as i128 - r.start as i128) / r.step as i128) as i64,
            ));
        }
    }
    let s = vm.repr_string(args[1])?;
    Err(vm.value_error(format!("{} is not in range", s)))
}

fn range_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    Ok(Value::int(contains(vm, &r, args[1]) as i64))
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, super::native::VARARGS, range_new).as_static(),
    NativeFunc::method("index", 2, 2, range_index),
    NativeFunc::method("count", 2, 2, range_count),
];
