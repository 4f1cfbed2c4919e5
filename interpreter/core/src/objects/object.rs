//! object: the root of every class.

use super::native::{KwArgs, NativeFunc, VARARGS};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args[0].as_obj() {
        Some(cls) if vm.is_type(args[0]) => vm.object_new(cls),
        _ => {
            let t = vm.type_name(args[0]);
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({})", t)))
        }
    }
}

fn object_eq(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(if args[0].is(args[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = vm.compare(crate::bytecode::CmpOp::Eq, args[0], args[1])?;
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(Value::bool(!vm.is_true(r)?))
}

fn object_hash(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(args[0].identity()))
}

fn object_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let name = vm.qualified_class_name(cls);
    vm.new_string(format!("<{} object at 0x{:x}>", name, args[0].identity()))
}

fn object_str(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vm.repr(args[0])
}

fn object_format(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if vm.str_of(args[1]).is_some_and(|s| !s.is_empty()) {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            t
        )));
    }
    vm.to_str(args[0])
}

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<crate::qstr::Qstr> {
    match vm.str_of(v).map(alloc::string::String::from) {
        Some(s) => Ok(vm.intern(&s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{}'", t)))
        }
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    vm.generic_setattr(args[0], q, args[2])?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    vm.generic_delattr(args[0], q)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    vm.getattr(args[0], q)
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::method_kw("__init__", 1, VARARGS, object_init),
    NativeFunc::function_kw("__new__", 1, VARARGS, object_new).as_static(),
    NativeFunc::method("__eq__", 2, 2, object_eq),
    NativeFunc::method("__ne__", 2, 2, object_ne),
    NativeFunc::method("__hash__", 1, 1, object_hash),
    NativeFunc::method("__repr__", 1, 1, object_repr),
    NativeFunc::method("__str__", 1, 1, object_str),
    NativeFunc::method("__format__", 2, 2, object_format),
    NativeFunc::method("__setattr__", 3, 3, object_setattr),
    NativeFunc::method("__delattr__", 2, 2, object_delattr),
    NativeFunc::method("__getattribute__", 2, 2, object_getattribute),
    NativeFunc::function("__init_subclass__", 1, 1, object_init_subclass).as_classmethod(),
];
