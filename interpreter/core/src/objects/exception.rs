//! Exception instances (of BaseException and every subclass, built-in or
//! user-defined).

use super::native::{KwArgs, NativeFunc, VARARGS};
use super::Object;
use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// One line of a traceback: `File "<file>", line N, in <name>` (no name:
/// a SyntaxError's location).
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    pub file: Qstr,
    pub line: u32,
    pub name: Qstr,
}

pub struct ExceptionObj {
    pub class: ObjRef,
    /// The args tuple.
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Attributes set by user code (`self.code = ...`), created on demand.
    pub dict: Option<ObjRef>,
}

impl ExceptionObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::obj(self.class));
        visit(self.args);
        visit(self.cause);
        visit(self.context);
        if let Some(d) = self.dict {
            visit(Value::obj(d));
        }
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(cls) = args[0].as_obj() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type"));
    };
    let a = vm.new_tuple(args[1..].to_vec())?;
    let r = vm.alloc(Object::Exception(Box::new(ExceptionObj {
        class: cls,
        args: a,
        traceback: Vec::new(),
        cause: Value::NONE,
        context: Value::NONE,
        suppress_context: false,
        dict: None,
    })))?;
    Ok(Value::obj(r))
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = vm.new_tuple(args[1..].to_vec())?;
    if let Some(Object::Exception(e)) = args[0].as_obj().and_then(|r| vm.heap.get_mut(r)) {
        e.args = a;
    }
    Ok(Value::NONE)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, VARARGS, exc_new).as_static(),
    NativeFunc::method_kw("__init__", 1, VARARGS, exc_init),
    NativeFunc::method("with_traceback", 2, 2, exc_with_traceback),
];
