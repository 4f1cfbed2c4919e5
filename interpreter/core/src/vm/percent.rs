//! The `%` operator on str and bytes: matching arguments to the template's
//! conversions (the template parsing and per-conversion formatting live in
//! crate::format::printf).
//!
//! bytes templates run through the same driver as latin-1 text (every byte
//! is the code point of the same value), then are encoded back.

use super::ops::Num;
use super::{ExcKind, PyResult, Vm};
use crate::format::int_text::IntRef;
use crate::format::printf::{ConvKind, Conversion, Count, Piece, Template};
use crate::objects::Object;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<String> {
    drive(vm, fmt, args, false)
}

/// `fmt % args` for bytes.
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|b| *b as char).collect();
    let out = drive(vm, &text, args, true)?;
    let mut bytes = Vec::with_capacity(out.len());
    for c in out.chars() {
        match u8::try_from(c as u32) {
            Ok(b) => bytes.push(b),
            Err(_) => return Err(vm.value_error("bytes formatting produced a non-byte character")),
        }
    }
    Ok(bytes)
}

fn fmt_err(vm: &mut Vm, e: crate::format::FormatError) -> super::PyErr {
    crate::objects::str::format_error(vm, e)
}

fn drive(vm: &mut Vm, fmt: &str, args: Value, bytes_mode: bool) -> PyResult<String> {
    let is_tuple = matches!(vm.obj(args), Some(Object::Tuple(_)));
    let is_text = vm.is_str(args) || (bytes_mode && vm.bytes_of(args).is_some());
    // As CPython: anything subscriptable but a tuple or text is a mapping
    // (`'%s' % [1]` formats the list; `'ab' % [1]` ignores it).
    let is_bytearray = bytes_mode && matches!(vm.obj(args), Some(Object::ByteArray(_)));
    let ty = vm.type_of(args);
    let mapping = !is_tuple
        && !is_text
        && !is_bytearray
        && vm.lookup_in_mro(ty, crate::qstr::GETITEM).is_some();
    let items: Vec<Value> = if is_tuple {
        vm.seq_items(args).map(|s| s.to_vec()).unwrap_or_default()
    } else {
        alloc::vec![args]
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(fmt.len());
    let mut used_mapping = false;
    for piece in Template::new(fmt, mapping) {
        let piece = piece.map_err(|e| fmt_err(vm, e))?;
        let mut conv = match piece {
            Piece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Piece::Conversion(c) => c,
        };
        if conv.width == Count::Star {
            let w = take(vm, &items, &mut next)?;
            let n = star_int(vm, w)?;
            conv.set_star_width(IntRef::Small(n))
                .map_err(|e| fmt_err(vm, e))?;
        }
        if conv.precision == Count::Star {
            let p = take(vm, &items, &mut next)?;
            let n = star_int(vm, p)?;
            conv.set_star_precision(IntRef::Small(n))
                .map_err(|e| fmt_err(vm, e))?;
        }
        let value = match conv.key {
            Some(k) => {
                if !mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                used_mapping = true;
                let key = if bytes_mode {
                    let b: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                    vm.new_bytes(b)?
                } else {
                    vm.new_str(k)?
                };
                vm.getitem(args, key)?
            }
            None => take(vm, &items, &mut next)?,
        };
        let piece = convert(vm, &conv, value, bytes_mode)?;
        out.push_str(&piece);
    }
    if !mapping && next < items.len() && !used_mapping {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {} formatting",
            what
        )));
    }
    Ok(out)
}

fn take(vm: &mut Vm, items: &[Value], next: &mut usize) -> PyResult<Value> {
    match items.get(*next) {
        Some(v) => {
            *next += 1;
            Ok(*v)
        }
        None => Err(vm.type_error("not enough arguments for format string")),
    }
}

fn star_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v.as_small_int() {
        Some(i) => Ok(i),
        None => Err(vm.type_error("* wants int")),
    }
}

