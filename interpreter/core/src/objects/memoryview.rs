//! memoryview: a window on a buffer (bytes, bytearray, array, str) without
//! copying. Pycopy extensions: memoryview(str) views the UTF-8 data, and
//! memoryview(buf, offset, size) views part of a buffer.

use super::native::NativeFunc;
use super::Object;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
use alloc::format;

#[derive(Clone, Copy)]
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

fn view(vm: &Vm, r: ObjRef) -> Option<MemoryViewObj> {
    match vm.heap.get(r) {
        Object::MemoryView(m) => Some(MemoryViewObj {
            base: m.base,
            offset: m.offset,
            len: m.len,
            readonly: m.readonly,
            format: m.format,
            itemsize: m.itemsize,
        }),
        _ => None,
    }
}

/// The size of one item of a format code (struct's standard sizes, as the
/// array module uses them).
pub fn format_size(code: u8) -> u8 {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// Decode one item (little-endian, as the buffers are laid out).
fn decode(vm: &mut Vm, code: u8, raw: &[u8]) -> PyResult<Value> {
    let mut b8 = [0u8; 8];
    let n = raw.len().min(8);
    b8[..n].copy_from_slice(&raw[..n]);
    let u = u64::from_le_bytes(b8);
    Ok(match code {
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        b'd' => Value::float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            // Sign-extend from the item's width.
            let shift = 64 - 8 * n as u32;
            Value::int(((u << shift) as i64) >> shift)
        }
        _ => {
            if u <= i64::MAX as u64 {
                Value::int(u as i64)
            } else {
                vm.new_bigint(num_bigint::BigInt::from(u))?
            }
        }
    })
}

/// Encode one item, ValueError when it doesn't fit the format.
fn encode(vm: &mut Vm, code: u8, size: usize, v: Value) -> PyResult<alloc::vec::Vec<u8>> {
    let bad = |vm: &mut Vm| {
        vm.value_error(format!(
            "memoryview: invalid value for format '{}'",
            code as char
        ))
    };
    if matches!(code, b'f' | b'd') {
        let f = match vm.as_number(v) {
            Some(n @ (Num::Int(_) | Num::Big(_) | Num::Float(_))) => super::int::num_to_f64(vm, n)?,
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("memoryview: invalid type for format '{}'", t)));
            }
        };
        return Ok(if code == b'f' {
            (f as f32).to_le_bytes().to_vec()
        } else {
            f.to_le_bytes().to_vec()
        });
    }
    let Some(n) = vm.as_int_num(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("memoryview: invalid type for format '{}'", t)));
    };
    let big = super::int::to_big(n);
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q');
    let bits = 8 * size as u32;
    let fits = if signed {
        big.bits() < u64::from(bits)
            || (big.sign() == num_bigint::Sign::Minus && {
                // -2**(bits-1) fits too.
                let min = -(num_bigint::BigInt::from(1) << (bits - 1) as usize);
                big >= min
            })
    } else {
        big.sign() != num_bigint::Sign::Minus && big.bits() <= u64::from(bits)
    };
    if !fits {
        return Err(bad(vm));
    }
    let mut bytes = big.to_signed_bytes_le();
    let fill = if big.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(size.max(bytes.len()), fill);
    bytes.truncate(size);
    Ok(bytes)
}

