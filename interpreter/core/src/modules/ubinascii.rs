//! ubinascii: hex and base64 conversions between binary data and ASCII.
//! Errors in the data are `binascii.Error`, a subclass of ValueError (so
//! both CPython's and Pycopy's way of catching them work).

use super::{check_kwargs, kwarg, module_error, new_exception_class};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::format;
use alloc::vec::Vec;

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    module_error(vm, "ubinascii.Error", ExcKind::ValueError, msg)
}

/// Binary data: any object with the buffer protocol, but not str.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

/// ASCII data for decoding: binary data or a str of ASCII characters.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_of(v) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match vm.bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                t
            )))
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["data", "sep", "bytes_per_sep"], "hexlify")?;
    let Some(data) = args.first().copied().or_else(|| kwarg(vm, kwargs, "data")) else {
        return Err(vm.type_error("hexlify() missing required argument 'data' (pos 1)"));
    };
    let data = data_arg(vm, data)?;
    let sep = match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "sep")) {
        None => None,
        Some(s) => {
            let bytes = if let Some(t) = vm.str_of(s) {
                if !t.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else {
                data_arg(vm, s)?
            };
            match bytes.as_slice() {
                [b] => Some(*b),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "bytes_per_sep"))
    {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    // A positive group size counts groups from the right end, a negative
    // one from the left.
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && group > 0) {
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    vm.new_bytes(out)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhexlify(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let data = ascii_arg(vm, args[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    vm.new_bytes(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decode base64 as RFC 2045 asks: characters outside the alphabet are
/// skipped; a complete pad sequence ends the data; data left over without
/// its padding is an error.
fn a2b_base64(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let data = ascii_arg(vm, args[0])?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    // Position in the current group of four, the bits carried over, and
    // the pad characters seen since the last data character.
    let mut quad = 0u8;
    let mut carry = 0u8;
    let mut pads = 0u8;
    for &c in &data {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    // The group is complete: anything after it is ignored.
                    quad = 0;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            continue;
        };
        pads = 0;
        match quad {
            0 => carry = v,
            1 => {
                out.push(carry << 2 | v >> 4);
                carry = v & 0x0f;
            }
            2 => {
                out.push(carry << 4 | v >> 2);
                carry = v & 0x03;
            }
            _ => out.push(carry << 6 | v),
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => vm.new_bytes(out),
        1 => {
            let chars = out.len() / 3 * 4 + 1;
            let msg = format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                chars
            );
            Err(error(vm, &msg))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["newline"], "b2a_base64")?;
    let data = data_arg(vm, args[0])?;
    let newline = match kwarg(vm, kwargs, "newline") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// CRC-32 (the IEEE polynomial, as zlib and binascii use), bit by bit:
/// no table, to keep the firmware small.
fn crc32(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let data = data_arg(vm, args[0])?;
    let start = match args.get(1) {
        Some(v) => {
            let b = crate::objects::int::int_arg(vm, *v)?;
            // Only the low 32 bits count, as in CPython.
            let (_, digits) = (b & num_bigint::BigInt::from(0xffff_ffffu32)).to_u32_digits();
            digits.first().copied().unwrap_or(0)
        }
        None => 0,
    };
    let mut crc = !start;
    for &byte in &data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    Ok(Value::int(i64::from(!crc)))
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function_kw("hexlify", 0, 3, hexlify),
    NativeFunc::function("unhexlify", 1, 1, unhexlify),
    NativeFunc::function("a2b_base64", 1, 1, a2b_base64),
    NativeFunc::function_kw("b2a_base64", 1, 1, b2a_base64),
    NativeFunc::function("crc32", 1, 2, crc32),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    new_exception_class(
        vm,
        d,
        "ubinascii.Error",
        "binascii",
        "Error",
        ExcKind::ValueError,
    )?;
    Ok(())
}
