//! Generators and coroutines: each owns its frame while suspended.

use super::native::NativeFunc;
use super::Object;
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
fn stop_iteration(vm: &mut Vm, v: Value) -> PyErr {
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

pub static ASYNC_METHODS: &[NativeFunc] = &[NativeFunc::method("aclose", 1, 1, gen_close)];
