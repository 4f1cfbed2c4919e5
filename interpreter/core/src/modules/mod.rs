//! Built-in modules: one file per module. `init_core` creates builtins and
//! sys and registers the rest for import.

pub mod builtins;
pub mod cmath;
pub mod gc;
pub mod math;
pub mod micropython;
pub mod sys;
pub mod uarray;
pub mod ubinascii;
pub mod ucollections;
pub mod uerrno;
pub mod uhashlib;
pub mod uheapq;
pub mod uio;
pub mod ujson;
pub mod urandom;
pub mod ure;
pub mod ustruct;
pub mod utime;

use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::objects::type_::BaseKind;
use crate::objects::{NativeObject, Object, PropertyObj};
use crate::value::Value;
use crate::vm::types::make_builtin_type;
use crate::vm::{ExcKind, ModuleDef, PyErr, PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;

static GC: ModuleDef = ModuleDef {
    name: "gc",
    init: gc::init,
};
static MICROPYTHON: ModuleDef = ModuleDef {
    name: "micropython",
    init: micropython::init,
};
static UJSON: ModuleDef = ModuleDef {
    name: "ujson",
    init: ujson::init,
};
static UIO: ModuleDef = ModuleDef {
    name: "uio",
    init: uio::init,
};
static URE: ModuleDef = ModuleDef {
    name: "ure",
    init: ure::init,
};
static UARRAY: ModuleDef = ModuleDef {
    name: "uarray",
    init: uarray::init,
};

/// The portable library modules (the u-names; `import struct` finds
/// `ustruct` through the weak-link fallback).
static LIBRARY: &[ModuleDef] = &[
    ModuleDef {
        name: "math",
        init: math::init,
    },
    ModuleDef {
        name: "cmath",
        init: cmath::init,
    },
    ModuleDef {
        name: "ubinascii",
        init: ubinascii::init,
    },
    ModuleDef {
        name: "ucollections",
        init: ucollections::init,
    },
    ModuleDef {
        name: "uerrno",
        init: uerrno::init,
    },
    ModuleDef {
        name: "uhashlib",
        init: uhashlib::init,
    },
    ModuleDef {
        name: "uheapq",
        init: uheapq::init,
    },
    ModuleDef {
        name: "urandom",
        init: urandom::init,
    },
    ModuleDef {
        name: "ustruct",
        init: ustruct::init,
    },
    ModuleDef {
        name: "utime",
        init: utime::init,
    },
];

/// Create the builtins and sys modules and register the core's modules.
pub fn init_core(vm: &mut Vm) {
    let modules = match vm.new_dict() {
        Ok(d) => d,
        Err(_) => return,
    };
    vm.modules = modules;
    if let Ok(b) = vm.new_module("builtins") {
        if let Some(d) = vm.module_dict(crate::Value::obj(b)) {
            vm.builtins = d;
            vm.builtins_module = crate::Value::obj(b);
            let _ = builtins::init(vm, d);
            let k = vm.name_value("builtins");
            let _ = vm.dict_set(modules, k, crate::Value::obj(b));
        }
    }
    if let Ok(s) = vm.new_module("sys") {
        if let Some(d) = vm.module_dict(crate::Value::obj(s)) {
            vm.sys_dict = d;
            let _ = sys::init(vm, d);
            let k = vm.name_value("sys");
            let _ = vm.dict_set(modules, k, crate::Value::obj(s));
        }
    }
    vm.register_module(&GC);
    vm.register_module(&MICROPYTHON);
    vm.register_module(&UARRAY);
    vm.register_module(&UJSON);
    vm.register_module(&UIO);
    vm.register_module(&URE);
    for def in LIBRARY {
        vm.register_module(def);
    }
}

/// The buffer of a module-defined object that exposes one (array, ...).
pub fn buffer_of_native(n: &dyn NativeObject) -> Option<&[u8]> {
    n.buffer()
}

/// Write into the buffer of a module-defined object (memoryview stores).
/// Bytes that would fall outside the buffer are dropped: the callers
/// (memoryview) have checked the bounds against the buffer's length.
pub fn write_native_buffer(vm: &mut Vm, r: ObjRef, offset: usize, data: &[u8]) {
    if let Some(Object::Native(n)) = vm.heap.get_mut(r) {
        if let Some(buf) = n.buffer_mut() {
            let end = offset.saturating_add(data.len()).min(buf.len());
            if let Some(dst) = buf.get_mut(offset..end) {
                dst.copy_from_slice(&data[..end - offset]);
            }
        }
    }
}

/// The length of the writable buffer behind `v` (bytearray, array,
/// writable memoryview), or TypeError: what readinto() fills.
pub fn writable_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = vm.native_of(v);
    let len = match n.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        Some(Object::ByteArray(b)) => Some(b.len()),
        Some(Object::MemoryView(m)) if !m.readonly => Some(m.len),
        Some(Object::Native(o)) => o.buffer_mut().map(|b| b.len()),
        _ => None,
    };
    match len {
        Some(l) => Ok(l),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                t
            )))
        }
    }
}

