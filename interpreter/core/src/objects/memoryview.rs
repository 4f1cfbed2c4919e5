//! memoryview: a window on a buffer (bytes, bytearray, array, str) without
//! copying. Pycopy extensions: memoryview(str) views the UTF-8 data, and
//! memoryview(buf, offset, size) views part of a buffer.

use super::native::NativeFunc;
use super::Object;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;

pub struct MemoryViewObj {
    /// The object whose buffer is viewed.
    pub base: Value,
    /// Byte offset and length of the window.
    pub offset: usize,
    pub len: usize,
    pub readonly: bool,
    /// Item format ('B' unless viewing an array).
    pub format: u8,
    pub itemsize: u8,
}

fn view(vm: &Vm, r: ObjRef) -> Option<(Value, usize, usize, bool)> {
    match vm.heap.get(r) {
        Object::MemoryView(m) => Some((m.base, m.offset, m.len, m.readonly)),
        _ => None,
    }
}

pub fn getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let Some((base, off, len, ro)) = view(vm, r) else {
        return Ok(Value::NONE);
    };
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, len)?;
        if c != 1 {
            return Err(vm.new_error(
                crate::vm::ExcKind::NotImplementedError,
                "only slices with step 1 are supported",
            ));
        }
        let (a, b) = (a as usize, b.max(a) as usize);
        let m = MemoryViewObj {
            base,
            offset: off + a,
            len: b - a,
            readonly: ro,
            format: b'B',
            itemsize: 1,
        };
        let o = vm.alloc(Object::MemoryView(m))?;
        return Ok(Value::obj(o));
    }
    let i = vm.to_index(key)?;
    match super::list::norm_index(i, len) {
        Some(i) => Ok(Value::int(
            vm.buffer_of(base)
                .and_then(|d| d.get(off + i))
                .copied()
                .unwrap_or(0) as i64,
        )),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let Some((base, off, len, ro)) = view(vm, r) else {
        return Ok(());
    };
    if ro {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(br) = vm.native_of(base).as_obj() else {
        return Ok(());
    };
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, len)?;
        if c != 1 {
            return Err(vm.new_error(
                crate::vm::ExcKind::NotImplementedError,
                "only slices with step 1 are supported",
            ));
        }
        let src = super::bytes::data(vm, value)?;
        let n = (b.max(a) - a) as usize;
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        if let Some(Object::ByteArray(buf)) = vm.heap.get_mut(br) {
            let start = off + a as usize;
            if let Some(dst) = buf.get_mut(start..start + n) {
                dst.copy_from_slice(&src);
            }
        } else {
            crate::modules::write_native_buffer(vm, br, off + a as usize, &src);
        }
        return Ok(());
    }
    let i = vm.to_index(key)?;
    let v = vm.to_index(value)?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("memoryview: invalid value for format 'B'"));
    }
    match super::list::norm_index(i, len) {
        Some(i) => {
            if let Some(Object::ByteArray(buf)) = vm.heap.get_mut(br) {
                if let Some(b) = buf.get_mut(off + i) {
                    *b = v as u8;
                }
            } else {
                crate::modules::write_native_buffer(vm, br, off + i, &[v as u8]);
            }
            Ok(())
        }
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let base = args[1];
    let Some(total) = vm.buffer_of(base).map(|b| b.len()) else {
        let t = vm.type_name(base);
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            t
        )));
    };
    let readonly = !matches!(
        vm.obj(vm.native_of(base)),
        Some(Object::ByteArray(_)) | Some(Object::Native(_))
    );
    let (mut offset, mut len) = (0usize, total);
    // Viewing a memoryview views its base.
    let (base, base_off, base_ro) = match vm.obj(base) {
        Some(Object::MemoryView(m)) => (m.base, m.offset, m.readonly),
        _ => (base, 0, readonly),
    };
    if let Some(o) = args.get(2) {
        let o = vm.to_index(*o)?;
        offset = (o.max(0) as usize).min(total);
        len = total - offset;
    }
    if let Some(s) = args.get(3) {
        let s = vm.to_index(*s)?;
        len = (s.max(0) as usize).min(total - offset);
    }
    let m = MemoryViewObj {
        base,
        offset: base_off + offset,
        len,
        readonly: base_ro,
        format: b'B',
        itemsize: 1,
    };
    let r = vm.alloc(Object::MemoryView(m))?;
    Ok(Value::obj(r))
}

fn this(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::MemoryView(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn mv_tobytes(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    let d = vm.bytes_of(args[0]).map(|b| b.to_vec()).unwrap_or_default();
    vm.new_bytes(d)
}

fn mv_tolist(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    let d = vm.bytes_of(args[0]).map(|b| b.to_vec()).unwrap_or_default();
    let items = d.into_iter().map(|b| Value::int(b as i64)).collect();
    vm.new_list(items)
}

fn mv_hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    let d = vm.bytes_of(args[0]).map(|b| b.to_vec()).unwrap_or_default();
    let mut s = alloc::string::String::with_capacity(d.len() * 2);
    for b in d {
        s.push_str(&format!("{:02x}", b));
    }
    vm.new_string(s)
}

fn mv_release(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(Value::NONE)
}

fn mv_enter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(args[0])
}

fn mv_exit(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 2, 4, mv_new).as_static(),
    NativeFunc::method("tobytes", 1, 1, mv_tobytes),
    NativeFunc::method("tolist", 1, 1, mv_tolist),
    NativeFunc::method("hex", 1, 1, mv_hex),
    NativeFunc::method("release", 1, 1, mv_release),
    NativeFunc::method("__enter__", 1, 1, mv_enter),
    NativeFunc::method("__exit__", 1, 4, mv_exit),
];
