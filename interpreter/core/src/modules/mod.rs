//! Built-in modules: one file per module. `init_core` creates builtins and
//! sys and registers the rest for import.

pub mod builtins;
pub mod cmath;
pub mod gc;
pub mod math;
pub mod micropython;
pub mod sys;
pub mod ubinascii;
pub mod ucollections;
pub mod uerrno;
pub mod uhashlib;
pub mod uheapq;
pub mod urandom;
pub mod ustruct;
pub mod utime;

use crate::heap::ObjRef;
use crate::objects::native::KwArgs;
use crate::objects::{NativeObject, Object};
use crate::value::Value;
use crate::vm::{ExcKind, ModuleDef, PyErr, PyResult, Vm};
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
    for def in LIBRARY {
        vm.register_module(def);
    }
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
/// `d` (e.g. `struct.error`); `module` is its `__module__` (CPython's name).
pub(crate) fn new_exception_class(
    vm: &mut Vm,
    d: ObjRef,
    module: &str,
    name: &str,
    base: ExcKind,
) -> PyResult<Value> {
    let ns = vm.new_dict()?;
    let m = vm.new_str(module)?;
    vm.dict_set_q(ns, crate::qstr::DUNDER_MODULE, m)?;
    let base = vm.exception_class(base);
    let bases = vm.new_tuple(alloc::vec![base])?;
    let n = vm.new_str(name)?;
    let tt = vm.types.type_;
    let cls = vm.new_class(tt, n, bases, Value::obj(ns))?;
    let q = vm.intern(name);
    vm.dict_set_q(d, q, cls)?;
    Ok(cls)
}

/// An instance of the exception class `module.name` (found again through
/// sys.modules, so it is the class the program can catch), or of
/// `fallback` if the program removed it.
pub(crate) fn module_error(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fallback: ExcKind,
    msg: &str,
) -> PyErr {
    let base = vm.types.exception(ExcKind::BaseException);
    let cls = vm
        .sys_modules_get(module)
        .and_then(|m| vm.module_dict(m))
        .and_then(|d| {
            let q = vm.intern(name);
            vm.dict_get_q(d, q)
        })
        .and_then(|c| c.as_obj())
        .filter(|&c| matches!(vm.heap.get(c), Object::Type(_)) && vm.is_subtype(c, base));
    let Some(cls) = cls else {
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

/// The buffer of a module-defined object that exposes one (array, ...).
pub fn buffer_of_native(_n: &dyn NativeObject) -> Option<&[u8]> {
    None
}

/// Write into the buffer of a module-defined object (memoryview stores).
pub fn write_native_buffer(_vm: &mut Vm, _r: ObjRef, _offset: usize, _data: &[u8]) {}
