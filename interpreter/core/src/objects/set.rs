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
            table: Table::new_set(),
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

fn set_len_of(vm: &Vm, r: ObjRef) -> usize {
    vm.table(r).map_or(0, |t| t.len())
}

/// The set object behind a value: a set, a frozenset or a subclass's.
fn set_obj(vm: &Vm, v: Value) -> Option<ObjRef> {
    vm.native_of(v)
        .as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Object::Set(_)))
}

/// The dict a value is (exactly a dict: CPython reads a dict subclass as
/// any other iterable).
fn dict_obj(vm: &Vm, v: Value) -> Option<ObjRef> {
    v.as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Object::Dict(_)))
}

/// A new empty set or frozenset.
fn empty_set(vm: &mut Vm, frozen: bool) -> PyResult<ObjRef> {
    vm.alloc(Object::Set(SetObj {
        table: Table::new_set(),
        frozen,
    }))
}

// The operations below follow CPython's setobject.c step by step
// (set_update_internal, set_merge, set_intersection, set_difference...):
// which operand is walked, in which order elements are added and when the
// table grows decide both which of two equal elements (1 or 1.0) a result
// keeps and the order the result iterates in.

/// set_merge: add the elements of the set `other` (in its slot order).
fn merge(vm: &mut Vm, so: ObjRef, other: ObjRef) -> PyResult<()> {
    if so == other {
        return Ok(());
    }
    let incoming = set_len_of(vm, other);
    if incoming == 0 {
        return Ok(());
    }
    // (Grow first, as CPython: the copy below depends on the new size.)
    if let Some(t) = vm.table_mut(so) {
        t.set_reserve_for_merge(incoming);
    }
    // An empty set with the same table size takes a copy of the table.
    let same_shape = vm.table(so).map_or(0, |t| t.set_fill()) == 0
        && vm.table(so).map(|t| t.set_slots()) == vm.table(other).map(|t| t.set_slots())
        && vm.table(other).is_some_and(|t| !t.set_has_dummies());
    if same_shape {
        let mut copy = vm.table(other).cloned().unwrap_or_else(Table::new_set);
        copy.set_set_finger(vm.table(so).map_or(0, |t| t.set_finger()));
        if let Some(t) = vm.table_mut(so) {
            *t = copy;
        }
        return Ok(());
    }
    for k in keys(vm, other) {
        vm.set_add(so, k)?;
    }
    Ok(())
}

/// set_update_internal: add the elements of any iterable.
pub fn update_from(vm: &mut Vm, so: ObjRef, other: Value) -> PyResult<()> {
    if let Some(o) = set_obj(vm, other) {
        return merge(vm, so, o);
    }
    if let Some(d) = dict_obj(vm, other) {
        let n = set_len_of(vm, d);
        if let Some(t) = vm.table_mut(so) {
            t.set_reserve_for_merge(n);
        }
        for k in keys(vm, d) {
            vm.set_add(so, k)?;
        }
        return Ok(());
    }
    for k in vm.collect_iterable(other)? {
        vm.set_add(so, k)?;
    }
    Ok(())
}

/// make_new_set(type, iterable).
fn new_set_from(vm: &mut Vm, src: Value, frozen: bool) -> PyResult<ObjRef> {
    let r = empty_set(vm, frozen)?;
    update_from(vm, r, src)?;
    Ok(r)
}

/// set_copy.
fn copy_of(vm: &mut Vm, so: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    new_set_from(vm, Value::obj(so), frozen)
}

/// set_intersection: the result keeps the walked operand's elements.
fn intersection(vm: &mut Vm, so: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    if set_obj(vm, other) == Some(so) {
        return copy_of(vm, so, frozen);
    }
    let result = empty_set(vm, frozen)?;
    if let Some(o) = set_obj(vm, other) {
        // Walk the smaller set, probe the larger.
        let (probe, walk) = if set_len_of(vm, o) > set_len_of(vm, so) {
            (o, so)
        } else {
            (so, o)
        };
        for k in keys(vm, walk) {
            if vm.set_contains(probe, k)? {
                vm.set_add(result, k)?;
            }
        }
        return Ok(result);
    }
    for k in vm.collect_iterable(other)? {
        if vm.set_contains(so, k)? {
            vm.set_add(result, k)?;
        }
    }
    Ok(result)
}

