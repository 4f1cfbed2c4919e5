//! Generators and coroutines: each owns its frame while suspended.

use super::native::NativeFunc;
use super::{NativeObject, Object};
use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::interp::Exit;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::boxed::Box;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Not started: the first send must be None.
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorObj {
    /// The frame, present unless the generator runs or has finished.
    pub frame: Option<Box<Frame>>,
    pub state: GenState,
    pub kind: GenKind,
    pub name: Qstr,
    pub qualname: Qstr,
}

impl GeneratorObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(f) = &self.frame {
            f.trace(visit);
        }
    }
    pub fn heap_bytes(&self) -> usize {
        core::mem::size_of::<GeneratorObj>() + self.frame.as_ref().map_or(0, |f| f.heap_bytes())
    }
}

fn gen_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

/// StopIteration(value) for a finished generator seen through send().
pub(crate) fn stop_iteration(vm: &mut Vm, v: Value) -> PyErr {
    let args: &[Value] = if v.is_none() {
        &[]
    } else {
        core::slice::from_ref(&v)
    };
    match vm.make_exception(ExcKind::StopIteration, args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn gen_send(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    match vm.resume_generator(g, args[1], None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    match vm.resume_generator(g, Value::NONE, None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

/// generator.throw(exc) / throw(type, value).
fn gen_throw(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let exc = match args.get(2) {
        Some(v) if !v.is_none() => {
            if vm.is_type(*v) {
                vm.call(*v, &[], &[])?
            } else if matches!(vm.obj(*v), Some(Object::Exception(_))) {
                *v
            } else {
                vm.call(args[1], &[*v], &[])?
            }
        }
        _ => {
            if vm.is_type(args[1]) {
                vm.call(args[1], &[], &[])?
            } else {
                args[1]
            }
        }
    };
    if !matches!(vm.obj(exc), Some(Object::Exception(_))) {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    match vm.resume_generator(g, Value::NONE, Some(exc))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

/// generator.close(): throw GeneratorExit; a yield in response is an error.
fn gen_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let state = match vm.heap.get(g) {
        Object::Generator(gen) => gen.state,
        _ => GenState::Finished,
    };
    if state == GenState::Finished {
        return Ok(Value::NONE);
    }
    if state == GenState::Created {
        vm.finish_generator(g);
        return Ok(Value::NONE);
    }
    let exit = vm.make_exception(ExcKind::GeneratorExit, &[])?;
    match vm.resume_generator(g, Value::NONE, Some(exit)) {
        Ok(Exit::Yield(_)) => {
            Err(vm.new_error(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(Exit::Return(_)) => Ok(Value::NONE),
        Err(e)
            if vm.exception_is(e.0, ExcKind::GeneratorExit)
                || vm.exception_is(e.0, ExcKind::StopIteration) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::method("send", 2, 2, gen_send),
    NativeFunc::method("throw", 2, 4, gen_throw),
    NativeFunc::method("close", 1, 1, gen_close),
    NativeFunc::method("__next__", 1, 1, gen_next),
    NativeFunc::method("__iter__", 1, 1, gen_iter),
];

/// The awaitable returned by an async generator's `__anext__()`,
/// `asend(v)`, `athrow(exc)` and `aclose()`: each step resumes the async
/// generator; its `yield` completes the awaitable (StopIteration carrying
/// the value), while what its awaits yield passes through to the caller.
pub struct AsyncGenStep {
    gen: ObjRef,
    /// The value to send first, or the exception to throw first.
    arg: Value,
    throw: bool,
    /// aclose(): finishing the generator is success.
    closing: bool,
    started: bool,
    done: bool,
    ty: ObjRef,
}

impl NativeObject for AsyncGenStep {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.gen));
        visit(self.arg);
    }
    crate::native_any!();
}

fn new_step(vm: &mut Vm, gen: ObjRef, arg: Value, throw: bool, closing: bool) -> PyResult<Value> {
    let ty = crate::modules::new_native_type(
        vm,
        "core.async_generator_asend",
        "async_generator_asend",
        ASYNC_STEP_METHODS,
        &[],
        crate::objects::type_::BaseKind::NotSubclassable,
    )?;
    let r = vm.alloc(Object::Native(Box::new(AsyncGenStep {
        gen,
        arg,
        throw,
        closing,
        started: false,
        done: false,
        ty,
    })))?;
    Ok(Value::obj(r))
}

/// One step of an async generator operation.
fn step(vm: &mut Vm, this: Value, send: Value, throw: Option<Value>) -> PyResult<Value> {
    let Some(r) = crate::modules::native_ref::<AsyncGenStep>(vm, this) else {
        return Err(vm.type_error("expected an async generator awaitable"));
    };
    let Some(st) = crate::modules::native_mut::<AsyncGenStep>(vm, r) else {
        return Ok(Value::NONE);
    };
    if st.done {
        return Err(vm.new_error(
            ExcKind::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let (gen, closing) = (st.gen, st.closing);
    let (value, exc) = if st.started {
        (send, throw)
    } else {
        st.started = true;
        if st.throw {
            (Value::NONE, Some(st.arg))
        } else if send.is_none() {
            (st.arg, throw)
        } else {
            // As CPython: a value given to the first send() replaces the
            // awaitable's own (and a just-started generator refuses it).
            (send, throw)
        }
    };
    vm.async_gen_yielded = false;
    let outcome = vm.resume_generator(gen, value, exc);
    let own_yield = core::mem::replace(&mut vm.async_gen_yielded, false);
    let finished = |vm: &mut Vm| {
        if let Some(st) = crate::modules::native_mut::<AsyncGenStep>(vm, r) {
            st.done = true;
        }
    };
    match outcome {
        Ok(Exit::Yield(v)) if own_yield => {
            finished(vm);
            if closing {
                return Err(vm.new_error(
                    ExcKind::RuntimeError,
                    "async generator ignored GeneratorExit",
                ));
            }
            Err(stop_iteration(vm, v))
        }
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(_)) => {
            finished(vm);
            if closing {
                return Err(stop_iteration(vm, Value::NONE));
            }
            Err(vm.new_error_no_msg(ExcKind::StopAsyncIteration))
        }
        Err(e) => {
            finished(vm);
            if closing
                && (vm.exception_is(e.0, ExcKind::GeneratorExit)
                    || vm.exception_is(e.0, ExcKind::StopAsyncIteration))
            {
                return Err(stop_iteration(vm, Value::NONE));
            }
            Err(e)
        }
    }
}

fn step_send(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    step(vm, args[0], args[1], None)
}

fn step_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    step(vm, args[0], Value::NONE, None)
}

fn step_throw(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let exc = if vm.is_type(args[1]) {
        vm.call(args[1], &[], &[])?
    } else {
        args[1]
    };
    step(vm, args[0], Value::NONE, Some(exc))
}

fn step_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(r) = crate::modules::native_ref::<AsyncGenStep>(vm, args[0]) {
        if let Some(st) = crate::modules::native_mut::<AsyncGenStep>(vm, r) {
            st.done = true;
        }
    }
    Ok(Value::NONE)
}

fn step_self(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

static ASYNC_STEP_METHODS: &[NativeFunc] = &[
    NativeFunc::method("send", 2, 2, step_send),
    NativeFunc::method("throw", 2, 4, step_throw),
    NativeFunc::method("close", 1, 1, step_close),
    NativeFunc::method("__next__", 1, 1, step_next),
    NativeFunc::method("__iter__", 1, 1, step_self),
    NativeFunc::method("__await__", 1, 1, step_self),
];

fn agen_aiter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    gen_ref(vm, args[0])?;
    Ok(args[0])
}

fn agen_anext(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    new_step(vm, g, Value::NONE, false, false)
}

fn agen_asend(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    new_step(vm, g, args[1], false, false)
}

fn agen_athrow(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let exc = if vm.is_type(args[1]) {
        vm.call(args[1], &[], &[])?
    } else {
        args[1]
    };
    new_step(vm, g, exc, true, false)
}

fn agen_aclose(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let state = match vm.heap.get(g) {
        Object::Generator(gen) => gen.state,
        _ => GenState::Finished,
    };
    if state == GenState::Created {
        vm.finish_generator(g);
    }
    let exit = vm.make_exception(ExcKind::GeneratorExit, &[])?;
    new_step(vm, g, exit, true, true)
}

pub static ASYNC_METHODS: &[NativeFunc] = &[
    NativeFunc::method("__aiter__", 1, 1, agen_aiter),
    NativeFunc::method("__anext__", 1, 1, agen_anext),
    NativeFunc::method("asend", 2, 2, agen_asend),
    NativeFunc::method("athrow", 2, 4, agen_athrow),
    NativeFunc::method("aclose", 1, 1, agen_aclose),
];