/// Format one value for one conversion.
fn convert(vm: &mut Vm, conv: &Conversion, v: Value, bytes_mode: bool) -> PyResult<String> {
    // bytes' %b is its %s.
    let kind = if bytes_mode && conv.conv == 'b' {
        ConvKind::Str
    } else {
        conv.kind()
    };
    let r = match kind {
        ConvKind::Str => {
            let text = if bytes_mode {
                match vm.bytes_of(v) {
                    Some(b) => b.iter().map(|x| *x as char).collect(),
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            t
                        )));
                    }
                }
            } else {
                vm.str_string(v)?
            };
            conv.format_str(&text)
        }
        ConvKind::Repr | ConvKind::Ascii => {
            let r = vm.repr_string(v)?;
            let text = if conv.kind() == ConvKind::Ascii || bytes_mode {
                crate::objects::str::ascii_escape(&r)
            } else {
                r
            };
            conv.format_str(&text)
        }
        ConvKind::Int => {
            let n = int_operand(vm, conv.conv, v)?;
            match &n {
                Num::Int(i) => conv.format_int(IntRef::Small(*i)),
                Num::Big(b) => conv.format_int(IntRef::Big(b)),
                _ => conv.format_int(IntRef::Small(0)),
            }
        }
        ConvKind::Float => {
            let f = match vm.as_number(v) {
                Some(Num::Complex(..)) | None => {
                    if vm.is_user_instance(v) && vm.user_special(v, crate::qstr::FLOAT).is_some() {
                        crate::objects::float::to_float(vm, v)?
                    } else {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!("must be real number, not {}", t)));
                    }
                }
                Some(n) => crate::objects::int::num_to_f64(vm, n)?,
            };
            conv.format_float(f)
        }
        ConvKind::Char => {
            if let Some(s) = vm.str_of(v).map(String::from) {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => conv.format_char(c),
                    _ => Err(Conversion::char_type_error()),
                }
            } else if bytes_mode && vm.bytes_of(v).is_some_and(|b| b.len() == 1) {
                let b = vm.bytes_of(v).map_or(0, |b| b[0]);
                conv.format_char(b as char)
            } else if let Some(i) = char_code(vm, v)? {
                if bytes_mode && !(0..256).contains(&i) {
                    return Err(vm.new_error(ExcKind::OverflowError, "%c arg not in range(256)"));
                }
                conv.format_char_code(IntRef::Small(i))
            } else {
                Err(Conversion::char_type_error())
            }
        }
        ConvKind::Unsupported => Err(conv.unsupported()),
    };
    r.map_err(|e| fmt_err(vm, e))
}

/// The code of a `%c` int operand (an int or an object with __index__).
fn char_code(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    match vm.as_int_num(v) {
        Some(Num::Int(i)) => return Ok(Some(i)),
        // Out of every %c range: reported as such.
        Some(Num::Big(_)) => return Ok(Some(i64::MAX)),
        _ => {}
    }
    if vm.user_special(v, crate::qstr::INDEX).is_some() {
        return vm.to_index(v).map(Some);
    }
    Ok(None)
}

/// The integer for %d/%i/%u (floats truncate) or %o/%x/%X (ints only).
fn int_operand(vm: &mut Vm, c: char, v: Value) -> PyResult<Num> {
    match vm.as_number(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => Ok(n),
        Some(Num::Float(f)) if matches!(c, 'd' | 'i' | 'u') => {
            let iv = crate::objects::int::float_to_int(vm, f)?;
            Ok(vm.as_number(iv).unwrap_or(Num::Int(0)))
        }
        _ => {
            if vm.is_user_instance(v) {
                for name in [crate::qstr::INDEX, crate::qstr::INT] {
                    if let Some(m) = vm.user_special(v, name) {
                        let r = vm.call_special(m, v, &[])?;
                        if let Some(n) = vm.as_int_num(r) {
                            return Ok(n);
                        }
                    }
                }
            }
            let t = vm.type_name(v);
            let what = if matches!(c, 'd' | 'i' | 'u') {
                "a real number"
            } else {
                "an integer"
            };
            Err(vm.type_error(format!("%{} format: {} is required, not {}", c, what, t)))
        }
    }
}