/// set_difference_update_internal.
fn difference_update(vm: &mut Vm, so: ObjRef, other: Value) -> PyResult<()> {
    if set_obj(vm, other) == Some(so) {
        if let Some(t) = vm.table_mut(so) {
            t.clear();
        }
        return Ok(());
    }
    let items = match set_obj(vm, other) {
        Some(o) => keys(vm, o),
        None => vm.collect_iterable(other)?,
    };
    for k in items {
        remove_key(vm, so, k)?;
    }
    if let Some(t) = vm.table_mut(so) {
        t.set_compact_dummies();
    }
    Ok(())
}

/// set_difference.
fn difference(vm: &mut Vm, so: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    let other_size = match (set_obj(vm, other), dict_obj(vm, other)) {
        (Some(o), _) | (None, Some(o)) => Some(set_len_of(vm, o)),
        _ => None,
    };
    match other_size {
        Some(n) if (set_len_of(vm, so) >> 2) <= n => {
            let result = empty_set(vm, frozen)?;
            let probe = set_obj(vm, other).or(dict_obj(vm, other));
            for k in keys(vm, so) {
                let found = match probe {
                    Some(p) => {
                        let h = vm.hash(k)?;
                        vm.table_find(p, k, h)?.is_some()
                    }
                    None => false,
                };
                if !found {
                    vm.set_add(result, k)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = copy_of(vm, so, frozen)?;
            difference_update(vm, result, other)?;
            Ok(result)
        }
    }
}

/// set_symmetric_difference_update.
fn symmetric_update(vm: &mut Vm, so: ObjRef, other: Value) -> PyResult<()> {
    if set_obj(vm, other) == Some(so) {
        if let Some(t) = vm.table_mut(so) {
            t.clear();
        }
        return Ok(());
    }
    let items = match (set_obj(vm, other), dict_obj(vm, other)) {
        (Some(o), _) => keys(vm, o),
        (None, Some(d)) => keys(vm, d),
        _ => {
            let tmp = new_set_from(vm, other, false)?;
            keys(vm, tmp)
        }
    };
    for k in items {
        if !remove_key(vm, so, k)? {
            vm.set_add(so, k)?;
        }
    }
    Ok(())
}

/// set_symmetric_difference: a copy of `other`, updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    let result = new_set_from(vm, other, frozen)?;
    symmetric_update(vm, result, Value::obj(so))?;
    Ok(result)
}

/// A new set from `a op b` where `so` is the left set.
fn combine(vm: &mut Vm, op: BinOp, so: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    match op {
        BinOp::Or => {
            let result = copy_of(vm, so, frozen)?;
            update_from(vm, result, other)?;
            Ok(result)
        }
        BinOp::And => intersection(vm, so, other, frozen),
        BinOp::Sub => difference(vm, so, other, frozen),
        _ => symmetric_difference(vm, so, other, frozen),
    }
}

fn is_set_view(vm: &Vm, v: Value) -> bool {
    matches!(vm.obj(v), Some(Object::DictView(dv)) if dv.kind != super::iterator::DictIterKind::Values)
}

/// Binary set operators (also on dict keys/items views, where the other
/// operand may be any iterable).
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Sub | BinOp::Or | BinOp::And | BinOp::Xor) {
        return Ok(None);
    }
    if let (Some(x), Some(_)) = (set_obj(vm, a), set_obj(vm, b)) {
        let frozen = is_frozen(vm, x);
        return combine(vm, op, x, b, frozen).map(|r| Some(Value::obj(r)));
    }
    if !is_set_view(vm, a) && !is_set_view(vm, b) {
        return Ok(None);
    }
    // The other operand must be iterable.
    for v in [a, b] {
        if !is_set_view(vm, v) && set_obj(vm, v).is_none() {
            let iterable = match vm.get_iter(v) {
                Ok(_) => true,
                Err(e) if vm.exception_is(e.0, crate::vm::ExcKind::TypeError) => false,
                Err(e) => return Err(e),
            };
            if !iterable {
                return Ok(None);
            }
        }
    }
    if op == BinOp::And {
        // _PyDictView_Intersect: the view is `self`; a larger set walks it,
        // otherwise the other operand is walked, probing the view.
        let (view, other) = if is_set_view(vm, a) { (a, b) } else { (b, a) };
        let vlen = vm.len(view)?;
        if let Some(o) = set_obj(vm, other) {
            if vlen <= set_len_of(vm, o) {
                return intersection(vm, o, view, false).map(|r| Some(Value::obj(r)));
            }
        }
        let (view, other) = if is_set_view(vm, other) && vm.len(other)? > vlen {
            (other, view)
        } else {
            (view, other)
        };
        let result = empty_set(vm, false)?;
        for k in vm.collect_iterable(other)? {
            if vm.contains(view, k)? {
                vm.set_add(result, k)?;
            }
        }
        return Ok(Some(Value::obj(result)));
    }
    // The other view operators: set(left operand), then the in-place
    // operation with the right one.
    // (A keys view stands for its dict, which set() reads as a dict.)
    let left = match vm.obj(a) {
        Some(Object::DictView(dv)) if dv.kind == super::iterator::DictIterKind::Keys => {
            Value::obj(dv.dict)
        }
        _ => a,
    };
    let result = new_set_from(vm, left, false)?;
    match op {
        BinOp::Or => update_from(vm, result, b)?,
        BinOp::Sub => difference_update(vm, result, b)?,
        _ => symmetric_update(vm, result, b)?,
    }
    Ok(Some(Value::obj(result)))
}

