//! uarray (`array`): compact arrays of numbers, stored as the raw bytes of
//! their C type in native byte order, so they expose a buffer (memoryview,
//! bytes(a), file.readinto, ustruct.pack_into).
//!
//! Type codes b B h H i I l L q Q f d with the sizes of a 64-bit Linux C
//! compiler (i/I 4 bytes, l/L 8), as CPython has them on the same host.

use super::{native_get, native_mut, native_ref, new_native_type};
use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::slice::slice_len;
use crate::objects::type_::BaseKind;
use crate::objects::{IterObj, NativeObject, Object};
use crate::qstr;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub struct ArrayObj {
    ty: ObjRef,
    code: u8,
    data: Vec<u8>,
}

impl NativeObject for ArrayObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn heap_bytes(&self) -> usize {
        self.data.capacity()
    }
    fn buffer(&self) -> Option<&[u8]> {
        Some(&self.data)
    }
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        Some(&mut self.data)
    }
    fn buffer_format(&self) -> u8 {
        self.code
    }
    crate::native_any!();
}

/// The key of the array type in `Vm::native_types`.
const ARRAY: &str = "uarray.array";

const CODES: &[u8] = b"bBhHiIlLqQfd";

fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

fn is_float_code(code: u8) -> bool {
    matches!(code, b'f' | b'd')
}

fn is_signed_code(code: u8) -> bool {
    matches!(code, b'b' | b'h' | b'i' | b'l' | b'q')
}

/// One element, decoded.
#[derive(Clone, Copy)]
enum Item {
    Int(i64),
    UInt(u64),
    Float(f64),
}

/// Decode the element stored in `b` (exactly `item_size(code)` bytes).
fn decode(code: u8, b: &[u8]) -> Item {
    let mut raw = [0u8; 8];
    let n = b.len().min(8);
    raw[..n].copy_from_slice(&b[..n]);
    match code {
        b'b' => Item::Int(raw[0] as i8 as i64),
        b'B' => Item::Int(raw[0] as i64),
        b'h' => Item::Int(i16::from_ne_bytes([raw[0], raw[1]]) as i64),
        b'H' => Item::Int(u16::from_ne_bytes([raw[0], raw[1]]) as i64),
        b'i' => Item::Int(i32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        b'I' => Item::Int(u32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        b'f' => Item::Float(f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(raw)),
        b'Q' | b'L' => Item::UInt(u64::from_ne_bytes(raw)),
        _ => Item::Int(i64::from_ne_bytes(raw)),
    }
}

fn item_value(vm: &mut Vm, item: Item) -> PyResult<Value> {
    match item {
        Item::Int(i) => Ok(Value::int(i)),
        Item::UInt(u) => match i64::try_from(u) {
            Ok(i) => Ok(Value::int(i)),
            Err(_) => vm.new_bigint(BigInt::from(u)),
        },
        Item::Float(f) => Ok(Value::float(f)),
    }
}

/// CPython's OverflowError message for `x` out of the range of `code`
/// (which depends on the C conversion CPython uses for the code).
fn overflow_message(code: u8, x: i128) -> &'static str {
    let beyond_long = x < i64::MIN as i128 || x > i64::MAX as i128;
    let beyond_ulong = x > u64::MAX as i128;
    match code {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' if beyond_long => {
            "Python int too large to convert to C long"
        }
        b'I' | b'L' if x < 0 => "can't convert negative value to unsigned int",
        b'I' | b'L' if beyond_ulong => "Python int too large to convert to C unsigned long",
        b'q' => "int too big to convert",
        b'Q' if x < 0 => "can't convert negative int to unsigned",
        b'Q' => "int too big to convert",
        b'b' if x < 0 => "signed char is less than minimum",
        b'b' => "signed char is greater than maximum",
        b'B' if x < 0 => "unsigned byte integer is less than minimum",
        b'B' => "unsigned byte integer is greater than maximum",
        b'h' if x < 0 => "signed short integer is less than minimum",
        b'h' => "signed short integer is greater than maximum",
        b'H' if x < 0 => "unsigned short is less than minimum",
        b'H' => "unsigned short is greater than maximum",
        b'i' if x < 0 => "signed integer is less than minimum",
        b'i' => "signed integer is greater than maximum",
        _ => "unsigned int is greater than maximum",
    }
}

