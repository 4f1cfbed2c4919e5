//! sys: argv, path, modules, exit, the standard streams, implementation
//! details.

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::type_::BaseKind;
use crate::objects::{NativeObject, Object};
use crate::value::Value;
use crate::vm::types::make_builtin_type;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// sys.stdin / sys.stdout / sys.stderr: the port's byte streams.
pub struct StdStream {
    pub fd: u8,
    ty: ObjRef,
}

impl NativeObject for StdStream {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    crate::native_any!();
}

fn stream_fd(vm: &Vm, v: Value) -> Option<u8> {
    match vm.obj(v)? {
        Object::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.fd),
        _ => None,
    }
}

impl Vm {
    /// Is `v` the original sys.stdout (so print can write to the port
    /// directly)?
    pub fn is_default_stream(&self, v: Value) -> bool {
        stream_fd(self, v) == Some(1)
    }
}

fn stream_write(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fd = stream_fd(vm, args[0]).unwrap_or(1);
    let data: Vec<u8> = match vm.str_of(args[1]) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_of(args[1]) {
            Some(b) => b.to_vec(),
            None => {
                let t = vm.type_name(args[1]);
                return Err(
                    vm.type_error(alloc::format!("write() argument must be str, not {}", t))
                );
            }
        },
    };
    if fd == 2 {
        vm.port.stderr_write(&data);
    } else {
        vm.write_stdout(&data);
    }
    let n = if vm.is_str(args[1]) {
        vm.str_of(args[1]).map_or(0, |s| s.chars().count())
    } else {
        data.len()
    };
    Ok(Value::int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn read_bytes(vm: &mut Vm, n: i64, line: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while n < 0 || (out.len() as i64) < n {
        match vm.read_stdin_byte()? {
            Some(b) => {
                out.push(b);
                if line && b == b'\n' {
                    break;
                }
            }
            None => break,
        }
    }
    Ok(out)
}

fn stream_read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = match args.get(1) {
        Some(v) if !v.is_none() => vm.to_index(*v)?,
        _ => -1,
    };
    let d = read_bytes(vm, n, false)?;
    vm.new_string(String::from_utf8_lossy(&d).into_owned())
}

fn stream_readline(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let d = read_bytes(vm, -1, true)?;
    vm.new_string(String::from_utf8_lossy(&d).into_owned())
}

fn stream_fileno(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(stream_fd(vm, args[0]).unwrap_or(0) as i64))
}

static STREAM_METHODS: &[NativeFunc] = &[
    NativeFunc::method("write", 2, 2, stream_write),
    NativeFunc::method("flush", 1, 1, stream_flush),
    NativeFunc::method("read", 1, 2, stream_read),
    NativeFunc::method("readline", 1, 2, stream_readline),
    NativeFunc::method("fileno", 1, 1, stream_fileno),
];

fn sys_exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let e = vm.make_exception(ExcKind::SystemExit, args)?;
    Err(crate::vm::PyErr(e))
}

fn sys_print_exception(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let text = vm.format_exception(args[0]);
    match args.get(1) {
        Some(f) if !f.is_none() && !vm.is_default_stream(*f) => {
            let s = vm.new_string(text)?;
            vm.call_method(*f, crate::qstr::WRITE, &[s])?;
        }
        _ => vm.print_to_stdout(&text)?,
    }
    Ok(Value::NONE)
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    match vm.current_handled_exception() {
        Some(e) => {
            let t = Value::obj(vm.type_of(e));
            vm.new_tuple(alloc::vec![t, e, Value::NONE])
        }
        None => vm.new_tuple(alloc::vec![Value::NONE, Value::NONE, Value::NONE]),
    }
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.config.max_frames as i64))
}

fn sys_intern(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match vm.str_of(args[0]).map(String::from) {
        Some(s) => Ok(Value::qstr(vm.intern(&s))),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("exit", 0, 1, sys_exit),
    NativeFunc::function("print_exception", 1, 2, sys_print_exception),
    NativeFunc::function("exc_info", 0, 0, sys_exc_info),
    NativeFunc::function("getrecursionlimit", 0, 0, sys_getrecursionlimit),
    NativeFunc::function("intern", 1, 1, sys_intern),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    let set = |vm: &mut Vm, name: &str, v: Value| -> PyResult<()> {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, v)
    };
    let modules = Value::obj(vm.modules);
    set(vm, "modules", modules)?;
    let argv = vm.new_list(Vec::new())?;
    set(vm, "argv", argv)?;
    let path = vm.new_list(Vec::new())?;
    set(vm, "path", path)?;
    let platform = vm.new_str(vm.config.platform)?;
    set(vm, "platform", platform)?;
    let byteorder = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    })?;
    set(vm, "byteorder", byteorder)?;
    set(vm, "maxsize", Value::int(i64::MAX))?;
    let version = vm.new_str("3.4.0; Pycopy (Rust) 0.1.0")?;
    set(vm, "version", version)?;
    let vi = vm.new_tuple(alloc::vec![Value::int(3), Value::int(4), Value::int(0)])?;
    set(vm, "version_info", vi)?;

    // sys.implementation: name, version, mpy.
    let ns = vm.new_dict()?;
    let name = vm.new_str("pycopy")?;
    let ver = vm.new_tuple(alloc::vec![Value::int(0), Value::int(1), Value::int(0)])?;
    let qn = vm.intern("name");
    vm.dict_set_q(ns, qn, name)?;
    let qv = vm.intern("version");
    vm.dict_set_q(ns, qv, ver)?;
    let qm = vm.intern("mpy");
    // The .mpy version in the low byte; 0x200: unicode support.
    let mpy = crate::mpy::MPY_VERSION as i64 | 0x200;
    vm.dict_set_q(ns, qm, Value::int(mpy))?;
    let cls_name = vm.new_str("implementation")?;
    let bases = vm.types.empty_tuple;
    let tt = vm.types.type_;
    let ns_cls = vm.new_class(tt, cls_name, bases, Value::obj(ns), &[])?;
    if let Some(c) = ns_cls.as_obj() {
        let inst = vm.object_new(c)?;
        set(vm, "implementation", inst)?;
    }

    let obj = vm.types.object;
    let stream_t = make_builtin_type(
        vm,
        "TextIOWrapper",
        Some(obj),
        STREAM_METHODS,
        BaseKind::NotSubclassable,
    );
    vm.extra_roots.push(Value::obj(stream_t));
    for (fd, name) in [(0u8, "stdin"), (1, "stdout"), (2, "stderr")] {
        let r = vm.alloc(Object::Native(Box::new(StdStream { fd, ty: stream_t })))?;
        set(vm, name, Value::obj(r))?;
        let dunder = alloc::format!("__{}__", name);
        set(vm, &dunder, Value::obj(r))?;
    }
    Ok(())
}
