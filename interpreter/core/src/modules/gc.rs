//! gc: control of the garbage collector, and the heap's real numbers.

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn gc_collect(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let freed = vm.collect();
    // On unix the spec says collect() returns the number of regions freed.
    Ok(Value::int(freed as i64))
}

fn gc_enable(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(Value::NONE)
}

fn gc_disable(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(Value::NONE)
}

fn gc_isenabled(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(vm.heap.enabled))
}

fn gc_mem_alloc(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.heap.program_used() as i64))
}

fn gc_mem_free(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.heap.free_bytes() as i64))
}

fn gc_threshold(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::int(vm.heap.threshold().map_or(-1, |t| t as i64))),
        Some(v) => {
            let t = vm.to_index(*v)?;
            vm.heap
                .set_threshold(if t < 0 { None } else { Some(t as usize) });
            Ok(Value::NONE)
        }
    }
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("collect", 0, 1, gc_collect),
    NativeFunc::function("enable", 0, 0, gc_enable),
    NativeFunc::function("disable", 0, 0, gc_disable),
    NativeFunc::function("isenabled", 0, 0, gc_isenabled),
    NativeFunc::function("mem_alloc", 0, 0, gc_mem_alloc),
    NativeFunc::function("mem_free", 0, 0, gc_mem_free),
    NativeFunc::function("threshold", 0, 1, gc_threshold),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}