/// Encode a Python value as an element of type `code`, appending its bytes
/// to `out`; TypeError/OverflowError as CPython's array raises them.
fn encode(vm: &mut Vm, code: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    if is_float_code(code) {
        let f = match vm.as_number(v) {
            Some(Num::Complex(..)) | None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("must be real number, not {}", t)));
            }
            Some(n) => crate::objects::int::num_to_f64(vm, n)?,
        };
        if code == b'f' {
            out.extend_from_slice(&(f as f32).to_ne_bytes());
        } else {
            out.extend_from_slice(&f.to_ne_bytes());
        }
        return Ok(());
    }
    // Integers: ints and bools, or objects with __index__.
    let n = match vm.as_int_num(v) {
        Some(n) => n,
        None => Num::Int(vm.to_index(v)?),
    };
    let (lo, hi): (i128, i128) = match code {
        b'b' => (i8::MIN as i128, i8::MAX as i128),
        b'B' => (0, u8::MAX as i128),
        b'h' => (i16::MIN as i128, i16::MAX as i128),
        b'H' => (0, u16::MAX as i128),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' => (i64::MIN as i128, i64::MAX as i128),
        _ => (0, u64::MAX as i128),
    };
    let x: i128 = match n {
        Num::Int(i) => i as i128,
        Num::Big(b) => match b.to_i128() {
            Some(x) => x,
            None if b.is_negative() => i128::MIN,
            None => i128::MAX,
        },
        _ => 0,
    };
    if x < lo || x > hi {
        return Err(vm.new_error(ExcKind::OverflowError, overflow_message(code, x)));
    }
    let size = item_size(code);
    // Two's complement little/big-endian truncation of the checked value.
    let bytes = if cfg!(target_endian = "little") {
        x.to_le_bytes()[..size].to_vec()
    } else {
        x.to_be_bytes()[16 - size..].to_vec()
    };
    out.extend_from_slice(&bytes);
    Ok(())
}

// ----- access helpers -----

/// `self` as an array: its handle, or TypeError.
fn this(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<ArrayObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'array.array' object but received a '{}'",
                t
            )))
        }
    }
}

fn arr(vm: &Vm, r: ObjRef) -> (u8, &[u8]) {
    match native_get::<ArrayObj>(vm, r) {
        Some(a) => (a.code, &a.data),
        None => (b'B', &[]),
    }
}

fn code_of(vm: &Vm, r: ObjRef) -> u8 {
    arr(vm, r).0
}

fn count(vm: &Vm, r: ObjRef) -> usize {
    let (code, data) = arr(vm, r);
    data.len() / item_size(code)
}

fn get_item(vm: &Vm, r: ObjRef, i: usize) -> Item {
    let (code, data) = arr(vm, r);
    let size = item_size(code);
    decode(code, data.get(i * size..(i + 1) * size).unwrap_or(&[]))
}

