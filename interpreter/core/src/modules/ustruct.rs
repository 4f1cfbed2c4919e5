//! ustruct: packing values into bytes and back, with every format code of
//! CPython's struct (x c b B ? h H i I l L q Q n N e f d s p P) and every
//! byte order prefix (@ native with alignment, = native order with standard
//! sizes, < little, > and ! big). Errors are `struct.error`, which derives
//! from ValueError here (Pycopy raises ValueError; CPython's derives from
//! Exception), with CPython's messages.

use super::{kwarg, module_error, new_exception_class};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::objects::{int, Object};
use crate::qstr;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::format;
use alloc::vec::Vec;
use core::ffi::{c_int, c_long, c_longlong, c_short};
use core::mem::{align_of, size_of};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    module_error(vm, "ustruct.error", ExcKind::ValueError, msg)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// '@': native order, native sizes and alignment.
    Native,
    /// '=': native order, standard sizes, no alignment.
    NativeStd,
    Little,
    Big,
}

impl Mode {
    fn little(self) -> bool {
        match self {
            Mode::Native | Mode::NativeStd => cfg!(target_endian = "little"),
            Mode::Little => true,
            Mode::Big => false,
        }
    }
}

/// One format item: `count` repetitions of `code` (for s and p, one string
/// of `count` bytes), starting at byte `offset`.
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Format {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// How many values pack takes and unpack returns.
    nargs: usize,
}

/// Size and alignment of a code (None: not a format code in this mode).
fn code_layout(code: u8, mode: Mode) -> Option<(usize, usize)> {
    if mode == Mode::Native {
        let n = |s: usize, a: usize| Some((s, a));
        return match code {
            b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => n(1, 1),
            b'h' | b'H' => n(size_of::<c_short>(), align_of::<c_short>()),
            b'i' | b'I' => n(size_of::<c_int>(), align_of::<c_int>()),
            b'l' | b'L' => n(size_of::<c_long>(), align_of::<c_long>()),
            b'q' | b'Q' => n(size_of::<c_longlong>(), align_of::<c_longlong>()),
            b'n' | b'N' | b'P' => n(size_of::<usize>(), align_of::<usize>()),
            b'e' => n(2, 2),
            b'f' => n(4, align_of::<f32>()),
            b'd' => n(8, align_of::<f64>()),
            _ => None,
        };
    }
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    };
    Some((size, 1))
}

fn parse_format(vm: &mut Vm, fmt: &[u8]) -> PyResult<Format> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=') => (Mode::NativeStd, &fmt[1..]),
        Some(b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n = (c - b'0') as usize;
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        n = match n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                        {
                            Some(n) => n,
                            None => return Err(too_long(vm)),
                        };
                        i += 1;
                    }
                    Some(&d) => {
                        i += 1;
                        break (n, d);
                    }
                    None => return Err(error(vm, "repeat count given without format specifier")),
                }
            }
        } else {
            (1, c)
        };
        let Some((item_size, align)) = code_layout(code, mode) else {
            return Err(error(vm, "bad char in struct format"));
        };
        // Native mode aligns every item, even one repeated zero times.
        let offset = match size.checked_next_multiple_of(align) {
            Some(o) => o,
            None => return Err(too_long(vm)),
        };
        let span = match code {
            b's' | b'p' => Some(count),
            _ => item_size.checked_mul(count),
        };
        size = match span.and_then(|s| offset.checked_add(s)) {
            Some(s) if s <= isize::MAX as usize => s,
            _ => return Err(too_long(vm)),
        };
        nargs += match code {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
        items.push(Item {
            code,
            count,
            size: item_size,
            offset,
        });
    }
    Ok(Format {
        mode,
        items,
        size,
        nargs,
    })
}

fn format_arg(vm: &mut Vm, v: Value) -> PyResult<Format> {
    let bytes: Vec<u8> = if let Some(s) = vm.str_of(v) {
        s.as_bytes().to_vec()
    } else if let Some(Object::Bytes(b)) = vm.obj(v) {
        b.data.to_vec()
    } else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            t
        )));
    };
    parse_format(vm, &bytes)
}

// ----- packing -----

/// An integer argument (ints and objects with `__index__`); None when it
/// is too big for any format.
fn int_value(vm: &mut Vm, v: Value) -> PyResult<Option<i128>> {
    let n = match vm.as_int_num(v) {
        Some(n) => n,
        None => match vm.user_special(v, qstr::INDEX) {
            Some(m) => {
                let r = vm.call_special(m, v, &[])?;
                match vm.as_int_num(r) {
                    Some(n) => n,
                    None => return Err(error(vm, "required argument is not an integer")),
                }
            }
            None => return Err(error(vm, "required argument is not an integer")),
        },
    };
    Ok(match n {
        Num::Int(i) => Some(i as i128),
        Num::Big(b) => b.to_i128(),
        _ => None,
    })
}

