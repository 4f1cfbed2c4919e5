//! The `%` operator on str and bytes: matching arguments to the template's
//! conversions (the template parsing and per-conversion formatting live in
//! crate::format::printf).

use super::{PyResult, Vm};
use crate::value::Value;
use alloc::string::String;

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<String> {
    let _ = (fmt, args);
    Err(vm.type_error("%-formatting is not implemented yet"))
}

/// `fmt % args` for bytes.
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<alloc::vec::Vec<u8>> {
    let _ = (fmt, args);
    Err(vm.type_error("%-formatting is not implemented yet"))
}