fn item_at(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Value> {
    let item = get_item(vm, r, i);
    item_value(vm, item)
}

/// Append raw element bytes to the array, charging the heap budget.
fn push_bytes(vm: &mut Vm, r: ObjRef, bytes: &[u8]) -> PyResult<()> {
    // What the vector may allocate: it doubles when full (on a board, RAM
    // for that is checked, so running out is MemoryError, not a panic).
    let (len, cap) =
        native_mut::<ArrayObj>(vm, r).map_or((0, 0), |a| (a.data.len(), a.data.capacity()));
    let growth = if len + bytes.len() > cap {
        (cap * 2).max(len + bytes.len()).max(8) - cap
    } else {
        0
    };
    vm.reserve(growth.max(bytes.len()))?;
    if let Some(a) = native_mut::<ArrayObj>(vm, r) {
        let before = a.data.capacity();
        if a.data.try_reserve(bytes.len()).is_err() {
            return Err(vm.out_of_memory());
        }
        a.data.extend_from_slice(bytes);
        let grown = a.data.capacity().saturating_sub(before);
        vm.charge(grown);
    }
    Ok(())
}

fn data_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut Vec<u8>> {
    native_mut::<ArrayObj>(vm, r).map(|a| &mut a.data)
}

/// A new array (of the base type) holding `data`.
fn new_array(vm: &mut Vm, code: u8, data: Vec<u8>) -> PyResult<Value> {
    let ty = vm.native_type_or_err(ARRAY)?;
    let r = vm.alloc(Object::Native(Box::new(ArrayObj { ty, code, data })))?;
    Ok(Value::obj(r))
}

/// The type code given to array(): a one-character str among CODES.
fn parse_code(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let Some(s) = vm.str_of(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            t
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => {
            if c.is_ascii() && CODES.contains(&(c as u8)) {
                Ok(c as u8)
            } else {
                Err(vm.value_error("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)"))
            }
        }
        _ => Err(vm.type_error("array() argument 1 must be a unicode character, not str")),
    }
}

/// Append every item of `iterable` (encoded) to the array. Items before a
/// bad one stay appended, as in CPython.
fn extend_from_iterable(vm: &mut Vm, r: ObjRef, iterable: Value) -> PyResult<()> {
    let code = code_of(vm, r);
    let it = vm.get_iter(iterable)?;
    vm.heap.temp_roots.push(it);
    let mut buf = Vec::with_capacity(8);
    while let Some(x) = vm.iter_next(it)? {
        buf.clear();
        encode(vm, code, x, &mut buf)?;
        push_bytes(vm, r, &buf)?;
    }
    Ok(())
}

/// The raw bytes of another array, if `v` is one.
fn other_array(vm: &Vm, v: Value) -> Option<(u8, Vec<u8>)> {
    let r = native_ref::<ArrayObj>(vm, v)?;
    let (code, data) = arr(vm, r);
    Some((code, data.to_vec()))
}

// ----- construction -----

fn array_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    let Some(&tc) = args.get(1) else {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    };
    let code = parse_code(vm, tc)?;
    let a = new_array(vm, code, Vec::new())?;
    let r = a.as_obj().unwrap_or(ObjRef::from_raw(u32::MAX));
    if let Some(&init) = args.get(2) {
        if vm.is_str(init) {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let is_bytes = matches!(
            vm.obj(vm.native_of(init)),
            Some(Object::Bytes(_)) | Some(Object::ByteArray(_))
        );
        if is_bytes {
            let d = vm.bytes_of(init).map(<[u8]>::to_vec).unwrap_or_default();
            frombytes_data(vm, r, &d)?;
        } else if let Some((c2, d)) = other_array(vm, init).filter(|(c2, _)| *c2 == code) {
            let _ = c2;
            push_bytes(vm, r, &d)?;
        } else {
            extend_from_iterable(vm, r, init)?;
        }
    }
    let base = vm.native_type_or_err(ARRAY)?;
    vm.wrap_native(cls, a, base)
}

fn frombytes_data(vm: &mut Vm, r: ObjRef, d: &[u8]) -> PyResult<()> {
    if !d.len().is_multiple_of(item_size(code_of(vm, r))) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    push_bytes(vm, r, d)
}

// ----- methods -----

fn array_append(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let mut buf = Vec::with_capacity(8);
    encode(vm, code_of(vm, r), args[1], &mut buf)?;
    push_bytes(vm, r, &buf)?;
    Ok(Value::NONE)
}

fn array_extend(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    if let Some((c2, d)) = other_array(vm, args[1]) {
        if c2 != code_of(vm, r) {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        push_bytes(vm, r, &d)?;
        return Ok(Value::NONE);
    }
    extend_from_iterable(vm, r, args[1])?;
    Ok(Value::NONE)
}

fn array_frombytes(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(d) = vm.bytes_of(args[1]).map(<[u8]>::to_vec) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
    };
    frombytes_data(vm, r, &d)?;
    Ok(Value::NONE)
}

fn array_tobytes(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let d = arr(vm, r).1.to_vec();
    vm.new_bytes(d)
}

fn array_tolist(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let n = count(vm, r);
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        items.push(item_at(vm, r, i)?);
    }
    vm.new_list(items)
}

fn array_fromlist(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(items) = (match vm.obj(args[1]) {
        Some(Object::List(l)) => Some(l.clone()),
        _ => None,
    }) else {
        return Err(vm.type_error("arg must be list"));
    };
    // All or nothing: encode everything before appending.
    let code = code_of(vm, r);
    let mut buf = Vec::with_capacity(items.len() * item_size(code));
    for x in items {
        encode(vm, code, x, &mut buf)?;
    }
    push_bytes(vm, r, &buf)?;
    Ok(Value::NONE)
}

