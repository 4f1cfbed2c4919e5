//! None's type.

use super::native::NativeFunc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn none_new(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub static METHODS: &[NativeFunc] = &[NativeFunc::function("__new__", 1, 1, none_new).as_static()];
