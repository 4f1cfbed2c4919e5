//! uos (`os`), the unix port's part: for now only remove(), which the
//! file cases need to clean up after themselves. Errors are OSError(errno).

use pycopy_core::heap::ObjRef;
use pycopy_core::modules::add_functions;
use pycopy_core::objects::native::NativeFunc;
use pycopy_core::value::Value;
use pycopy_core::vm::{ModuleDef, PyResult, Vm};

fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                t
            )))
        }
    }
}

fn os_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let path = path_arg(vm, args[0])?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(vm.os_error(e.raw_os_error().unwrap_or(5) as i64)),
    }
}

static FUNCTIONS: &[NativeFunc] = &[NativeFunc::function("remove", 1, 1, os_remove)];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)
}

pub static UOS: ModuleDef = ModuleDef { name: "uos", init };
