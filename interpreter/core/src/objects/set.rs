//! set and frozenset objects (keys of a Table whose values are unused).

use super::native::NativeFunc;
use super::table::Table;
use super::Object;
use crate::bytecode::{BinOp, CmpOp};
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;
use alloc::vec::Vec;

pub struct SetObj {
    pub table: Table,
    pub frozen: bool,
}

impl Vm {
    /// A new set (or frozenset) holding `items`.
    pub fn new_set(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let r = self.alloc(Object::Set(SetObj {
            table: Table::with_capacity(items.len()),
            frozen,
        }))?;
        for i in items {
            self.set_add(r, *i)?;
        }
        Ok(Value::obj(r))
    }
}

/// The set behind `self` (a set/frozenset or an instance of a subclass).
fn set_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let n = vm.native_of(v);
    match n.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Set(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'set' object but received a '{}'",
                t
            )))
        }
    }
}

fn is_frozen(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Object::Set(s) if s.frozen)
}

fn keys(vm: &Vm, r: ObjRef) -> Vec<Value> {
    vm.table(r).map(|t| t.keys()).unwrap_or_default()
}

/// Members of any iterable, as a temporary set handle.
fn as_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    if let Some(r) = vm.native_of(v).as_obj() {
        if matches!(vm.heap.get(r), Object::Set(_)) {
            return Ok(r);
        }
    }
    let items = vm.collect_iterable(v)?;
    let s = vm.new_set(&items, true)?;
    s.as_obj().ok_or(crate::vm::PyErr(Value::NONE))
}

pub fn update_from(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let items = if let Some(sr) = vm
        .native_of(src)
        .as_obj()
        .filter(|x| matches!(vm.heap.get(*x), Object::Set(_) | Object::Dict(_)))
    {
        keys(vm, sr)
    } else {
        vm.collect_iterable(src)?
    };
    for i in items {
        vm.set_add(r, i)?;
    }
    Ok(())
}