/// Copy `data` to the start of the writable buffer `v` (see
/// `writable_len`, which the caller checked first).
pub fn write_into(vm: &mut Vm, v: Value, data: &[u8]) {
    let n = vm.native_of(v);
    let Some(r) = n.as_obj() else {
        return;
    };
    let (target, offset) = match vm.heap.get(r) {
        Object::MemoryView(m) => match m.base.as_obj() {
            Some(b) => (vm.native_of(Value::obj(b)).as_obj().unwrap_or(b), m.offset),
            None => return,
        },
        _ => (r, 0),
    };
    match vm.heap.get_mut(target) {
        Some(Object::ByteArray(b)) => {
            let end = offset.saturating_add(data.len()).min(b.len());
            if let Some(dst) = b.get_mut(offset..end) {
                dst.copy_from_slice(&data[..end - offset]);
            }
        }
        Some(Object::Native(_)) => write_native_buffer(vm, target, offset, data),
        _ => {}
    }
}

/// The `T` behind `v`: a module-defined object, or the native part of an
/// instance of a user subclass of its type.
pub fn native_ref<T: 'static>(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = vm.native_of(v).as_obj()?;
    match vm.heap.get(r) {
        Object::Native(n) if n.as_any().is::<T>() => Some(r),
        _ => None,
    }
}

/// Borrow the `T` stored at `r` (see `native_ref`).
pub fn native_get<T: 'static>(vm: &Vm, r: ObjRef) -> Option<&T> {
    match vm.heap.get(r) {
        Object::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// Mutably borrow the `T` stored at `r`.
pub fn native_mut<T: 'static>(vm: &mut Vm, r: ObjRef) -> Option<&mut T> {
    match vm.heap.get_mut(r)? {
        Object::Native(n) => n.as_any_mut().downcast_mut::<T>(),
        _ => None,
    }
}

/// Bind positional and keyword arguments to the parameter `names` of the
/// function `fname` (CPython's messages for unknown or doubled keywords).
pub fn bind_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    names: [&str; N],
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(*a);
    }
    for (k, v) in kwargs {
        let key = vm.str_of(*k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                let msg = format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    key,
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            Some(i) => out[i] = Some(*v),
            None => {
                let msg = format!("'{}' is an invalid keyword argument for {}()", key, fname);
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(out)
}

impl Vm {
    /// The type registered under `key` by `new_native_type`.
    pub fn native_type(&self, key: &str) -> Option<ObjRef> {
        self.native_types
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| *t)
    }

    /// The registered type `key`, or RuntimeError if its module was never
    /// initialised (a port that left the module out).
    pub fn native_type_or_err(&mut self, key: &str) -> PyResult<ObjRef> {
        match self.native_type(key) {
            Some(t) => Ok(t),
            None => Err(self.new_error(
                crate::vm::ExcKind::RuntimeError,
                format!("type {} is not available", key),
            )),
        }
    }
}

/// Create a module's object type: a built-in type named `name` with
/// `methods` and read-only attributes (`getters`: functions taking the
/// object), registered under `key` (e.g. "uio.BytesIO") for
/// `Vm::native_type` and kept alive for the VM's lifetime. Importing the
/// module again reuses the registered type.
pub fn new_native_type(
    vm: &mut Vm,
    key: &'static str,
    name: &str,
    methods: &'static [NativeFunc],
    getters: &'static [NativeFunc],
    kind: BaseKind,
) -> PyResult<ObjRef> {
    let obj = vm.types.object;
    new_native_subtype(vm, key, name, obj, methods, getters, kind)
}

/// `new_native_type` with a base class other than object.
pub fn new_native_subtype(
    vm: &mut Vm,
    key: &'static str,
    name: &str,
    base: ObjRef,
    methods: &'static [NativeFunc],
    getters: &'static [NativeFunc],
    kind: BaseKind,
) -> PyResult<ObjRef> {
    if let Some(t) = vm.native_type(key) {
        return Ok(t);
    }
    let t = make_builtin_type(vm, name, Some(base), methods, kind);
    vm.native_types.push((key, t));
    let dict = match vm.heap.get(t) {
        Object::Type(ty) => ty.dict,
        _ => return Ok(t),
    };
    for g in getters {
        let p = vm.alloc(Object::Property(Box::new(PropertyObj {
            fget: Value::native(g),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        })))?;
        let q = vm.intern(g.name);
        vm.dict_set_q(dict, q, Value::obj(p))?;
    }
    Ok(t)
}

/// Store a module's functions in its dict.
pub fn add_functions(vm: &mut Vm, d: ObjRef, functions: &'static [NativeFunc]) -> PyResult<()> {
    for f in functions {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}

// ----- helpers shared by the modules -----

/// A keyword argument by name.
pub(crate) fn kwarg(vm: &Vm, kwargs: KwArgs, name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

/// TypeError for a keyword argument not in `allowed`.
pub(crate) fn check_kwargs(
    vm: &mut Vm,
    kwargs: KwArgs,
    allowed: &[&str],
    fname: &str,
) -> PyResult<()> {
    for (k, _) in kwargs {
        let name = vm.str_of(*k).unwrap_or("");
        if !allowed.contains(&name) {
            let n = String::from(name);
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname, n
            )));
        }
    }
    Ok(())
}

