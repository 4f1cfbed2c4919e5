//! property, classmethod and staticmethod.

use super::native::{KwArgs, NativeFunc};
use super::Object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

fn kw(vm: &Vm, kwargs: KwArgs, name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

fn property_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| {
        args.get(i)
            .copied()
            .or_else(|| kw(vm, kwargs, n))
            .unwrap_or(Value::NONE)
    };
    let p = PropertyObj {
        fget: get(1, "fget"),
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc: get(4, "doc"),
    };
    let r = vm.alloc(Object::Property(Box::new(p)))?;
    Ok(Value::obj(r))
}

fn with(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    let Some(Object::Property(p)) = vm.obj(args[0]) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut n = PropertyObj {
        fget: p.fget,
        fset: p.fset,
        fdel: p.fdel,
        doc: p.doc,
    };
    match which {
        0 => n.fget = args[1],
        1 => n.fset = args[1],
        _ => n.fdel = args[1],
    }
    let r = vm.alloc(Object::Property(Box::new(n)))?;
    Ok(Value::obj(r))
}

fn property_getter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(Object::Property(p)) = vm.obj(args[0]) else {
        return Ok(Value::NONE);
    };
    let fget = p.fget;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    vm.call(fget, &[args[1]], &[])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 5, property_new).as_static(),
    NativeFunc::method("getter", 2, 2, property_getter),
    NativeFunc::method("setter", 2, 2, property_setter),
    NativeFunc::method("deleter", 2, 2, property_deleter),
    NativeFunc::method("__get__", 2, 3, property_get),
];

fn classmethod_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = vm.alloc(Object::ClassMethod(args[1]))?;
    Ok(Value::obj(r))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = vm.alloc(Object::StaticMethod(args[1]))?;
    Ok(Value::obj(r))
}

pub static CLASSMETHOD_METHODS: &[NativeFunc] =
    &[NativeFunc::function("__new__", 2, 2, classmethod_new).as_static()];
pub static STATICMETHOD_METHODS: &[NativeFunc] =
    &[NativeFunc::function("__new__", 2, 2, staticmethod_new).as_static()];
