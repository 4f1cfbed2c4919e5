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

/// bytearray += / extend.
pub fn extend(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let d = if vm.str_of(src).is_some() {
        return Err(vm.type_error("expected a bytes-like object, str found"));
    } else {
        bytes_from(vm, src, None)?
    };
    vm.reserve(d.len())?;
    with_mut(vm, r, |b| b.extend_from_slice(&d));
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
        let new = bytes_from(vm, value, None)?;
        if c == 1 {
            let (s, e) = (a as usize, b.max(a) as usize);
            with_mut(vm, r, |buf| {
                let (s, e) = (s.min(buf.len()), e.min(buf.len()));
                buf.splice(s..e, new);
            });
            return Ok(());
        }
        let n = slice_len(a, b, c);
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
    let i = vm.to_index(key)?;
    let v = byte_value(vm, value)?;
    match super::list::norm_index(i, len) {
        Some(i) => {
            with_mut(vm, r, |b| b[i] = v);
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
        let mut idx: Vec<usize> = (0..n).map(|k| (a + k as i64 * c) as usize).collect();
        idx.sort_unstable();
        with_mut(vm, r, |buf| {
            for i in idx.into_iter().rev() {
                if i < buf.len() {
                    buf.remove(i);
                }
            }
        });
        return Ok(());
    }
    let i = vm.to_index(key)?;
    match super::list::norm_index(i, len) {
        Some(i) => {
            with_mut(vm, r, |b| b.remove(i));
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
    let enc = args.get(2).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("encoding"))
            .map(|p| p.1)
    });
    let d = match args.get(1) {
        Some(src) => bytes_from(vm, *src, enc)?,
        None => Vec::new(),
    };
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
            with_mut(vm, r, |b| b.remove(i)).unwrap_or(0) as i64
        )),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = ba_ref(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    let v = byte_value(vm, args[2])?;
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
    NativeFunc::function_kw("__new__", 1, 4, ba_new).as_static(),
    NativeFunc::method_kw("__init__", 1, 4, ba_init),
    NativeFunc::method("append", 2, 2, ba_append),
    NativeFunc::method("extend", 2, 2, ba_extend),
    NativeFunc::method("pop", 1, 2, ba_pop),
    NativeFunc::method("insert", 3, 3, ba_insert),
    NativeFunc::method("remove", 2, 2, ba_remove),
    NativeFunc::method("clear", 1, 1, ba_clear),
    NativeFunc::method("copy", 1, 1, ba_copy),
    NativeFunc::method("reverse", 1, 1, ba_reverse),
    NativeFunc::method_kw("decode", 1, 3, b_decode),
    NativeFunc::method("hex", 1, 2, b_hex),
    NativeFunc::function("fromhex", 2, 2, b_fromhex).as_classmethod(),
    NativeFunc::method("find", 2, 4, b_find),
    NativeFunc::method("rfind", 2, 4, b_rfind),
    NativeFunc::method("index", 2, 4, b_index),
    NativeFunc::method("rindex", 2, 4, b_rindex),
    NativeFunc::method("count", 2, 4, b_count),
    NativeFunc::method("replace", 3, 4, b_replace),
    NativeFunc::method("startswith", 2, 4, b_startswith),
    NativeFunc::method("endswith", 2, 4, b_endswith),
    NativeFunc::method("strip", 1, 2, b_strip),
    NativeFunc::method("lstrip", 1, 2, b_lstrip),
    NativeFunc::method("rstrip", 1, 2, b_rstrip),
    NativeFunc::method_kw("split", 1, 3, b_split),
    NativeFunc::method("join", 2, 2, b_join),
    NativeFunc::method("upper", 1, 1, b_upper),
    NativeFunc::method("lower", 1, 1, b_lower),
    NativeFunc::method("isdigit", 1, 1, b_isdigit),
    NativeFunc::method("isalpha", 1, 1, b_isalpha),
    NativeFunc::method("isalnum", 1, 1, b_isalnum),
    NativeFunc::method("isspace", 1, 1, b_isspace),
    NativeFunc::method("partition", 2, 2, b_partition),
    NativeFunc::method("rpartition", 2, 2, b_rpartition),
];