/// Element equality: a fresh value each time, so NaN is never equal to
/// itself (no identity shortcut), as in CPython.
fn item_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    vm.compare_bool(crate::bytecode::CmpOp::Eq, a, b)
}

/// Index of the first element equal to `x` in [start, stop).
fn find(vm: &mut Vm, r: ObjRef, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(count(vm, r)) {
        let v = item_at(vm, r, i)?;
        if item_eq(vm, v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn array_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let mut n = 0;
    let mut i = 0;
    while i < count(vm, r) {
        let v = item_at(vm, r, i)?;
        if item_eq(vm, v, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::int(n))
}

/// Clamp a start/stop argument of index() like CPython's slice indices.
fn clamp_bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = match vm.as_int_num(*v) {
                Some(Num::Big(b)) => {
                    if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                _ => vm.to_index(*v)?,
            };
            let len = len as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            Ok(i as usize)
        }
    }
}

fn array_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let n = count(vm, r);
    let start = clamp_bound(vm, args.get(2), n, 0)?;
    let stop = clamp_bound(vm, args.get(3), n, n)?;
    match find(vm, r, args[1], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn array_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let n = count(vm, r);
    match find(vm, r, args[1], 0, n)? {
        Some(i) => {
            let size = item_size(code_of(vm, r));
            if let Some(d) = data_mut(vm, r) {
                d.drain(i * size..(i + 1) * size);
            }
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn array_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let n = count(vm, r);
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let Some(i) = crate::objects::list::norm_index(i, n) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = item_at(vm, r, i)?;
    let size = item_size(code_of(vm, r));
    if let Some(d) = data_mut(vm, r) {
        d.drain(i * size..(i + 1) * size);
    }
    Ok(v)
}

fn array_insert(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    let code = code_of(vm, r);
    let mut buf = Vec::with_capacity(8);
    encode(vm, code, args[2], &mut buf)?;
    let n = count(vm, r) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.reserve(buf.len())?;
    let size = item_size(code);
    if let Some(d) = data_mut(vm, r) {
        let at = i * size;
        d.splice(at..at, buf.iter().copied());
    }
    vm.charge(buf.len());
    Ok(Value::NONE)
}

fn array_reverse(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let size = item_size(code_of(vm, r));
    if let Some(d) = data_mut(vm, r) {
        let mut out = Vec::with_capacity(d.len());
        for chunk in d.chunks(size).rev() {
            out.extend_from_slice(chunk);
        }
        *d = out;
    }
    Ok(Value::NONE)
}

fn array_byteswap(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let size = item_size(code_of(vm, r));
    if let Some(d) = data_mut(vm, r) {
        d.chunks_mut(size).for_each(<[u8]>::reverse);
    }
    Ok(Value::NONE)
}

fn array_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    Ok(Value::int(count(vm, r) as i64))
}

fn array_getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let key = args[1];
    let n = count(vm, r);
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, n)?;
        let (code, data) = arr(vm, r);
        let size = item_size(code);
        let len = slice_len(a, b, c);
        let mut out = Vec::with_capacity(len * size);
        let mut i = a;
        for _ in 0..len {
            let at = i as usize * size;
            out.extend_from_slice(data.get(at..at + size).unwrap_or(&[]));
            i += c;
        }
        return new_array(vm, code, out);
    }
    let i = vm.to_subscript_index(key)?;
    match crate::objects::list::norm_index(i, n) {
        Some(i) => item_at(vm, r, i),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn array_setitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let (key, value) = (args[1], args[2]);
    let n = count(vm, r);
    let code = code_of(vm, r);
    let size = item_size(code);
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, n)?;
        let Some((c2, src)) = other_array(vm, value) else {
            let t = vm.type_name(value);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                t
            )));
        };
        if c2 != code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        if c == 1 {
            let (s, e) = (a as usize * size, b.max(a) as usize * size);
            vm.reserve(src.len())?;
            if let Some(d) = data_mut(vm, r) {
                let e = e.min(d.len());
                let s = s.min(e);
                d.splice(s..e, src.iter().copied());
            }
            vm.charge(src.len());
            return Ok(Value::NONE);
        }
        let len = slice_len(a, b, c);
        if src.len() / size != len {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src.len() / size,
                len
            )));
        }
        if let Some(d) = data_mut(vm, r) {
            let mut i = a;
            for chunk in src.chunks(size) {
                let at = i as usize * size;
                if let Some(dst) = d.get_mut(at..at + size) {
                    dst.copy_from_slice(chunk);
                }
                i += c;
            }
        }
        return Ok(Value::NONE);
    }
    let i = vm.to_subscript_index(key)?;
    let Some(i) = crate::objects::list::norm_index(i, n) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let mut buf = Vec::with_capacity(8);
    encode(vm, code, value, &mut buf)?;
    if let Some(dst) = data_mut(vm, r).and_then(|d| d.get_mut(i * size..(i + 1) * size)) {
        dst.copy_from_slice(&buf);
    }
    Ok(Value::NONE)
}

