//! `X | Y` of classes (and None): the union object `isinstance()` and
//! `issubclass()` accept, as CPython's `types.UnionType`.

use super::native::NativeFunc;
use super::{NativeObject, Object};
use crate::heap::ObjRef;
use crate::modules::{native_get, native_ref};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

pub struct UnionType {
    /// The member classes, in order, without repeats (a tuple).
    args: Value,
    ty: ObjRef,
}

impl NativeObject for UnionType {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.args);
    }
    crate::native_any!();
}

/// The member classes of a union, or None if `v` isn't one.
pub fn members(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    let r = native_ref::<UnionType>(vm, v)?;
    let args = native_get::<UnionType>(vm, r)?.args;
    vm.tuple_items(args).map(|s| s.to_vec())
}

/// The classes `v` stands for in a union: a class, None (NoneType), or a
/// union's members; None if `v` can't be in a union.
fn operand(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(alloc::vec![Value::obj(vm.types.none)]);
    }
    if vm.is_type(v) {
        return Some(alloc::vec![v]);
    }
    members(vm, v)
}

/// `a | b` for classes, None and unions; Ok(None) when an operand is
/// something else (the operator then reports unsupported operands). A
/// union of one class is that class.
pub fn union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(left), Some(right)) = (operand(vm, a), operand(vm, b)) else {
        return Ok(None);
    };
    if members(vm, a).is_none() && members(vm, b).is_none() && !(vm.is_type(a) || vm.is_type(b)) {
        return Ok(None);
    }
    let mut all: Vec<Value> = Vec::with_capacity(left.len() + right.len());
    for c in left.into_iter().chain(right) {
        if !all.iter().any(|x| x.identity() == c.identity()) {
            all.push(c);
        }
    }
    if all.len() == 1 {
        return Ok(Some(all[0]));
    }
    let ty = crate::modules::new_native_type(
        vm,
        "types.UnionType",
        "UnionType",
        METHODS,
        GETTERS,
        crate::objects::type_::BaseKind::NotSubclassable,
    )?;
    let args = vm.new_tuple(all)?;
    let r = vm.alloc(Object::Native(Box::new(UnionType { args, ty })))?;
    Ok(Some(Value::obj(r)))
}

fn union_or(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(union(vm, args[0], args[1])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn union_ror(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(union(vm, args[1], args[0])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn union_args(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match native_ref::<UnionType>(vm, args[0]).and_then(|r| native_get::<UnionType>(vm, r)) {
        Some(u) => Ok(u.args),
        None => Err(vm.type_error("expected a union")),
    }
}

/// `int | None | mod.Class`: None for NoneType, module-qualified names
/// outside builtins.
fn union_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items = members(vm, args[0]).unwrap_or_default();
    let mut out = String::new();
    for (i, c) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        match c.as_obj() {
            Some(t) if t == vm.types.none => out.push_str("None"),
            Some(t) => out.push_str(&vm.qualified_class_name(t)),
            None => out.push('?'),
        }
    }
    vm.new_string(out)
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (members(vm, args[0]), members(vm, args[1])) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let covers = |x: &[Value], y: &[Value]| {
        x.iter()
            .all(|c| y.iter().any(|d| d.identity() == c.identity()))
    };
    Ok(Value::bool(covers(&a, &b) && covers(&b, &a)))
}

/// Order-independent, like the equality.
fn union_hash(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut h: i64 = 0x2f1e;
    for c in members(vm, args[0]).unwrap_or_default() {
        h ^= vm.hash(c)?;
    }
    Ok(Value::int(h))
}

/// Whether class `t` is one of the union's members or derives from one.
fn has_superclass_of(vm: &Vm, union: Value, t: ObjRef) -> bool {
    members(vm, union)
        .unwrap_or_default()
        .iter()
        .any(|c| c.as_obj().is_some_and(|c| vm.is_subtype(t, c)))
}

fn union_instancecheck(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = vm.type_of(args[1]);
    Ok(Value::bool(has_superclass_of(vm, args[0], t)))
}

fn union_subclasscheck(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(t) = args[1].as_obj().filter(|_| vm.is_type(args[1])) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(has_superclass_of(vm, args[0], t)))
}

static METHODS: &[NativeFunc] = &[
    NativeFunc::method("__or__", 2, 2, union_or),
    NativeFunc::method("__ror__", 2, 2, union_ror),
    NativeFunc::method("__repr__", 1, 1, union_repr),
    NativeFunc::method("__eq__", 2, 2, union_eq),
    NativeFunc::method("__hash__", 1, 1, union_hash),
    NativeFunc::method("__instancecheck__", 2, 2, union_instancecheck),
    NativeFunc::method("__subclasscheck__", 2, 2, union_subclasscheck),
];

static GETTERS: &[NativeFunc] = &[NativeFunc::method("__args__", 1, 1, union_args)];
