//! dict objects and their views.

use super::iterator::DictIterKind;
use super::native::{KwArgs, NativeFunc, VARARGS};
use super::table::Table;
use super::Object;
use crate::bytecode::CmpOp;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;
use alloc::vec::Vec;

#[derive(Default)]
pub struct DictObj {
    pub table: Table,
}

/// dict.keys() / values() / items(): live views of a dict.
pub struct DictViewObj {
    pub dict: ObjRef,
    pub kind: DictIterKind,
}

/// The dict behind `self` (a dict or an instance of a dict subclass).
pub fn dict_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let n = vm.native_of(v);
    match n.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Dict(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'dict' object but received a '{}'",
                t
            )))
        }
    }
}

pub fn entries(vm: &Vm, d: ObjRef) -> Vec<(Value, Value)> {
    vm.table(d)
        .map(|t| t.iter().map(|e| (e.key, e.value)).collect())
        .unwrap_or_default()
}

/// dict.update(src): a mapping (with keys()) or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: ObjRef, src: Value) -> PyResult<()> {
    if let Some(r) = vm.native_of(src).as_obj() {
        if let Object::Dict(_) = vm.heap.get(r) {
            for (k, v) in entries(vm, r) {
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
    }
    if vm.getattr_opt(src, crate::qstr::KEYS)?.is_some() {
        let keys = vm.call_method(src, crate::qstr::KEYS, &[])?;
        let keys = vm.collect_iterable(keys)?;
        for k in keys {
            let v = vm.getitem(src, k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let items = vm.collect_iterable(src)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = match vm.collect_iterable(item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        vm.dict_set(d, pair[0], pair[1])?;
    }
    Ok(())
}

/// `f(**a, **b)`: merge keyword arguments, rejecting duplicates.
pub fn merge_kwargs(vm: &mut Vm, d: ObjRef, src: Value) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = match vm.native_of(src).as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Dict(_)) => entries(vm, r),
        _ => {
            if vm.getattr_opt(src, crate::qstr::KEYS)?.is_none() {
                let t = vm.type_name(src);
                return Err(
                    vm.type_error(format!("argument after ** must be a mapping, not {}", t))
                );
            }
            let keys = vm.call_method(src, crate::qstr::KEYS, &[])?;
            let keys = vm.collect_iterable(keys)?;
            let mut out = Vec::new();
            for k in keys {
                let v = vm.getitem(src, k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        if !vm.is_str(k) {
            return Err(vm.type_error("keywords must be strings"));
        }
        if vm.dict_get(d, k)?.is_some() {
            let name = alloc::string::String::from(vm.str_of(k).unwrap_or(""));
            return Err(vm.type_error(format!(
                "got multiple values for keyword argument '{}'",
                name
            )));
        }
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

pub fn dicts_equal(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    if vm.dict_len(a) != vm.dict_len(b) {
        return Ok(false);
    }
    for (k, v) in entries(vm, a) {
        match vm.dict_get(b, k)? {
            Some(w) => {
                if !(v.is(w) || vm.eq(v, w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Set-like comparison of keys/items views (and with sets).
pub fn compare_views(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (view_as_set(vm, a)?, view_as_set(vm, b)?) else {
        return Ok(match op {
            CmpOp::Eq => Some(a.is(b)),
            CmpOp::Ne => Some(!a.is(b)),
            _ => None,
        });
    };
    super::set::compare_sets(vm, op, x, y).map(Some)
}

/// A keys/items view (or a set) as a set object, for set operations.
pub fn view_as_set(vm: &mut Vm, v: Value) -> PyResult<Option<ObjRef>> {
    match vm.obj(v) {
        Some(Object::Set(_)) => Ok(v.as_obj()),
        Some(Object::DictView(dv)) if dv.kind != DictIterKind::Values => {
            let items = vm.collect_iterable(v)?;
            let s = vm.new_set(&items, false)?;
            Ok(s.as_obj())
        }
        _ => Ok(None),
    }
}

pub fn view_contains(vm: &mut Vm, d: ObjRef, kind: DictIterKind, item: Value) -> PyResult<bool> {
    match kind {
        DictIterKind::Keys => {
            let h = vm.hash(item)?;
            Ok(vm.table_find(d, item, h)?.is_some())
        }
        DictIterKind::Values => {
            for (_, v) in entries(vm, d) {
                if v.is(item) || vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictIterKind::Items => {
            let Some(pair) = vm.tuple_items(item).map(|t| t.to_vec()) else {
                return Ok(false);
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(d, pair[0])? {
                Some(v) => Ok(v.is(pair[1]) || vm.eq(v, pair[1])?),
                None => Ok(false),
            }
        }
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = vm.new_dict()?;
    let t = vm.types.dict;
    vm.wrap_native(args[0], Value::obj(d), t)
}

fn dict_init(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    if let Some(src) = args.get(1) {
        update_from(vm, d, *src)?;
    }
    for (k, v) in kwargs {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(Value::NONE)
}

fn dict_get(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    Ok(vm
        .dict_get(d, args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

/// `d[k]`, also for subclasses (which may define `__missing__`).
pub(crate) fn dict_getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    match vm.dict_get(d, args[1])? {
        Some(v) => Ok(v),
        None => {
            // A subclass's __missing__.
            if vm.is_user_instance(args[0]) {
                if let Some(m) = vm.user_special(
                    args[0],
                    vm.qstrs.lookup("__missing__").unwrap_or(crate::qstr::EMPTY),
                ) {
                    return vm.call_special(m, args[0], &[args[1]]);
                }
            }
            Err(vm.key_error(args[1]))
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    vm.dict_set(d, args[1], args[2])?;
    Ok(Value::NONE)
}

fn dict_delitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    if vm.dict_remove(d, args[1])?.is_none() {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::NONE)
}

fn dict_contains(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    Ok(Value::bool(vm.dict_get(d, args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    Ok(Value::int(vm.dict_len(d) as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    vm.get_iter(Value::obj(d))
}

fn make_view(vm: &mut Vm, args: &[Value], kind: DictIterKind) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    let r = vm.alloc(Object::DictView(DictViewObj { dict: d, kind }))?;
    Ok(Value::obj(r))
}

fn dict_keys(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    make_view(vm, args, DictIterKind::Keys)
}
fn dict_values(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    make_view(vm, args, DictIterKind::Values)
}
fn dict_items(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    make_view(vm, args, DictIterKind::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    match vm.dict_remove(d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(def) => Ok(*def),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    let Some((k, v)) = vm
        .table(d)
        .and_then(|t| t.iter().last().map(|e| (e.key, e.value)))
    else {
        return Err(vm.new_error(
            crate::vm::ExcKind::KeyError,
            "popitem(): dictionary is empty",
        ));
    };
    // Build the result before removing, so the pair stays reachable.
    let t = vm.new_tuple(alloc::vec![k, v])?;
    if let Some(tb) = vm.table_mut(d) {
        tb.pop_last();
    }
    Ok(t)
}

fn dict_setdefault(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(v);
    }
    let def = args.get(2).copied().unwrap_or(Value::NONE);
    vm.dict_set(d, args[1], def)?;
    Ok(def)
}

fn dict_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    if let Some(src) = args.get(1) {
        update_from(vm, d, *src)?;
    }
    for (k, v) in kwargs {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(Value::NONE)
}

fn dict_clear(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    if let Some(t) = vm.table_mut(d) {
        t.clear();
    }
    Ok(Value::NONE)
}

/// `a | b` for two dicts: a new dict.
pub fn union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let table = match vm.obj(a) {
        Some(Object::Dict(dd)) => dd.table.clone(),
        _ => Table::new(),
    };
    let r = vm.alloc(Object::Dict(DictObj { table }))?;
    update_from(vm, r, b)?;
    Ok(Value::obj(r))
}

fn dict_copy(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict_ref(vm, args[0])?;
    let table = match vm.heap.get(d) {
        Object::Dict(dd) => dd.table.clone(),
        _ => Table::new(),
    };
    let r = vm.alloc(Object::Dict(DictObj { table }))?;
    Ok(Value::obj(r))
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let keys = vm.collect_iterable(args[1])?;
    let value = args.get(2).copied().unwrap_or(Value::NONE);
    let obj = vm.call(args[0], &[], &[])?;
    vm.heap.temp_roots.push(obj);
    match dict_ref(vm, obj) {
        Ok(d) if !vm.is_user_instance(obj) => {
            for k in keys {
                vm.dict_set(d, k, value)?;
            }
        }
        _ => {
            for k in keys {
                vm.setitem(obj, k, value)?;
            }
        }
    }
    Ok(obj)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, VARARGS, dict_new).as_static(),
    NativeFunc::method_kw("__init__", 1, 2, dict_init),
    NativeFunc::method("get", 2, 3, dict_get),
    NativeFunc::method("__getitem__", 2, 2, dict_getitem),
    NativeFunc::method("__setitem__", 3, 3, dict_setitem),
    NativeFunc::method("__delitem__", 2, 2, dict_delitem),
    NativeFunc::method("__contains__", 2, 2, dict_contains),
    NativeFunc::method("__len__", 1, 1, dict_len),
    NativeFunc::method("__iter__", 1, 1, dict_iter),
    NativeFunc::method("keys", 1, 1, dict_keys),
    NativeFunc::method("values", 1, 1, dict_values),
    NativeFunc::method("items", 1, 1, dict_items),
    NativeFunc::method("pop", 2, 3, dict_pop),
    NativeFunc::method("popitem", 1, 1, dict_popitem),
    NativeFunc::method("setdefault", 2, 3, dict_setdefault),
    NativeFunc::method_kw("update", 1, 2, dict_update),
    NativeFunc::method("clear", 1, 1, dict_clear),
    NativeFunc::method("copy", 1, 1, dict_copy),
    NativeFunc::function("fromkeys", 2, 3, dict_fromkeys).as_classmethod(),
];

fn view_isdisjoint(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items = vm.collect_iterable(args[1])?;
    for i in items {
        if vm.contains(args[0], i)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub static VIEW_METHODS: &[NativeFunc] = &[NativeFunc::method("isdisjoint", 2, 2, view_isdisjoint)];
