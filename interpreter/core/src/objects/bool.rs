//! bool: True and False (immediates, a subclass of int).

use super::native::NativeFunc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn bool_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args[0].as_obj() != Some(vm.types.bool_) {
        let n = vm.repr_string(args[0])?;
        return Err(vm.type_error(alloc::format!(
            "bool.__new__({}): it is not a subtype of bool",
            n
        )));
    }
    match args.get(1) {
        Some(v) => vm.is_true(*v).map(Value::bool),
        None => Ok(Value::FALSE),
    }
}

pub static METHODS: &[NativeFunc] = &[NativeFunc::function("__new__", 1, 2, bool_new).as_static()];
