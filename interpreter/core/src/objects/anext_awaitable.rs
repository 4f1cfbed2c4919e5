//! What `anext(it, default)` returns: an awaitable that drives
//! `it.__anext__()` and turns its StopAsyncIteration into `default`.

use super::generator::stop_iteration;
use super::native::NativeFunc;
use super::{NativeObject, Object};
use crate::heap::ObjRef;
use crate::qstr;
use crate::value::Value;
use crate::vm::interp::Exit;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::boxed::Box;

pub struct AnextAwaitable {
    /// The awaitable `__anext__()` returned.
    awaitable: Value,
    /// Its `__await__` iterator, once the first step asked for it.
    iter: Option<Value>,
    default: Value,
    ty: ObjRef,
}

impl NativeObject for AnextAwaitable {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.awaitable);
        if let Some(it) = self.iter {
            visit(it);
        }
        visit(self.default);
    }
    crate::native_any!();
}

/// `anext(it, default)`: `awaitable` is `it.__anext__()`.
pub fn new(vm: &mut Vm, awaitable: Value, default: Value) -> PyResult<Value> {
    let ty = crate::modules::new_native_type(
        vm,
        "core.anext_awaitable",
        "anext_awaitable",
        METHODS,
        &[],
        crate::objects::type_::BaseKind::NotSubclassable,
    )?;
    let r = vm.alloc(Object::Native(Box::new(AnextAwaitable {
        awaitable,
        iter: None,
        default,
        ty,
    })))?;
    Ok(Value::obj(r))
}

/// The awaitable's iterator, and the default to give on exhaustion.
fn parts(vm: &mut Vm, this: Value) -> PyResult<(Value, Value)> {
    let Some(r) = crate::modules::native_ref::<AnextAwaitable>(vm, this) else {
        return Err(vm.type_error("expected an anext_awaitable"));
    };
    let (awaitable, iter, default) = match crate::modules::native_mut::<AnextAwaitable>(vm, r) {
        Some(a) => (a.awaitable, a.iter, a.default),
        None => return Err(vm.type_error("expected an anext_awaitable")),
    };
    let it = match iter {
        Some(it) => it,
        None => {
            let it = vm.get_awaitable(awaitable)?;
            if let Some(a) = crate::modules::native_mut::<AnextAwaitable>(vm, r) {
                a.iter = Some(it);
            }
            it
        }
    };
    Ok((it, default))
}

/// Exhaustion of the async iterator completes the await with the default.
fn finish(vm: &mut Vm, r: PyResult<Exit>, default: Value) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(v)) => Err(stop_iteration(vm, v)),
        Err(e) if vm.exception_is(e.0, ExcKind::StopAsyncIteration) => {
            Err(stop_iteration(vm, default))
        }
        Err(e) => Err(e),
    }
}

fn anext_send(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (it, default) = parts(vm, args[0])?;
    let r = vm.send_to(it, args.get(1).copied().unwrap_or(Value::NONE));
    finish(vm, r, default)
}

fn anext_throw(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (it, default) = parts(vm, args[0])?;
    let exc = if vm.is_type(args[1]) {
        vm.call(args[1], &[], &[])?
    } else {
        args[1]
    };
    let r = match vm.call_method_opt(it, qstr::THROW, &[exc]) {
        Ok(Some(v)) => Ok(Exit::Yield(v)),
        Ok(None) => Err(PyErr(exc)),
        Err(e) if vm.exception_is(e.0, ExcKind::StopIteration) => {
            Ok(Exit::Return(vm.stop_iteration_value(e.0)))
        }
        Err(e) => Err(e),
    };
    finish(vm, r, default)
}

fn anext_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (it, _) = parts(vm, args[0])?;
    vm.call_method_opt(it, qstr::CLOSE, &[])?;
    Ok(Value::NONE)
}

fn anext_self(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

static METHODS: &[NativeFunc] = &[
    NativeFunc::method("send", 2, 2, anext_send),
    NativeFunc::method("throw", 2, 4, anext_throw),
    NativeFunc::method("close", 1, 1, anext_close),
    NativeFunc::method("__next__", 1, 1, anext_send),
    NativeFunc::method("__iter__", 1, 1, anext_self),
    NativeFunc::method("__await__", 1, 1, anext_self),
];