fn array_delitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let key = args[1];
    let n = count(vm, r);
    let size = item_size(code_of(vm, r));
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, n)?;
        let len = slice_len(a, b, c);
        let mut gone = alloc::vec![false; n];
        let mut i = a;
        for _ in 0..len {
            if let Some(g) = gone.get_mut(i as usize) {
                *g = true;
            }
            i += c;
        }
        if let Some(d) = data_mut(vm, r) {
            let mut k = 0;
            d.retain(|_| {
                let keep = !gone.get(k / size).copied().unwrap_or(false);
                k += 1;
                keep
            });
        }
        return Ok(Value::NONE);
    }
    let i = vm.to_subscript_index(key)?;
    match crate::objects::list::norm_index(i, n) {
        Some(i) => {
            if let Some(d) = data_mut(vm, r) {
                d.drain(i * size..(i + 1) * size);
            }
            Ok(Value::NONE)
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn array_contains(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let n = count(vm, r);
    Ok(Value::bool(find(vm, r, args[1], 0, n)?.is_some()))
}

fn array_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    this(vm, args[0])?;
    // Indexing until IndexError: a live view, like CPython's iterator.
    vm.new_iter(IterObj::GetItem {
        obj: args[0],
        index: 0,
    })
}

fn array_add(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some((c2, d2)) = other_array(vm, args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", t)));
    };
    let (code, d1) = arr(vm, r);
    if c2 != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut out = Vec::with_capacity(d1.len() + d2.len());
    out.extend_from_slice(d1);
    out.extend_from_slice(&d2);
    new_array(vm, code, out)
}

fn array_iadd(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some((c2, d2)) = other_array(vm, args[1]) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", t)));
    };
    if c2 != code_of(vm, r) {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    push_bytes(vm, r, &d2)?;
    Ok(args[0])
}

/// The repeat count of `a * n` (NotImplemented for non-integers).
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    match vm.as_int_num(n) {
        Some(Num::Int(i)) => Ok(Some(i.max(0) as usize)),
        Some(_) => Err(vm.new_error(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        None => Ok(None),
    }
}

fn repeated(vm: &mut Vm, data: &[u8], times: usize) -> PyResult<Vec<u8>> {
    let total = data.len().saturating_mul(times);
    vm.reserve(total)?;
    Ok(data.repeat(times))
}

fn array_mul(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(times) = repeat_count(vm, args[1])? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (code, d) = arr(vm, r);
    let d = d.to_vec();
    let out = repeated(vm, &d, times)?;
    new_array(vm, code, out)
}

fn array_imul(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let Some(times) = repeat_count(vm, args[1])? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let d = arr(vm, r).1.to_vec();
    let out = repeated(vm, &d, times)?;
    let n = out.len();
    if let Some(dst) = data_mut(vm, r) {
        *dst = out;
    }
    vm.charge(n);
    Ok(args[0])
}

/// Compare two arrays element by element, like sequences.
fn compare(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let Some(b) = native_ref::<ArrayObj>(vm, args[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (na, nb) = (count(vm, a), count(vm, b));
    if matches!(op, crate::bytecode::CmpOp::Eq | crate::bytecode::CmpOp::Ne) && na != nb {
        return Ok(Value::bool(op == crate::bytecode::CmpOp::Ne));
    }
    let mut i = 0;
    while i < na.min(nb) {
        let x = item_at(vm, a, i)?;
        let y = item_at(vm, b, i)?;
        if !item_eq(vm, x, y)? {
            return match op {
                crate::bytecode::CmpOp::Eq => Ok(Value::FALSE),
                crate::bytecode::CmpOp::Ne => Ok(Value::TRUE),
                _ => vm.compare(op, x, y),
            };
        }
        i += 1;
    }
    Ok(Value::bool(crate::vm::ops::cmp_ord(op, na.cmp(&nb))))
}

fn array_eq(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Eq)
}
fn array_ne(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Ne)
}
fn array_lt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Lt)
}
fn array_le(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Le)
}
fn array_gt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Gt)
}
fn array_ge(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Ge)
}