/// Check an integer against a code's range, with CPython's message. CPython
/// packs native-order items whose standard size equals the native one with
/// its native packers, whose messages differ from the standard ones
/// (`native` selects them); b and B always use them.
fn check_int(vm: &mut Vm, code: u8, size: usize, native: bool, v: Option<i128>) -> PyResult<i128> {
    let bits = (size * 8) as u32;
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let (lo, hi): (i128, i128) = match code {
        _ if signed => (-(1 << (bits - 1)), (1 << (bits - 1)) - 1),
        b'P' => (-(1 << (bits - 1)), (1 << bits) - 1),
        _ => (0, (1 << bits) - 1),
    };
    let native = native || matches!(code, b'b' | b'B');
    // First the conversion to a C integer (i64, or u64 for the unsigned
    // codes that convert as unsigned), then the range of the item.
    let (min, max, overflow) = if code == b'P' || (!native && size == 8) {
        (lo, hi, "int too large to convert")
    } else if signed || (native && matches!(code, b'B' | b'H')) {
        (
            i128::from(i64::MIN),
            i128::from(i64::MAX),
            "argument out of range",
        )
    } else {
        (0, i128::from(u64::MAX), "argument out of range")
    };
    let v = match v {
        Some(v) if (min..=max).contains(&v) => v,
        _ => return Err(error(vm, overflow)),
    };
    if (lo..=hi).contains(&v) {
        return Ok(v);
    }
    let msg = match code {
        b'b' => format!("byte format requires {} <= number <= {}", lo, hi),
        b'B' => format!("ubyte format requires {} <= number <= {}", lo, hi),
        b'h' if native => format!("short format requires {} <= number <= {}", lo, hi),
        b'H' if native => format!("ushort format requires {} <= number <= {}", lo, hi),
        _ => format!(
            "'{}' format requires {} <= number <= {}",
            code as char, lo, hi
        ),
    };
    Err(error(vm, &msg))
}

fn put_uint(out: &mut [u8], v: u128, little: bool) {
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let shift = if little { i } else { n - 1 - i };
        *b = (v >> (8 * shift)) as u8;
    }
}

fn get_uint(data: &[u8], little: bool) -> u64 {
    let fold = |v: u64, b: &u8| v << 8 | u64::from(*b);
    if little {
        data.iter().rev().fold(0, fold)
    } else {
        data.iter().fold(0, fold)
    }
}

