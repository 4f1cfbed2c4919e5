//! micropython: const, heap and interpreter introspection.

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn mp_const(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn mp_heap_lock(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.lock_depth += 1;
    Ok(Value::NONE)
}

fn mp_heap_unlock(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::int(vm.heap.lock_depth as i64))
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("const", 1, 1, mp_const),
    NativeFunc::function("heap_lock", 0, 0, mp_heap_lock),
    NativeFunc::function("heap_unlock", 0, 0, mp_heap_unlock),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}
