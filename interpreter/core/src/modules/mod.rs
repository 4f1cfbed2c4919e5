//! Built-in modules: one file per module. `init_core` creates builtins and
//! sys and registers the rest for import.

pub mod builtins;
pub mod gc;
pub mod micropython;
pub mod sys;

use crate::heap::ObjRef;
use crate::objects::NativeObject;
use crate::vm::{ModuleDef, Vm};

static GC: ModuleDef = ModuleDef {
    name: "gc",
    init: gc::init,
};
static MICROPYTHON: ModuleDef = ModuleDef {
    name: "micropython",
    init: micropython::init,
};

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
}

/// The buffer of a module-defined object that exposes one (array, ...).
pub fn buffer_of_native(_n: &dyn NativeObject) -> Option<&[u8]> {
    None
}

/// Write into the buffer of a module-defined object (memoryview stores).
pub fn write_native_buffer(_vm: &mut Vm, _r: ObjRef, _offset: usize, _data: &[u8]) {}
