//! list, and the indexing/slicing/concatenation shared by the built-in
//! sequences (list, tuple, str, bytes, bytearray, range, memoryview).

use super::native::{KwArgs, NativeFunc, VARARGS};
use super::slice::slice_len;
use super::Object;
use crate::bytecode::CmpOp;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

const V: usize = core::mem::size_of::<Value>();

/// The list behind `self` (a list or an instance of a list subclass).
pub fn list_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let n = vm.native_of(v);
    match n.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'list' object but received a '{}'",
                t
            )))
        }
    }
}

pub fn list_items(vm: &Vm, r: ObjRef) -> Vec<Value> {
    match vm.heap.get(r) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    }
}

/// Append with heap accounting.
pub fn append(vm: &mut Vm, r: ObjRef, v: Value) -> PyResult<()> {
    let (len, cap) = match vm.heap.get(r) {
        Object::List(l) => (l.len(), l.capacity()),
        _ => return Ok(()),
    };
    if len == cap {
        let grow = cap.max(4) * V;
        vm.reserve(grow)?;
        if let Some(l) = vm.list_mut(r) {
            l.reserve(cap.max(4));
        }
        vm.charge(grow);
    }
    if let Some(l) = vm.list_mut(r) {
        l.push(v);
    }
    Ok(())
}

/// Grow `r`'s capacity for `extra` items, charging the heap.
fn reserve_items(vm: &mut Vm, r: ObjRef, extra: usize) -> PyResult<()> {
    let (len, cap) = match vm.heap.get(r) {
        Object::List(l) => (l.len(), l.capacity()),
        _ => return Ok(()),
    };
    if len + extra > cap {
        let bytes = (len + extra - cap).saturating_mul(V);
        vm.reserve(bytes)?;
        if let Some(l) = vm.list_mut(r) {
            l.reserve(extra);
        }
        vm.charge(bytes);
    }
    Ok(())
}

/// list.extend / `+=`.
pub fn extend(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let items = if src.as_obj() == Some(r) {
        list_items(vm, r)
    } else {
        vm.collect_iterable(src)?
    };
    reserve_items(vm, r, items.len())?;
    if let Some(l) = vm.list_mut(r) {
        l.extend_from_slice(&items);
    }
    Ok(())
}

/// `a + b` for sequences of the same kind.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (vm.str_of(a), vm.str_of(b)) {
        let mut s = String::with_capacity(x.len() + y.len());
        s.push_str(x);
        s.push_str(y);
        vm.reserve(s.len())?;
        return vm.new_string(s).map(Some);
    }
    let (Some(ra), Some(rb)) = (a.as_obj(), b.as_obj()) else {
        return Ok(None);
    };
    match (vm.heap.get(ra), vm.heap.get(rb)) {
        (Object::List(x), Object::List(y)) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            vm.new_list(v).map(Some)
        }
        (Object::Tuple(x), Object::Tuple(y)) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            vm.new_tuple(v).map(Some)
        }
        (Object::Bytes(_) | Object::ByteArray(_), _) => {
            let is_ba = matches!(vm.heap.get(ra), Object::ByteArray(_));
            let Some(y) = vm.bytes_of(b).map(|s| s.to_vec()) else {
                return Ok(None);
            };
            let mut v = vm.bytes_of(a).map(|s| s.to_vec()).unwrap_or_default();
            v.extend_from_slice(&y);
            if is_ba {
                vm.new_bytearray(v).map(Some)
            } else {
                vm.new_bytes(v).map(Some)
            }
        }
        _ => Ok(None),
    }
}