pub fn getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let Some(m) = view(vm, r) else {
        return Ok(Value::NONE);
    };
    let isz = m.itemsize.max(1) as usize;
    let count = m.len / isz;
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, count)?;
        if c != 1 {
            return Err(vm.new_error(
                crate::vm::ExcKind::NotImplementedError,
                "only slices with step 1 are supported",
            ));
        }
        let (a, b) = (a as usize, b.max(a) as usize);
        let sub = MemoryViewObj {
            offset: m.offset + a * isz,
            len: (b - a) * isz,
            ..m
        };
        let o = vm.alloc(Object::MemoryView(sub))?;
        return Ok(Value::obj(o));
    }
    let i = vm.to_subscript_index(key)?;
    match super::list::norm_index(i, count) {
        Some(i) => {
            let start = m.offset + i * isz;
            let raw: alloc::vec::Vec<u8> = vm
                .buffer_of(m.base)
                .and_then(|d| d.get(start..start + isz))
                .map(|d| d.to_vec())
                .unwrap_or_default();
            decode(vm, m.format, &raw)
        }
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let Some(m) = view(vm, r) else {
        return Ok(());
    };
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(br) = vm.native_of(m.base).as_obj() else {
        return Ok(());
    };
    let isz = m.itemsize.max(1) as usize;
    let count = m.len / isz;
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, count)?;
        if c != 1 {
            return Err(vm.new_error(
                crate::vm::ExcKind::NotImplementedError,
                "only slices with step 1 are supported",
            ));
        }
        let src = super::bytes::data(vm, value)?;
        let n = (b.max(a) - a) as usize * isz;
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        write(vm, br, m.offset + a as usize * isz, &src);
        return Ok(());
    }
    let i = vm.to_subscript_index(key)?;
    let bytes = encode(vm, m.format, isz, value)?;
    match super::list::norm_index(i, count) {
        Some(i) => {
            write(vm, br, m.offset + i * isz, &bytes);
            Ok(())
        }
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// Store bytes into the buffer behind a view (bounds were checked against
/// the view; a buffer that shrank meanwhile just drops them).
fn write(vm: &mut Vm, base: ObjRef, offset: usize, src: &[u8]) {
    if let Some(Object::ByteArray(buf)) = vm.heap.get_mut(base) {
        if let Some(dst) = buf.get_mut(offset..offset + src.len()) {
            dst.copy_from_slice(src);
        }
    } else {
        crate::modules::write_native_buffer(vm, base, offset, src);
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
    // Viewing a memoryview views its base; a typed array keeps its format.
    let (base, base_off, base_ro, format) = match vm.obj(base) {
        Some(Object::MemoryView(m)) => (m.base, m.offset, m.readonly, m.format),
        Some(Object::Native(n)) => (base, 0, readonly, n.buffer_format()),
        _ => (base, 0, readonly, b'B'),
    };
    let itemsize = format_size(format);
    let isz = itemsize as usize;
    // The Pycopy extension memoryview(buf, offset, size) counts in items.
    if let Some(o) = args.get(2) {
        let o = vm.to_index(*o)?;
        offset = (o.max(0) as usize).saturating_mul(isz).min(total);
        len = total - offset;
    }
    if let Some(s) = args.get(3) {
        let s = vm.to_index(*s)?;
        len = (s.max(0) as usize).saturating_mul(isz).min(total - offset);
    }
    let m = MemoryViewObj {
        base,
        offset: base_off + offset,
        len,
        readonly: base_ro,
        format,
        itemsize,
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
    let r = this(vm, args[0])?;
    let n = vm.builtin_len(args[0]).unwrap_or(0);
    let mut items = alloc::vec::Vec::with_capacity(n);
    for i in 0..n {
        items.push(getitem(vm, r, Value::int(i as i64))?);
    }
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

/// memoryview.toreadonly(): the same window, not writable.
fn mv_toreadonly(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(mut m) = view(vm, r) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    m.readonly = true;
    let n = vm.alloc(Object::MemoryView(m))?;
    Ok(Value::obj(n))
}

/// memoryview.cast(format): the same bytes read as items of another
/// native format (one of them a byte format, as CPython requires).
fn mv_cast(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(mut m) = view(vm, r) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    if args.len() > 2 {
        return Err(vm.type_error("memoryview: cast with a shape is not supported"));
    }
    let Some(spec) = vm.str_of(args[1]).map(alloc::string::String::from) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {}", t)));
    };
    let code = match spec.strip_prefix('@').unwrap_or(&spec).as_bytes() {
        [c] if b"bBhHiIlLqQfd".contains(c) => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let is_byte = |c: u8| matches!(c, b'b' | b'B' | b'c');
    if !is_byte(m.format) && !is_byte(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = format_size(code);
    if m.len % size as usize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    m.format = code;
    m.itemsize = size;
    let n = vm.alloc(Object::MemoryView(m))?;
    Ok(Value::obj(n))
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 2, 4, mv_new).as_static(),
    NativeFunc::method("toreadonly", 1, 1, mv_toreadonly),
    NativeFunc::method("cast", 2, 3, mv_cast),
    NativeFunc::method("tobytes", 1, 1, mv_tobytes),
    NativeFunc::method("tolist", 1, 1, mv_tolist),
    NativeFunc::method("hex", 1, 1, mv_hex),
    NativeFunc::method("release", 1, 1, mv_release),
    NativeFunc::method("__enter__", 1, 1, mv_enter),
    NativeFunc::method("__exit__", 1, 4, mv_exit),
];
