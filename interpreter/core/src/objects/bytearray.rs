//! bytearray: mutable byte strings (the read-only methods are bytes').

use super::bytes::*;
use super::native::{KwArgs, NativeFunc};
use super::slice::slice_len;
use super::Object;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;
use alloc::vec::Vec;

fn ba_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let n = vm.native_of(v);
    match n.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::ByteArray(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'bytearray' object but received a '{}'",
                t
            )))
        }
    }
}

fn with_mut<R>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match vm.heap.get_mut(r) {
        Some(Object::ByteArray(b)) => Some(f(b)),
        _ => None,
    }
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.to_index(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// bytearray.extend: a buffer or an iterable of ints.
pub fn extend(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    if vm.as_int_num(src).is_some() {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("can't extend bytearray with {}", t)));
    }
    let d = match vm.bytes_of(src) {
        Some(b) => b.to_vec(),
        None => {
            // A str iterates as str items, which aren't ints.
            let items = vm.collect_iterable(src)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(byte_value(vm, i)?);
            }
            out
        }
    };
    append_bytes(vm, r, &d)
}

/// bytearray += buffer.
pub fn iadd(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let Some(d) = vm.bytes_of(src).map(|b| b.to_vec()) else {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("can't concat {} to bytearray", t)));
    };
    append_bytes(vm, r, &d)
}

fn append_bytes(vm: &mut Vm, r: ObjRef, d: &[u8]) -> PyResult<()> {
    vm.reserve(d.len())?;
    with_mut(vm, r, |b| b.extend_from_slice(d));
    vm.charge(d.len());
    Ok(())
}

pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let len = match vm.heap.get(r) {
        Object::ByteArray(b) => b.len(),
        _ => 0,
    };
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, len)?;
        if vm.as_int_num(value).is_some() || vm.is_str(value) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let new = bytes_from(vm, value, None, "bytearray")?;
        vm.reserve(new.len())?;
        vm.charge(new.len());
        if c == 1 {
            let (s, e) = (a as usize, b.max(a) as usize);
            with_mut(vm, r, |buf| {
                let (s, e) = (s.min(buf.len()), e.min(buf.len()));
                buf.splice(s..e, new);
            });
            return Ok(());
        }
        let n = slice_len(a, b, c);
        // Assigning nothing to an extended slice deletes it (CPython's
        // bytearray, unlike list, allows that).
        if new.is_empty() {
            return delitem(vm, r, key);
        }
        if n != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        with_mut(vm, r, |buf| {
            let mut i = a;
            for x in new {
                if let Some(slot) = buf.get_mut(i as usize) {
                    *slot = x;
                }
                i += c;
            }
        });
        return Ok(());
    }
    let i = vm.to_subscript_index(key)?;
    let v = byte_value(vm, value)?;
    match super::list::norm_index(i, len) {
        Some(i) => {
            with_mut(vm, r, |b| {
                if let Some(slot) = b.get_mut(i) {
                    *slot = v;
                }
            });
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<()> {
    let len = match vm.heap.get(r) {
        Object::ByteArray(b) => b.len(),
        _ => 0,
    };
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, len)?;
        let n = slice_len(a, b, c);
        // Mark the doomed positions, then keep the rest in one pass.
        let mut doomed = alloc::vec![false; len];
        for k in 0..n {
            if let Some(d) = usize::try_from(a + k as i64 * c)
                .ok()
                .and_then(|i| doomed.get_mut(i))
            {
                *d = true;
            }
        }
        with_mut(vm, r, |buf| {
            let mut i = 0;
            buf.retain(|_| {
                let keep = !doomed.get(i).copied().unwrap_or(false);
                i += 1;
                keep
            });
        });
        return Ok(());
    }
    let i = vm.to_subscript_index(key)?;
    match super::list::norm_index(i, len) {
        Some(i) => {
            with_mut(vm, r, |b| (i < b.len()).then(|| b.remove(i)));
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn ba_new(vm: &mut Vm, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let b = vm.new_bytearray(Vec::new())?;
    let t = vm.types.bytearray;
    vm.wrap_native(args[0], b, t)
}

fn ba_init(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let d = super::bytes::constructor_data(vm, &args[1..], kwargs, "bytearray")?;
    let n = d.len();
    with_mut(vm, r, |b| *b = d);
    vm.charge(n);
    Ok(Value::NONE)
}

fn ba_append(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let v = byte_value(vm, args[1])?;
    vm.reserve(1)?;
    with_mut(vm, r, |b| b.push(v));
    vm.charge(1);
    Ok(Value::NONE)
}

fn ba_extend(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    extend(vm, r, args[1])?;
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let len = match vm.heap.get(r) {
        Object::ByteArray(b) => b.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match super::list::norm_index(i, len) {
        Some(i) => Ok(Value::int(
            with_mut(vm, r, |b| (i < b.len()).then(|| b.remove(i)))
                .flatten()
                .unwrap_or(0) as i64,
        )),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    let v = byte_value(vm, args[2])?;
    vm.reserve(1)?;
    vm.charge(1);
    with_mut(vm, r, |b| {
        let l = b.len() as i64;
        let idx = if i < 0 { (i + l).max(0) } else { i.min(l) };
        b.insert(idx as usize, v);
    });
    Ok(Value::NONE)
}

fn ba_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let v = byte_value(vm, args[1])?;
    let found = with_mut(vm, r, |b| match b.iter().position(|x| *x == v) {
        Some(p) => {
            b.remove(p);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    with_mut(vm, r, |b| b.clear());
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    vm.new_bytearray(d)
}

fn ba_reverse(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    with_mut(vm, r, |b| b.reverse());
    Ok(Value::NONE)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, super::native::VARARGS, ba_new).as_static(),
    NativeFunc::method_kw("__init__", 1, 4, ba_init),
    NativeFunc::method("append", 2, 2, ba_append),
    NativeFunc::method("extend", 2, 2, ba_extend),
    NativeFunc::method("pop", 1, 2, ba_pop),
    NativeFunc::method("insert", 3, 3, ba_insert),
    NativeFunc::method("remove", 2, 2, ba_remove),
    NativeFunc::method("clear", 1, 1, ba_clear),
    NativeFunc::method("copy", 1, 1, ba_copy),
    NativeFunc::method("reverse", 1, 1, ba_reverse),
];

/// `bytearray *= n`.
pub fn repeat_in_place(vm: &mut Vm, r: ObjRef, n: i64) -> PyResult<()> {
    let len = match vm.heap.get(r) {
        Object::ByteArray(b) => b.len(),
        _ => 0,
    };
    let n = if len == 0 { 0 } else { n.max(0) as usize };
    let grow = len.saturating_mul(n.saturating_sub(1));
    vm.reserve(grow)?;
    vm.charge(grow);
    with_mut(vm, r, |b| {
        if n == 0 {
            b.clear();
        } else {
            let copy = b.clone();
            for _ in 1..n {
                b.extend_from_slice(&copy);
            }
        }
    });
    Ok(())
}
