//! uheapq: a min-heap kept in a plain list, with CPython's sift
//! algorithms (so the list's order after each operation is CPython's).
//!
//! Comparisons may run Python code (`__lt__`), which can change the list:
//! every access is bounds-checked and a change of size is RuntimeError.

use crate::bytecode::CmpOp;
use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::Object;
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

/// The heap argument: a list (or an instance of a list subclass, whose
/// list part is the heap). `arg` is how CPython's message names it.
fn heap_list(vm: &mut Vm, v: Value, func: &str, arg: &str) -> PyResult<ObjRef> {
    match vm.native_of(v).as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => {
            let t = if v.is_none() {
                alloc::string::String::from("None")
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(alloc::format!("{}() {} must be list, not {}", func, arg, t)))
        }
    }
}

fn len(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

fn changed(vm: &mut Vm) -> PyErr {
    vm.new_error(ExcKind::RuntimeError, "list changed size during iteration")
}

fn get(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Value> {
    match vm.heap.get(r) {
        Object::List(l) => match l.get(i) {
            Some(v) => Ok(*v),
            None => Err(changed(vm)),
        },
        _ => Err(changed(vm)),
    }
}

fn set(vm: &mut Vm, r: ObjRef, i: usize, v: Value) -> PyResult<()> {
    match vm.list_mut(r).and_then(|l| l.get_mut(i)) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => Err(changed(vm)),
    }
}

/// `a < b`, checking that the comparison left the list's size alone.
fn less(vm: &mut Vm, r: ObjRef, a: Value, b: Value) -> PyResult<bool> {
    let n = len(vm, r);
    let mark = vm.heap.temp_roots.len();
    vm.heap.temp_roots.push(a);
    vm.heap.temp_roots.push(b);
    let lt = vm.compare_bool(CmpOp::Lt, a, b);
    vm.heap.temp_roots.truncate(mark);
    let lt = lt?;
    if len(vm, r) != n {
        return Err(changed(vm));
    }
    Ok(lt)
}

/// Move the item at `pos` up towards `start` while it is smaller than its
/// parent.
fn sift_down(vm: &mut Vm, r: ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    let item = get(vm, r, pos)?;
    vm.heap.temp_roots.push(item);
    while pos > start {
        let parent_pos = (pos - 1) / 2;
        let parent = get(vm, r, parent_pos)?;
        if !less(vm, r, item, parent)? {
            break;
        }
        set(vm, r, pos, parent)?;
        pos = parent_pos;
    }
    set(vm, r, pos, item)
}

/// Move the smaller child up into the hole at `pos` down to a leaf, then
/// put the item that was at `pos` there and sift it back up.
fn sift_up(vm: &mut Vm, r: ObjRef, mut pos: usize) -> PyResult<()> {
    let end = len(vm, r);
    let start = pos;
    let item = get(vm, r, pos)?;
    vm.heap.temp_roots.push(item);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, rt) = (get(vm, r, child)?, get(vm, r, right)?);
            if !less(vm, r, c, rt)? {
                child = right;
            }
        }
        let c = get(vm, r, child)?;
        set(vm, r, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(vm, r, pos, item)?;
    sift_down(vm, r, start, pos)
}

fn heappush(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = heap_list(vm, args[0], "heappush", "argument 1")?;
    crate::objects::list::append(vm, r, args[1])?;
    let n = len(vm, r);
    sift_down(vm, r, 0, n.saturating_sub(1))?;
    Ok(Value::NONE)
}

fn heappop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = heap_list(vm, args[0], "heappop", "argument")?;
    let last = match vm.list_mut(r).and_then(|l| l.pop()) {
        Some(v) => v,
        None => return Err(vm.index_error("index out of range")),
    };
    vm.heap.temp_roots.push(last);
    if len(vm, r) == 0 {
        return Ok(last);
    }
    let first = get(vm, r, 0)?;
    vm.heap.temp_roots.push(first);
    set(vm, r, 0, last)?;
    sift_up(vm, r, 0)?;
    Ok(first)
}

fn heapify(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = heap_list(vm, args[0], "heapify", "argument")?;
    let n = len(vm, r);
    for i in (0..n / 2).rev() {
        sift_up(vm, r, i)?;
    }
    Ok(Value::NONE)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("heappush", 2, 2, heappush),
    NativeFunc::function("heappop", 1, 1, heappop),
    NativeFunc::function("heapify", 1, 1, heapify),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    Ok(())
}