/// a | b, a & b, a - b, a ^ b into a new set of `a`'s kind.
fn combine(vm: &mut Vm, op: BinOp, a: ObjRef, b: ObjRef, frozen: bool) -> PyResult<Value> {
    let out = vm.new_set(&[], frozen)?;
    let Some(o) = out.as_obj() else {
        return Ok(out);
    };
    let (ka, kb) = (keys(vm, a), keys(vm, b));
    match op {
        BinOp::Or => {
            for k in ka.into_iter().chain(kb) {
                vm.set_add(o, k)?;
            }
        }
        BinOp::And => {
            // As CPython: walk the smaller set (the right one on a tie) and
            // keep its elements (so {5.0} & {5} is {5}).
            let (walk, probe) = if kb.len() <= ka.len() {
                (kb, a)
            } else {
                (ka, b)
            };
            for k in walk {
                if vm.set_contains(probe, k)? {
                    vm.set_add(o, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in ka {
                if !vm.set_contains(b, k)? {
                    vm.set_add(o, k)?;
                }
            }
        }
        _ => {
            for k in ka {
                if !vm.set_contains(b, k)? {
                    vm.set_add(o, k)?;
                }
            }
            for k in kb {
                if !vm.set_contains(a, k)? {
                    vm.set_add(o, k)?;
                }
            }
        }
    }
    Ok(out)
}

/// An iterable's items as a new set, or None if it isn't iterable.
fn iterable_as_set(vm: &mut Vm, v: Value) -> PyResult<Option<ObjRef>> {
    if vm.is_user_instance(v) && vm.type_attr(v, crate::qstr::ITER).is_none() {
        return Ok(None);
    }
    let items = match vm.collect_iterable(v) {
        Ok(items) => items,
        Err(e) if vm.exception_is(e.0, crate::vm::ExcKind::TypeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(vm.new_set(&items, false)?.as_obj())
}

/// Binary set operators (also on dict keys/items views).
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_set_view = |vm: &Vm, v: Value| matches!(vm.obj(v), Some(Object::DictView(dv)) if dv.kind != super::iterator::DictIterKind::Values);
    // Next to a keys or items view, any iterable acts as a set.
    let any_iterable = is_set_view(vm, a) || is_set_view(vm, b);
    let mut x = super::dict::view_as_set(vm, a)?;
    let mut y = super::dict::view_as_set(vm, b)?;
    if any_iterable && !matches!(op, BinOp::Sub | BinOp::Or | BinOp::And | BinOp::Xor) {
        return Ok(None);
    }
    if any_iterable {
        if x.is_none() {
            x = iterable_as_set(vm, a)?;
        }
        if y.is_none() {
            y = iterable_as_set(vm, b)?;
        }
    }
    let (Some(mut x), Some(mut y)) = (x, y) else {
        return Ok(None);
    };
    // A view's intersection keeps the view's keys unless it is the larger
    // operand: combine() walks its right operand on a tie.
    if op == BinOp::And && is_set_view(vm, a) && !is_set_view(vm, b) {
        core::mem::swap(&mut x, &mut y);
    }
    let frozen = matches!(vm.obj(a), Some(Object::Set(s)) if s.frozen);
    let is_view = matches!(vm.obj(a), Some(Object::DictView(_)));
    combine(vm, op, x, y, frozen && !is_view).map(Some)
}

/// `s |= t` etc. Returns false when `b` isn't a set (TypeError follows).
pub fn set_inplace(vm: &mut Vm, op: BinOp, r: ObjRef, b: Value) -> PyResult<bool> {
    let Some(other) = super::dict::view_as_set(vm, b)? else {
        return Ok(false);
    };
    let result = combine(vm, op, r, other, false)?;
    let table = match vm.obj(result) {
        Some(Object::Set(s)) => s.table.clone(),
        _ => Table::new(),
    };
    if let Some(Object::Set(s)) = vm.heap.get_mut(r) {
        s.table = table;
    }
    Ok(true)
}

fn subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    for k in keys(vm, a) {
        if !vm.set_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn compare_sets(vm: &mut Vm, op: CmpOp, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    let (la, lb) = (vm.dict_len(a), vm.dict_len(b));
    Ok(match op {
        CmpOp::Eq => la == lb && subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && subset(vm, a, b)?),
        CmpOp::Le => subset(vm, a, b)?,
        CmpOp::Lt => la < lb && subset(vm, a, b)?,
        CmpOp::Ge => subset(vm, b, a)?,
        CmpOp::Gt => la > lb && subset(vm, b, a)?,
    })
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: super::native::KwArgs) -> PyResult<Value> {
    let s = vm.new_set(&[], false)?;
    let t = vm.types.set;
    vm.wrap_native(args[0], s, t)
}

fn set_init(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    if let Some(t) = vm.table_mut(r) {
        t.clear();
    }
    if let Some(src) = args.get(1) {
        update_from(vm, r, *src)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = vm.types.frozenset;
    if let Some(src) = args.get(1) {
        if matches!(vm.obj(*src), Some(Object::Set(s)) if s.frozen) && args[0].as_obj() == Some(t) {
            return Ok(*src);
        }
    }
    let items = match args.get(1) {
        Some(src) => vm.collect_iterable(*src)?,
        None => Vec::new(),
    };
    let s = vm.new_set(&items, true)?;
    vm.wrap_native(args[0], s, t)
}

fn set_add(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    vm.set_add(r, args[1])?;
    Ok(Value::NONE)
}

fn remove_key(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    match vm.table_find(r, key, h)? {
        Some(pos) => {
            if let Some(t) = vm.table_mut(r) {
                t.remove_at(pos);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

fn set_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    if !remove_key(vm, r, args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::NONE)
}

fn set_discard(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    remove_key(vm, r, args[1])?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    match vm.table_mut(r).and_then(|t| t.pop_first()) {
        Some(e) => Ok(e.key),
        None => Err(vm.new_error(crate::vm::ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    if let Some(t) = vm.table_mut(r) {
        t.clear();
    }
    Ok(Value::NONE)
}

fn set_copy(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let frozen = is_frozen(vm, r);
    if frozen && !vm.is_user_instance(args[0]) {
        return Ok(Value::obj(r));
    }
    let table = match vm.heap.get(r) {
        Object::Set(s) => s.table.clone(),
        _ => Table::new(),
    };
    let n = vm.alloc(Object::Set(SetObj { table, frozen }))?;
    Ok(Value::obj(n))
}

fn op_method(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let frozen = is_frozen(vm, r);
    let mut acc = Value::obj(r);
    if args.len() == 1 {
        return combine(vm, BinOp::Or, r, r, frozen);
    }
    for other in &args[1..] {
        let o = as_set(vm, *other)?;
        let a = acc.as_obj().unwrap_or(r);
        acc = combine(vm, op, a, o, frozen)?;
        vm.heap.temp_roots.push(acc);
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinOp::Or)
}
fn set_intersection(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinOp::And)
}
fn set_difference(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinOp::Sub)
}
fn set_symmetric_difference(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinOp::Xor)
}

fn update_method(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    for other in &args[1..] {
        if op == BinOp::Or {
            update_from(vm, r, *other)?;
        } else {
            let o = as_set(vm, *other)?;
            set_inplace(vm, op, r, Value::obj(o))?;
        }
    }
    Ok(Value::NONE)
}

fn set_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    update_method(vm, args, BinOp::Or)
}
fn set_intersection_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    update_method(vm, args, BinOp::And)
}
fn set_difference_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    update_method(vm, args, BinOp::Sub)
}
fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    update_method(vm, args, BinOp::Xor)
}

fn set_issubset(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let o = as_set(vm, args[1])?;
    subset(vm, r, o).map(Value::bool)
}

fn set_issuperset(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let o = as_set(vm, args[1])?;
    subset(vm, o, r).map(Value::bool)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let items = vm.collect_iterable(args[1])?;
    for i in items {
        if vm.set_contains(r, i)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    Ok(Value::int(vm.dict_len(r) as i64))
}

fn set_contains_m(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    vm.set_contains(r, args[1]).map(Value::bool)
}

fn set_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    vm.get_iter(Value::obj(r))
}

pub static SET_METHODS: &[NativeFunc] = &[
    // Extra arguments are for a subclass's __init__.
    NativeFunc::function_kw("__new__", 1, super::native::VARARGS, set_new).as_static(),
    NativeFunc::method("__init__", 1, 2, set_init),
    NativeFunc::method("add", 2, 2, set_add),
    NativeFunc::method("remove", 2, 2, set_remove),
    NativeFunc::method("discard", 2, 2, set_discard),
    NativeFunc::method("pop", 1, 1, set_pop),
    NativeFunc::method("clear", 1, 1, set_clear),
    NativeFunc::method("copy", 1, 1, set_copy),
    NativeFunc::method("union", 1, 255, set_union),
    NativeFunc::method("intersection", 1, 255, set_intersection),
    NativeFunc::method("difference", 1, 255, set_difference),
    NativeFunc::method("symmetric_difference", 2, 2, set_symmetric_difference),
    NativeFunc::method("update", 1, 255, set_update),
    NativeFunc::method("intersection_update", 1, 255, set_intersection_update),
    NativeFunc::method("difference_update", 1, 255, set_difference_update),
    NativeFunc::method(
        "symmetric_difference_update",
        2,
        2,
        set_symmetric_difference_update,
    ),
    NativeFunc::method("issubset", 2, 2, set_issubset),
    NativeFunc::method("issuperset", 2, 2, set_issuperset),
    NativeFunc::method("isdisjoint", 2, 2, set_isdisjoint),
    NativeFunc::method("__len__", 1, 1, set_len),
    NativeFunc::method("__contains__", 2, 2, set_contains_m),
    NativeFunc::method("__iter__", 1, 1, set_iter),
];

pub static FROZENSET_METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 2, frozenset_new).as_static(),
    NativeFunc::method("copy", 1, 1, set_copy),
    NativeFunc::method("union", 1, 255, set_union),
    NativeFunc::method("intersection", 1, 255, set_intersection),
    NativeFunc::method("difference", 1, 255, set_difference),
    NativeFunc::method("symmetric_difference", 2, 2, set_symmetric_difference),
    NativeFunc::method("issubset", 2, 2, set_issubset),
    NativeFunc::method("issuperset", 2, 2, set_issuperset),
    NativeFunc::method("isdisjoint", 2, 2, set_isdisjoint),
    NativeFunc::method("__len__", 1, 1, set_len),
    NativeFunc::method("__contains__", 2, 2, set_contains_m),
    NativeFunc::method("__iter__", 1, 1, set_iter),
];
