//! Type objects: built-in types and user classes alike.

use super::native::{KwArgs, NativeFunc, VARARGS};
use super::Object;
use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::vec::Vec;

/// The native layout of a type's instances: what `object.__new__` builds
/// for a class deriving (directly or not) from the type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    /// A plain instance with a dict.
    Object,
    /// An exception instance.
    Exception,
    /// A user subclass of another built-in: an Instance whose `native`
    /// holds an object of that built-in type.
    Native,
    /// Types whose instances can't be created by calling a subclass
    /// (function, generator, ...).
    NotSubclassable,
}

pub struct TypeObj {
    pub name: Qstr,
    /// `__qualname__`: the dotted path for a nested class (`Outer.Inner`).
    pub qualname: Qstr,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the type itself.
    pub mro: Vec<ObjRef>,
    /// The class namespace (a dict).
    pub dict: ObjRef,
    pub kind: BaseKind,
    /// Built-in types can't be modified from Python.
    pub builtin: bool,
    /// The nearest built-in type in the MRO (itself for built-ins).
    pub builtin_base: Option<ObjRef>,
    /// The metaclass, when not `type`.
    pub metaclass: Option<ObjRef>,
    /// Which special methods the MRO's user classes define (TF_* bits),
    /// cached for fast paths.
    pub flags: u32,
}

pub const TF_GETATTR: u32 = 1;
pub const TF_SETATTR: u32 = 2;
pub const TF_DELATTR: u32 = 4;

impl TypeObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|b| visit(Value::obj(*b)));
        self.mro.iter().for_each(|b| visit(Value::obj(*b)));
        visit(Value::obj(self.dict));
        if let Some(m) = self.metaclass {
            visit(Value::obj(m));
        }
        if let Some(b) = self.builtin_base {
            visit(Value::obj(b));
        }
    }
}

fn type_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(meta) = args[0].as_obj() else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    if args.len() == 2 {
        return Ok(Value::obj(vm.type_of(args[1])));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    vm.new_class(meta, args[1], args[2], args[3], _kw)
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_mro(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mro: Vec<Value> = match vm.obj(args[0]) {
        Some(Object::Type(t)) => t.mro.iter().map(|c| Value::obj(*c)).collect(),
        _ => return Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    };
    vm.new_list(mro)
}

fn type_call(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match args[0].as_obj() {
        Some(cls) if vm.is_type(args[0]) => vm.call_type(cls, &args[1..], kwargs),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match (args[0].as_obj(), args[1].as_obj()) {
        (Some(a), Some(b)) => Ok(Value::bool(vm.is_subtype(b, a))),
        _ => Ok(Value::FALSE),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args[0].as_obj() {
        Some(a) => Ok(Value::bool(vm.isinstance(args[1], a))),
        None => Ok(Value::FALSE),
    }
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 2, 4, type_new).as_static(),
    NativeFunc::method_kw("__init__", 1, VARARGS, type_init),
    NativeFunc::method("mro", 1, 1, type_mro),
    NativeFunc::method_kw("__call__", 1, VARARGS, type_call),
    NativeFunc::method("__subclasscheck__", 2, 2, type_subclasscheck),
    NativeFunc::method("__instancecheck__", 2, 2, type_instancecheck),
];