fn array_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let code = code_of(vm, r);
    let n = count(vm, r);
    let mut out = format!("array('{}'", code as char);
    if n > 0 {
        out.push_str(", [");
        for i in 0..n {
            if i > 0 {
                out.push_str(", ");
            }
            match get_item(vm, r, i) {
                Item::Int(x) => out.push_str(&format!("{}", x)),
                Item::UInt(x) => out.push_str(&format!("{}", x)),
                Item::Float(f) => out.push_str(&crate::objects::float::repr(f)),
            }
        }
        out.push(']');
    }
    out.push(')');
    vm.new_string(out)
}

fn array_typecode(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    let c = code_of(vm, r);
    let mut s = String::new();
    s.push(c as char);
    vm.new_string(s)
}

fn array_itemsize(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    Ok(Value::int(item_size(code_of(vm, r)) as i64))
}

static ARRAY_METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 3, array_new).as_static(),
    NativeFunc::method("append", 2, 2, array_append),
    NativeFunc::method("extend", 2, 2, array_extend),
    NativeFunc::method("frombytes", 2, 2, array_frombytes),
    NativeFunc::method("tobytes", 1, 1, array_tobytes),
    NativeFunc::method("fromlist", 2, 2, array_fromlist),
    NativeFunc::method("tolist", 1, 1, array_tolist),
    NativeFunc::method("count", 2, 2, array_count),
    NativeFunc::method("index", 2, 4, array_index),
    NativeFunc::method("insert", 3, 3, array_insert),
    NativeFunc::method("pop", 1, 2, array_pop),
    NativeFunc::method("remove", 2, 2, array_remove),
    NativeFunc::method("reverse", 1, 1, array_reverse),
    NativeFunc::method("byteswap", 1, 1, array_byteswap),
    NativeFunc::method("__len__", 1, 1, array_len),
    NativeFunc::method("__getitem__", 2, 2, array_getitem),
    NativeFunc::method("__setitem__", 3, 3, array_setitem),
    NativeFunc::method("__delitem__", 2, 2, array_delitem),
    NativeFunc::method("__contains__", 2, 2, array_contains),
    NativeFunc::method("__iter__", 1, 1, array_iter),
    NativeFunc::method("__add__", 2, 2, array_add),
    NativeFunc::method("__iadd__", 2, 2, array_iadd),
    NativeFunc::method("__mul__", 2, 2, array_mul),
    NativeFunc::method("__rmul__", 2, 2, array_mul),
    NativeFunc::method("__imul__", 2, 2, array_imul),
    NativeFunc::method("__eq__", 2, 2, array_eq),
    NativeFunc::method("__ne__", 2, 2, array_ne),
    NativeFunc::method("__lt__", 2, 2, array_lt),
    NativeFunc::method("__le__", 2, 2, array_le),
    NativeFunc::method("__gt__", 2, 2, array_gt),
    NativeFunc::method("__ge__", 2, 2, array_ge),
    NativeFunc::method("__repr__", 1, 1, array_repr),
];

static ARRAY_GETTERS: &[NativeFunc] = &[
    NativeFunc::method("typecode", 1, 1, array_typecode),
    NativeFunc::method("itemsize", 1, 1, array_itemsize),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let array = new_native_type(
        vm,
        ARRAY,
        "array",
        ARRAY_METHODS,
        ARRAY_GETTERS,
        BaseKind::Native,
    )?;
    // Arrays are mutable: unhashable, as in CPython.
    if let Object::Type(t) = vm.heap.get(array) {
        let td = t.dict;
        vm.dict_set_q(td, qstr::HASH, Value::NONE)?;
    }
    let q = vm.intern("array");
    vm.dict_set_q(d, q, Value::obj(array))
}

/// Is `code` a valid array type code with signed integer elements (for
/// modules that reuse the element codec, e.g. ustruct)?
pub fn is_signed(code: u8) -> bool {
    is_signed_code(code)
}