/// `seq * n`.
pub fn repeat(vm: &mut Vm, seq: Value, n: i64) -> PyResult<Option<Value>> {
    let n = n.max(0) as usize;
    if let Some(s) = vm.str_of(seq).map(String::from) {
        let total = s.len().saturating_mul(n);
        vm.reserve(total)?;
        let r = s.repeat(n);
        return vm.new_string(r).map(Some);
    }
    let Some(r) = seq.as_obj() else {
        return Ok(None);
    };
    let kind = match vm.heap.get(r) {
        Object::List(_) => 0,
        Object::Tuple(_) => 1,
        Object::Bytes(_) => 2,
        Object::ByteArray(_) => 3,
        _ => return Ok(None),
    };
    if kind < 2 {
        let items = vm.seq_items(seq).map(|s| s.to_vec()).unwrap_or_default();
        let n = if items.is_empty() { 0 } else { n };
        vm.reserve(items.len().saturating_mul(n).saturating_mul(V))?;
        let mut v = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            v.extend_from_slice(&items);
        }
        return if kind == 0 {
            vm.new_list(v).map(Some)
        } else {
            vm.new_tuple(v).map(Some)
        };
    }
    let data = vm.bytes_of(seq).map(|s| s.to_vec()).unwrap_or_default();
    let n = if data.is_empty() { 0 } else { n };
    vm.reserve(data.len().saturating_mul(n))?;
    let v = data.repeat(n);
    if kind == 2 {
        vm.new_bytes(v).map(Some)
    } else {
        vm.new_bytearray(v).map(Some)
    }
}

/// `list *= n`.
pub fn repeat_in_place(vm: &mut Vm, r: ObjRef, n: i64) -> PyResult<()> {
    let items = list_items(vm, r);
    // An empty list stays empty however large n is (and mustn't loop n
    // times).
    let n = if items.is_empty() {
        0
    } else {
        n.max(0) as usize
    };
    let grow = items
        .len()
        .saturating_mul(n.saturating_sub(1))
        .saturating_mul(V);
    vm.reserve(grow)?;
    vm.charge(grow);
    if let Some(l) = vm.list_mut(r) {
        l.clear();
        for _ in 0..n {
            l.extend_from_slice(&items);
        }
    }
    Ok(())
}

/// Lexicographic comparison of two lists or two tuples.
pub fn compare_seqs(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let la = vm.seq_items(a).map_or(0, |s| s.len());
    let lb = vm.seq_items(b).map_or(0, |s| s.len());
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && la != lb {
        return Ok(op == CmpOp::Ne);
    }
    let mut i = 0;
    loop {
        let x = vm.seq_items(a).and_then(|s| s.get(i)).copied();
        let y = vm.seq_items(b).and_then(|s| s.get(i)).copied();
        let (Some(x), Some(y)) = (x, y) else { break };
        if !(x.is(y) || vm.eq(x, y)?) {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => vm.compare_bool(op, x, y),
            };
        }
        i += 1;
    }
    let la = vm.seq_items(a).map_or(0, |s| s.len());
    let lb = vm.seq_items(b).map_or(0, |s| s.len());
    Ok(crate::vm::ops::cmp_ord(op, la.cmp(&lb)))
}

/// Normalise an index against a length; None if out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let idx = if i < 0 { i + len } else { i };
    if idx >= 0 && idx < len {
        Some(idx as usize)
    } else {
        None
    }
}

fn index_of(vm: &mut Vm, key: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = key.as_small_int() {
        return Ok(i);
    }
    if let Some(Object::BigInt(_)) = vm.obj(key) {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    match vm.to_index(key) {
        Ok(i) => Ok(i),
        Err(e) if !vm.exception_is(e.0, ExcKind::TypeError) => Err(e),
        Err(_) => {
            let t = vm.type_name(key);
            Err(vm.type_error(format!(
                "{} indices must be integers or slices, not {}",
                what, t
            )))
        }
    }
}

/// Pick the slice's items out of `items`.
fn pick<T: Copy>(items: &[T], start: i64, stop: i64, step: i64) -> Vec<T> {
    let n = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(x) = items.get(i as usize) {
            out.push(*x);
        }
        i += step;
    }
    out
}