/// `s |= t` etc. Returns false when `b` isn't a set (TypeError follows).
pub fn set_inplace(vm: &mut Vm, op: BinOp, r: ObjRef, b: Value) -> PyResult<bool> {
    if set_obj(vm, b).is_none() {
        return Ok(false);
    }
    inplace(vm, op, r, b)?;
    Ok(true)
}

/// The in-place operations (operators and the *_update methods).
fn inplace(vm: &mut Vm, op: BinOp, r: ObjRef, b: Value) -> PyResult<()> {
    match op {
        BinOp::Or => update_from(vm, r, b),
        BinOp::Sub => difference_update(vm, r, b),
        BinOp::Xor => symmetric_update(vm, r, b),
        _ => {
            // set_intersection_update: the result's table replaces ours.
            let tmp = intersection(vm, r, b, false)?;
            let mut table = match vm.heap.get(tmp) {
                Object::Set(s) => s.table.clone(),
                _ => Table::new_set(),
            };
            table.set_set_finger(vm.table(r).map_or(0, |t| t.set_finger()));
            if let Some(Object::Set(s)) = vm.heap.get_mut(r) {
                s.table = table;
            }
            Ok(())
        }
    }
}

/// Members of any iterable, as a set handle (for the subset tests).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match set_obj(vm, v) {
        Some(r) => Ok(r),
        None => new_set_from(vm, v, true),
    }
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
    let s = match args.get(1) {
        Some(src) => new_set_from(vm, *src, true)?,
        None => empty_set(vm, true)?,
    };
    vm.wrap_native(args[0], Value::obj(s), t)
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
    copy_of(vm, r, frozen).map(Value::obj)
}

fn op_method(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = set_ref(vm, args[0])?;
    let frozen = is_frozen(vm, r);
    let Some((first, rest)) = args[1..].split_first() else {
        return copy_of(vm, r, frozen).map(Value::obj);
    };
    // The first operation makes a new set; the others update it (as
    // CPython's union/difference/intersection with several arguments).
    let acc = combine(vm, op, r, *first, frozen)?;
    vm.heap.temp_roots.push(Value::obj(acc));
    for other in rest {
        inplace(vm, op, acc, *other)?;
    }
    Ok(Value::obj(acc))
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
        inplace(vm, op, r, *other)?;
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

/// CPython's frozenset hash (3.11): order-independent, from the entries'
/// hashes and the size.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}