/// A float argument: floats, ints and objects with `__float__` or
/// `__index__`.
fn float_value(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_number(v) {
        Some(Num::Complex(..)) => {}
        Some(n) => return int::num_to_f64(vm, n),
        None => {
            if vm.is_user_instance(v) {
                return crate::objects::float::to_float(vm, v);
            }
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// IEEE half precision, rounding half to even; None when too large.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (_, e) = libm::frexp(a);
    // a = 1.f * 2**(e - 1)
    let exp = e - 1;
    if exp < -14 {
        // Subnormal: a multiple of 2**-24 (1024 rounds up to the smallest
        // normal number, whose bits are the same).
        let n = libm::rint(libm::scalbn(a, 24)) as u16;
        return Some(sign | n);
    }
    let mut mant = libm::rint((libm::scalbn(a, -exp) - 1.0) * 1024.0) as u16;
    let mut exp = exp;
    if mant == 1024 {
        mant = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | ((exp + 15) as u16) << 10 | mant)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let mant = f64::from(h & 0x3ff);
    sign * match exp {
        0 => libm::scalbn(mant, -24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::scalbn(1024.0 + mant, exp - 25),
    }
}

/// Whether CPython packs `code` in `mode` with its native packer: native
/// mode, or native byte order with the native size.
fn native_packer(mode: Mode, code: u8) -> bool {
    mode == Mode::Native
        || (mode.little() == cfg!(target_endian = "little")
            && code_layout(code, Mode::Native).map(|l| l.0) == code_layout(code, mode).map(|l| l.0))
}

/// Write one value of a numeric (or c, ?) code into `out`.
fn pack_one(vm: &mut Vm, f: &Format, code: u8, out: &mut [u8], v: Value) -> PyResult<()> {
    let little = f.mode.little();
    match code {
        b'c' => match vm.obj(v) {
            Some(Object::Bytes(b)) if b.data.len() == 1 => out.copy_from_slice(&b.data),
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out.fill(vm.is_true(v)? as u8),
        b'e' => {
            let x = float_value(vm, v)?;
            match f64_to_f16(x) {
                Some(h) => put_uint(out, u128::from(h), little),
                None => return Err(vm.overflow_error("float too large to pack with e format")),
            }
        }
        b'f' => {
            let x = float_value(vm, v)?;
            let y = x as f32;
            // Only the standard sizes check for overflow, as in CPython.
            if f.mode != Mode::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_uint(out, u128::from(y.to_bits()), little);
        }
        b'd' => {
            let x = float_value(vm, v)?;
            put_uint(out, u128::from(x.to_bits()), little);
        }
        _ => {
            let n = int_value(vm, v)?;
            let n = check_int(vm, code, out.len(), native_packer(f.mode, code), n)?;
            put_uint(out, n as u128, little);
        }
    }
    Ok(())
}

/// Pack `args` by `f` into `out` (already zeroed, `f.size` bytes).
fn pack_values(
    vm: &mut Vm,
    f: &Format,
    out: &mut [u8],
    args: &[Value],
    what: &str,
) -> PyResult<()> {
    if args.len() != f.nargs {
        let msg = format!(
            "{} expected {} items for packing (got {})",
            what,
            f.nargs,
            args.len()
        );
        return Err(error(vm, &msg));
    }
    let mut next = args.iter();
    for item in &f.items {
        let Some(dst) = out.get_mut(item.offset..) else {
            break;
        };
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let Some(&v) = next.next() else { break };
                let data = match vm.obj(v) {
                    Some(Object::Bytes(b)) => b.data.to_vec(),
                    Some(Object::ByteArray(b)) => b.clone(),
                    _ => {
                        let msg = format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        );
                        return Err(error(vm, &msg));
                    }
                };
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    if let (Some(d), Some(s)) = (dst.get_mut(..n), data.get(..n)) {
                        d.copy_from_slice(s);
                    }
                } else if item.count > 0 {
                    // Pascal string: a length byte, then up to count - 1 bytes.
                    let n = data.len().min(item.count - 1);
                    if let Some(b) = dst.first_mut() {
                        *b = n.min(255) as u8;
                    }
                    if let (Some(d), Some(s)) = (dst.get_mut(1..1 + n), data.get(..n)) {
                        d.copy_from_slice(s);
                    }
                }
            }
            code => {
                for k in 0..item.count {
                    let Some(&v) = next.next() else { break };
                    let start = k * item.size;
                    let Some(slot) = dst.get_mut(start..start + item.size) else {
                        break;
                    };
                    pack_one(vm, f, code, slot, v)?;
                }
            }
        }
    }
    Ok(())
}

fn st_pack(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = format_arg(vm, args[0])?;
    vm.reserve(f.size)?;
    let mut out = alloc::vec![0u8; f.size];
    pack_values(vm, &f, &mut out, &args[1..], "pack")?;
    vm.new_bytes(out)
}

/// Where pack_into may write: (object owning the bytes, offset, length).
fn writable_buffer(vm: &mut Vm, v: Value) -> PyResult<(ObjRef, usize, usize)> {
    let n = vm.native_of(v);
    if let Some(r) = n.as_obj() {
        match vm.heap.get(r) {
            Object::ByteArray(b) => return Ok((r, 0, b.len())),
            Object::MemoryView(m) if !m.readonly => {
                let (base, off, len) = (m.base, m.offset, m.len);
                if let Some(br) = vm.native_of(base).as_obj() {
                    return Ok((br, off, len));
                }
            }
            Object::Native(_) => {
                if let Some(len) = vm.buffer_of(n).map(|b| b.len()) {
                    return Ok((r, 0, len));
                }
            }
            _ => {}
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument must be read-write bytes-like object, not {}",
        t
    )))
}

/// Resolve a pack_into/unpack_from offset against a buffer of `len`
/// bytes and check that `size` bytes fit there.
fn place(vm: &mut Vm, offset: i64, size: usize, len: usize, packing: bool) -> PyResult<usize> {
    let start = if offset < 0 {
        let from_end = offset.unsigned_abs();
        if from_end > len as u64 {
            let msg = format!("offset {} out of range for {}-byte buffer", offset, len);
            return Err(error(vm, &msg));
        }
        let start = len - from_end as usize;
        if len - start < size {
            let msg = if packing {
                format!("no space to pack {} bytes at offset {}", size, offset)
            } else {
                format!(
                    "not enough data to unpack {} bytes at offset {}",
                    size, offset
                )
            };
            return Err(error(vm, &msg));
        }
        start
    } else {
        let start = offset as u64;
        if start.saturating_add(size as u64) > len as u64 {
            let need = start.saturating_add(size as u64);
            let msg = if packing {
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                    need, size, offset, len
                )
            } else {
                format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    need, size, offset, len
                )
            };
            return Err(error(vm, &msg));
        }
        start as usize
    };
    Ok(start)
}