/// Create an exception class `name` deriving from `base` in module dict
/// `d` (e.g. `struct.error`), registered under `key` ("ustruct.error") in
/// `vm.native_types` for `module_error`; `module` is its `__module__`
/// (CPython's name). Importing the module again reuses the class.
pub(crate) fn new_exception_class(
    vm: &mut Vm,
    d: ObjRef,
    key: &'static str,
    module: &str,
    name: &str,
    base: ExcKind,
) -> PyResult<()> {
    let cls = match vm.native_type(key) {
        Some(c) => Value::obj(c),
        None => {
            let ns = vm.new_dict()?;
            let m = vm.new_str(module)?;
            vm.dict_set_q(ns, crate::qstr::DUNDER_MODULE, m)?;
            let base = vm.exception_class(base);
            let bases = vm.new_tuple(alloc::vec![base])?;
            let n = vm.new_str(name)?;
            let tt = vm.types.type_;
            let cls = vm.new_class(tt, n, bases, Value::obj(ns), &[])?;
            if let Some(r) = cls.as_obj() {
                vm.native_types.push((key, r));
            }
            cls
        }
    };
    let q = vm.intern(name);
    vm.dict_set_q(d, q, cls)
}

/// An instance of the exception class registered under `key` by
/// `new_exception_class` (or of `fallback` if its module was never
/// imported), with the message `msg`.
pub(crate) fn module_error(vm: &mut Vm, key: &str, fallback: ExcKind, msg: &str) -> PyErr {
    let Some(cls) = vm.native_type(key) else {
        return vm.new_error(fallback, msg);
    };
    let m = match vm.new_str(msg) {
        Ok(m) => m,
        Err(e) => return e,
    };
    match vm.call_type(cls, &[m], &[]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// The module-state object of type `T` a module keeps in `vm.extra_roots`
/// (e.g. urandom's generator), if it was created.
pub(crate) fn module_state<T: NativeObject>(vm: &Vm) -> Option<ObjRef> {
    vm.extra_roots.iter().find_map(|v| {
        let r = v.as_obj()?;
        match vm.heap.get(r) {
            Object::Native(n) if n.as_any().is::<T>() => Some(r),
            _ => None,
        }
    })
}

/// Whether `cls` is a type whose `__new__` is `new` (a module's own type,
/// not some other type passed to `X.__new__`), so objects made by `new`
/// never claim a type whose methods expect another layout.
pub(crate) fn is_type_with_new(vm: &Vm, cls: Value, new: &'static NativeFunc) -> Option<ObjRef> {
    let r = cls.as_obj()?;
    if !matches!(vm.heap.get(r), Object::Type(_)) {
        return None;
    }
    let n = vm.lookup_in_mro(r, crate::qstr::NEW)?.as_native()?;
    core::ptr::eq(n, new).then_some(r)
}
