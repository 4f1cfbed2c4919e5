//! .mpy files: the serialised form of compiled code (reader and writer).

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Load a .mpy file's module code.
pub fn load(vm: &mut Vm, data: &[u8], _filename: &str) -> PyResult<Value> {
    let _ = data;
    Err(vm.value_error("incompatible .mpy file"))
}