fn st_pack_into(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = format_arg(vm, args[0])?;
    let (r, base_off, len) = writable_buffer(vm, args[1])?;
    let offset = vm.to_index(args[2])?;
    let vals = &args[3..];
    if vals.len() != f.nargs {
        let msg = format!(
            "pack_into expected {} items for packing (got {})",
            f.nargs,
            vals.len()
        );
        return Err(error(vm, &msg));
    }
    let start = place(vm, offset, f.size, len, true)?;
    let mut out = alloc::vec![0u8; f.size];
    pack_values(vm, &f, &mut out, vals, "pack_into")?;
    // Packing ran Python code (__index__, __bool__): the buffer may have
    // shrunk, so the write is checked again.
    let at = base_off + start;
    match vm.heap.get_mut(r) {
        Some(Object::ByteArray(b)) => {
            if let Some(dst) = b.get_mut(at..at + out.len()) {
                dst.copy_from_slice(&out);
            }
        }
        _ => crate::modules::write_native_buffer(vm, r, at, &out),
    }
    Ok(Value::NONE)
}

// ----- unpacking -----

fn unpack_values(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    let little = f.mode.little();
    let mut out: Vec<Value> = Vec::with_capacity(f.nargs);
    for item in &f.items {
        let Some(src) = data.get(item.offset..) else {
            break;
        };
        match item.code {
            b'x' => {}
            b's' => {
                let s = src.get(..item.count).unwrap_or(&[]).to_vec();
                out.push(vm.new_bytes(s)?);
            }
            b'p' => {
                let n = match src.first() {
                    Some(&n) if item.count > 0 => (n as usize).min(item.count - 1),
                    _ => 0,
                };
                let s = src.get(1..1 + n).unwrap_or(&[]).to_vec();
                out.push(vm.new_bytes(s)?);
            }
            code => {
                for k in 0..item.count {
                    let start = k * item.size;
                    let Some(b) = src.get(start..start + item.size) else {
                        break;
                    };
                    let raw = get_uint(b, little);
                    let v = match code {
                        b'c' => vm.new_bytes(b.to_vec())?,
                        b'?' => Value::bool(raw != 0),
                        b'e' => Value::float(f16_to_f64(raw as u16)),
                        b'f' => Value::float(f64::from(f32::from_bits(raw as u32))),
                        b'd' => Value::float(f64::from_bits(raw)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            // Sign-extend from the item's width.
                            let shift = 64 - 8 * item.size as u32;
                            Value::int(((raw << shift) as i64) >> shift)
                        }
                        _ => match i64::try_from(raw) {
                            Ok(i) => Value::int(i),
                            Err(_) => vm.new_bigint(BigInt::from(raw))?,
                        },
                    };
                    out.push(v);
                }
            }
        }
    }
    vm.new_tuple(out)
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

fn st_unpack(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = format_arg(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    if data.len() != f.size {
        let msg = format!("unpack requires a buffer of {} bytes", f.size);
        return Err(error(vm, &msg));
    }
    unpack_values(vm, &f, &data)
}

fn st_unpack_from(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    super::check_kwargs(vm, kwargs, &["buffer", "offset"], "unpack_from")?;
    let f = format_arg(vm, args[0])?;
    let Some(buf) = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "buffer")) else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let offset = match args.get(2).copied().or_else(|| kwarg(vm, kwargs, "offset")) {
        Some(o) => vm.to_index(o)?,
        None => 0,
    };
    let data = data_arg(vm, buf)?;
    let start = place(vm, offset, f.size, data.len(), false)?;
    unpack_values(vm, &f, data.get(start..).unwrap_or(&[]))
}

fn st_calcsize(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = format_arg(vm, args[0])?;
    Ok(Value::int(f.size as i64))
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("calcsize", 1, 1, st_calcsize),
    NativeFunc::function("pack", 1, crate::objects::native::VARARGS, st_pack),
    NativeFunc::function(
        "pack_into",
        3,
        crate::objects::native::VARARGS,
        st_pack_into,
    ),
    NativeFunc::function("unpack", 2, 2, st_unpack),
    NativeFunc::function_kw("unpack_from", 1, 3, st_unpack_from),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    new_exception_class(
        vm,
        d,
        "ustruct.error",
        "struct",
        "error",
        ExcKind::ValueError,
    )?;
    Ok(())
}
