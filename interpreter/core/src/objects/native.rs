//! Built-in functions and methods implemented in Rust. They live in static
//! tables and are immediate values (`Value::native`), so calling or passing
//! them never allocates.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Keyword arguments of a call: (name as a str value, value) pairs.
pub type KwArgs<'a> = &'a [(Value, Value)];

#[derive(Clone, Copy)]
pub enum NativeFn {
    /// Positional arguments only; a call with keywords raises TypeError.
    Pos(fn(&mut Vm, &[Value]) -> PyResult<Value>),
    /// Positional and keyword arguments.
    Kw(fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>),
}

/// How the function binds when found as an attribute of a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A plain function (module-level builtins): never binds.
    Function,
    /// An instance method: `obj.m(...)` calls it with `obj` first.
    Method,
    /// Bound to the class, like @classmethod (e.g. `dict.fromkeys`).
    ClassMethod,
    /// Never binds, like @staticmethod (e.g. `str.maketrans`).
    StaticMethod,
}

pub struct NativeFunc {
    pub name: &'static str,
    pub func: NativeFn,
    pub binding: Binding,
    /// Positional argument count bounds, including `self` for methods;
    /// checked before the call so implementations can index `args` freely
    /// up to `min_args`.
    pub min_args: u8,
    /// `VARARGS` for no upper bound.
    pub max_args: u8,
}

pub const VARARGS: u8 = u8::MAX;

impl NativeFunc {
    pub const fn function(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Pos(f),
            binding: Binding::Function,
            min_args,
            max_args,
        }
    }
    pub const fn function_kw(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Kw(f),
            binding: Binding::Function,
            min_args,
            max_args,
        }
    }
    /// A method: `min_args`/`max_args` count `self`.
    pub const fn method(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Pos(f),
            binding: Binding::Method,
            min_args,
            max_args,
        }
    }
    pub const fn method_kw(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Kw(f),
            binding: Binding::Method,
            min_args,
            max_args,
        }
    }
    pub const fn classmethod(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Pos(f),
            binding: Binding::ClassMethod,
            min_args,
            max_args,
        }
    }
    pub const fn staticmethod(
        name: &'static str,
        min_args: u8,
        max_args: u8,
        f: fn(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> Self {
        NativeFunc {
            name,
            func: NativeFn::Pos(f),
            binding: Binding::StaticMethod,
            min_args,
            max_args,
        }
    }

    /// The same function bound as a staticmethod (e.g. `__new__`).
    pub const fn as_static(mut self) -> Self {
        self.binding = Binding::StaticMethod;
        self
    }
    /// The same function bound as a classmethod (e.g. `int.from_bytes`).
    pub const fn as_classmethod(mut self) -> Self {
        self.binding = Binding::ClassMethod;
        self
    }
}