/// obj[key] for built-in sequences.
pub fn getitem_builtin(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if vm.is_str(obj) {
        return super::str::getitem(vm, obj, key);
    }
    let Some(r) = obj.as_obj() else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("'{}' object is not subscriptable", t)));
    };
    let is_slice = vm.is_slice(key);
    match vm.heap.get(r) {
        Object::List(_) | Object::Tuple(_) => {
            let is_list = matches!(vm.heap.get(r), Object::List(_));
            let len = vm.seq_items(obj).map_or(0, |s| s.len());
            if is_slice {
                let (a, b, c) = vm.slice_indices(key, len)?;
                let items = pick(vm.seq_items(obj).unwrap_or(&[]), a, b, c);
                return if is_list {
                    vm.new_list(items)
                } else {
                    vm.new_tuple(items)
                };
            }
            let what = if is_list { "list" } else { "tuple" };
            let i = index_of(vm, key, what)?;
            match norm_index(i, len) {
                Some(i) => Ok(vm
                    .seq_items(obj)
                    .and_then(|s| s.get(i))
                    .copied()
                    .unwrap_or(Value::NONE)),
                None => Err(vm.index_error(format!("{} index out of range", what))),
            }
        }
        Object::Bytes(_) | Object::ByteArray(_) => {
            let is_ba = matches!(vm.heap.get(r), Object::ByteArray(_));
            let data = vm.bytes_of(obj).unwrap_or(&[]);
            let len = data.len();
            if is_slice {
                let (a, b, c) = vm.slice_indices(key, len)?;
                let data = vm.bytes_of(obj).unwrap_or(&[]);
                let picked = pick(data, a, b, c);
                return if is_ba {
                    vm.new_bytearray(picked)
                } else {
                    vm.new_bytes(picked)
                };
            }
            let what = if is_ba { "bytearray" } else { "byte" };
            let i = index_of(vm, key, what)?;
            match norm_index(i, len) {
                Some(i) => Ok(Value::int(
                    vm.bytes_of(obj)
                        .and_then(|d| d.get(i))
                        .copied()
                        .unwrap_or(0) as i64,
                )),
                None => Err(vm.index_error(if is_ba {
                    "bytearray index out of range"
                } else {
                    "index out of range"
                })),
            }
        }
        Object::Range(rg) => {
            let rg = *rg;
            super::range::getitem(vm, &rg, key)
        }
        Object::MemoryView(_) => super::memoryview::getitem(vm, r, key),
        Object::DictView(_) => {
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
        Object::Native(_) => {
            if let Some(m) = vm.type_attr(obj, crate::qstr::GETITEM) {
                return vm.call_special(m, obj, &[key]);
            }
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
        _ => {
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
    }
}

/// obj[key] = value for built-in sequences.
pub fn setitem_builtin(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let Some(r) = obj.as_obj() else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("'{}' object does not support item assignment", t)));
    };
    match vm.heap.get(r) {
        Object::List(l) => {
            let len = l.len();
            if vm.is_slice(key) {
                let (a, b, c) = vm.slice_indices(key, len)?;
                let new_items = match vm.collect_iterable(value) {
                    Ok(items) => items,
                    Err(e)
                        if vm.exception_is(e.0, ExcKind::TypeError)
                            && !vm.is_user_instance(value) =>
                    {
                        return Err(vm.type_error("can only assign an iterable"))
                    }
                    Err(e) => return Err(e),
                };
                return assign_slice(vm, r, a, b, c, new_items);
            }
            let i = index_of(vm, key, "list")?;
            match norm_index(i, len) {
                Some(i) => {
                    if let Some(slot) = vm.list_mut(r).and_then(|l| l.get_mut(i)) {
                        *slot = value;
                    }
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Object::ByteArray(_) => super::bytearray::setitem(vm, r, key, value),
        Object::MemoryView(_) => super::memoryview::setitem(vm, r, key, value),
        Object::Native(_) => {
            if let Some(m) = vm.type_attr(obj, crate::qstr::SETITEM) {
                vm.call_special(m, obj, &[key, value])?;
                return Ok(());
            }
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{}' object does not support item assignment", t)))
        }
        _ => {
            let t = vm.type_name(obj);
            Err(vm.type_error(format!("'{}' object does not support item assignment", t)))
        }
    }
}

/// `l[a:b:c] = items`.
fn assign_slice(vm: &mut Vm, r: ObjRef, a: i64, b: i64, c: i64, items: Vec<Value>) -> PyResult<()> {
    if c == 1 {
        let stop = b.max(a) as usize;
        let start = a as usize;
        vm.reserve(items.len() * V)?;
        if let Some(l) = vm.list_mut(r) {
            let start = start.min(l.len());
            let stop = stop.min(l.len());
            l.splice(start..stop, items);
        }
        return Ok(());
    }
    let n = slice_len(a, b, c);
    if n != items.len() {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    if let Some(l) = vm.list_mut(r) {
        let mut i = a;
        for v in items {
            if let Some(slot) = l.get_mut(i as usize) {
                *slot = v;
            }
            i += c;
        }
    }
    Ok(())
}

/// CPython's TypeError for `del obj[k]` on a type without item deletion
/// (sequences say "doesn't", other objects "does not").
fn no_item_deletion(vm: &mut Vm, obj: Value) -> crate::vm::PyErr {
    let t = vm.type_name(obj);
    let seq = vm.is_str(obj)
        || matches!(
            vm.obj(obj),
            Some(Object::Tuple(_) | Object::Bytes(_) | Object::Range(_))
        );
    let verb = if seq { "doesn't" } else { "does not" };
    vm.type_error(format!("'{}' object {} support item deletion", t, verb))
}

/// del obj[key] for built-in sequences.
pub fn delitem_builtin(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let Some(r) = obj.as_obj() else {
        return Err(no_item_deletion(vm, obj));
    };
    match vm.heap.get(r) {
        Object::List(l) => {
            let len = l.len();
            if vm.is_slice(key) {
                let (a, b, c) = vm.slice_indices(key, len)?;
                delete_slice_list(vm, r, a, b, c);
                return Ok(());
            }
            let i = index_of(vm, key, "list")?;
            match norm_index(i, len) {
                Some(i) => {
                    // (__index__ may have shrunk the list meanwhile.)
                    if let Some(l) = vm.list_mut(r) {
                        if i < l.len() {
                            l.remove(i);
                        }
                    }
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Object::ByteArray(_) => super::bytearray::delitem(vm, r, key),
        Object::Native(_) => {
            if let Some(m) = vm.type_attr(obj, crate::qstr::DELITEM) {
                vm.call_special(m, obj, &[key])?;
                return Ok(());
            }
            Err(no_item_deletion(vm, obj))
        }
        _ => Err(no_item_deletion(vm, obj)),
    }
}

fn delete_slice_list(vm: &mut Vm, r: ObjRef, a: i64, b: i64, c: i64) {
    let n = slice_len(a, b, c);
    if let Some(l) = vm.list_mut(r) {
        if c == 1 {
            let (s, e) = ((a as usize).min(l.len()), (b.max(a) as usize).min(l.len()));
            l.drain(s..e);
            return;
        }
        // Mark the doomed positions, then keep the rest in one pass.
        let mut doomed = alloc::vec![false; l.len()];
        for k in 0..n {
            if let Some(d) = usize::try_from(a + k as i64 * c)
                .ok()
                .and_then(|i| doomed.get_mut(i))
            {
                *d = true;
            }
        }
        let mut i = 0;
        l.retain(|_| {
            let keep = !doomed.get(i).copied().unwrap_or(false);
            i += 1;
            keep
        });
    }
}

// ----- list methods -----

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = vm.new_list(Vec::new())?;
    let t = vm.types.list;
    vm.wrap_native(args[0], l, t)
}

fn list_init(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let r = list_ref(vm, args[0])?;
    if let Some(src) = args.get(1) {
        let items = vm.collect_iterable(*src)?;
        vm.reserve(items.len() * V)?;
        if let Some(l) = vm.list_mut(r) {
            *l = items;
        }
    } else if let Some(l) = vm.list_mut(r) {
        l.clear();
    }
    Ok(Value::NONE)
}

fn list_append(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    append(vm, r, args[1])?;
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    extend(vm, r, args[1])?;
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    reserve_items(vm, r, 1)?;
    if let Some(l) = vm.list_mut(r) {
        let len = l.len() as i64;
        let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
        l.insert(idx as usize, args[2]);
    }
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let len = match vm.heap.get(r) {
        Object::List(l) => l.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match norm_index(i, len) {
        Some(i) => Ok(vm.list_mut(r).map(|l| l.remove(i)).unwrap_or(Value::NONE)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

/// The position of the first item equal to `x`.
fn find_item(
    vm: &mut Vm,
    r: ObjRef,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match vm.heap.get(r) {
            Object::List(l) if i < stop.min(l.len()) => l[i],
            Object::Tuple(t) if i < stop.min(t.len()) => t[i],
            _ => return Ok(None),
        };
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    match find_item(vm, r, args[1], 0, usize::MAX)? {
        Some(i) => {
            if let Some(l) = vm.list_mut(r) {
                if i < l.len() {
                    l.remove(i);
                }
            }
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// Resolve index()'s optional start/stop against `len`.
pub fn index_bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |v: i64| -> usize {
        let l = len as i64;
        (if v < 0 { (v + l).max(0) } else { v.min(l) }) as usize
    };
    let start = match args.get(2) {
        Some(v) => fix(vm.to_clamped_index(*v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => fix(vm.to_clamped_index(*v)?),
        None => len,
    };
    Ok((start, stop))
}

pub fn seq_index(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Value> {
    let n = vm.native_of(args[0]);
    let Some(r) = n.as_obj() else {
        return Err(vm.type_error("bad self"));
    };
    let len = vm.seq_items(n).map_or(0, |s| s.len());
    let (start, stop) = index_bounds(vm, args, len)?;
    match find_item(vm, r, args[1], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None if what == "list" => {
            let r = vm.repr_string(args[1])?;
            Err(vm.value_error(format!("{} is not in list", r)))
        }
        None => Err(vm.value_error(format!("{}.index(x): x not in {}", what, what))),
    }
}

pub fn seq_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = vm.native_of(args[0]);
    let len = vm.seq_items(n).map_or(0, |s| s.len());
    let mut count = 0;
    for i in 0..len {
        let Some(item) = vm.seq_items(n).and_then(|s| s.get(i)).copied() else {
            break;
        };
        if item.is(args[1]) || vm.eq(item, args[1])? {
            count += 1;
        }
    }
    Ok(Value::int(count))
}

fn list_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, "list")
}

fn list_clear(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    if let Some(l) = vm.list_mut(r) {
        l.clear();
    }
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    let items = list_items(vm, r);
    vm.new_list(items)
}

fn list_reverse(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    if let Some(l) = vm.list_mut(r) {
        l.reverse();
    }
    Ok(Value::NONE)
}

fn list_sort(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    let mut key = Value::NONE;
    let mut reverse = false;
    for (k, v) in kwargs {
        match vm.str_of(*k) {
            Some("key") => key = *v,
            Some("reverse") => reverse = vm.is_true(*v)?,
            _ => return Err(vm.type_error("sort() got an unexpected keyword argument")),
        }
    }
    // Sort a copy: the list is empty while sorting, as in CPython, so that
    // a key function that looks at it sees that.
    let items = list_items(vm, r);
    if let Some(l) = vm.list_mut(r) {
        l.clear();
    }
    let sorted = sort_values(vm, items.clone(), key, reverse);
    match sorted {
        Ok(s) => {
            // A key or comparison that added items to the (emptied) list
            // loses them, as in CPython, and it's an error.
            let modified = vm.list_mut(r).is_some_and(|l| !l.is_empty());
            if let Some(l) = vm.list_mut(r) {
                *l = s;
            }
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err(e) => {
            if let Some(l) = vm.list_mut(r) {
                *l = items;
            }
            Err(e)
        }
    }
}

/// A stable sort of `items` by `key` (None: the items themselves) using
/// `<`, which may call Python code. Merge sort, so a failing comparison
/// leaves no half-swapped state and the order is stable.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mark = vm.heap.temp_roots.len();
    vm.heap.temp_roots.extend_from_slice(&items);
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in &items {
            let k = vm.call(key, &[*it], &[])?;
            vm.heap.temp_roots.push(k);
            ks.push(k);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut buf: Vec<usize> = idx.clone();
    merge_sort(vm, &keys, &mut idx, &mut buf, reverse)?;
    let out = idx.iter().map(|&i| items[i]).collect();
    vm.heap.temp_roots.truncate(mark);
    Ok(out)
}

fn less(vm: &mut Vm, keys: &[Value], a: usize, b: usize, reverse: bool) -> PyResult<bool> {
    let (x, y) = (keys[a], keys[b]);
    if let (Some(p), Some(q)) = (x.as_int(), y.as_int()) {
        return Ok(if reverse { q < p } else { p < q });
    }
    if reverse {
        vm.compare_bool(CmpOp::Lt, y, x)
    } else {
        vm.compare_bool(CmpOp::Lt, x, y)
    }
}

fn merge_sort(
    vm: &mut Vm,
    keys: &[Value],
    idx: &mut [usize],
    buf: &mut [usize],
    reverse: bool,
) -> PyResult<()> {
    let n = idx.len();
    // Bottom-up: insertion-sorted runs of 8, then merges (no recursion).
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, keys, idx[j], idx[j - 1], reverse)? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the right only if strictly less: stability.
                if less(vm, keys, idx[j], idx[i], reverse)? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        idx.copy_from_slice(buf);
        width *= 2;
    }
    Ok(())
}

fn list_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    seq_count(vm, args)
}

fn list_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    Ok(Value::int(list_items(vm, r).len() as i64))
}

fn list_getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    getitem_builtin(vm, Value::obj(r), args[1])
}

fn list_setitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    setitem_builtin(vm, Value::obj(r), args[1], args[2])?;
    Ok(Value::NONE)
}

fn list_delitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    delitem_builtin(vm, Value::obj(r), args[1])?;
    Ok(Value::NONE)
}

fn list_contains(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    vm.contains(Value::obj(r), args[1]).map(Value::bool)
}

fn list_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = list_ref(vm, args[0])?;
    vm.get_iter(Value::obj(r))
}

pub static METHODS: &[NativeFunc] = &[
    // Extra arguments are for a subclass's __init__.
    NativeFunc::function_kw("__new__", 1, VARARGS, list_new).as_static(),
    NativeFunc::method_kw("__init__", 1, 2, list_init),
    NativeFunc::method("append", 2, 2, list_append),
    NativeFunc::method("extend", 2, 2, list_extend),
    NativeFunc::method("insert", 3, 3, list_insert),
    NativeFunc::method("pop", 1, 2, list_pop),
    NativeFunc::method("remove", 2, 2, list_remove),
    NativeFunc::method("index", 2, 4, list_index),
    NativeFunc::method("count", 2, 2, list_count),
    NativeFunc::method("clear", 1, 1, list_clear),
    NativeFunc::method("copy", 1, 1, list_copy),
    NativeFunc::method("reverse", 1, 1, list_reverse),
    NativeFunc::method_kw("sort", 1, 1, list_sort),
    NativeFunc::method("__len__", 1, 1, list_len),
    NativeFunc::method("__getitem__", 2, 2, list_getitem),
    NativeFunc::method("__setitem__", 3, 3, list_setitem),
    NativeFunc::method("__delitem__", 2, 2, list_delitem),
    NativeFunc::method("__contains__", 2, 2, list_contains),
    NativeFunc::method("__iter__", 1, 1, list_iter),
];
