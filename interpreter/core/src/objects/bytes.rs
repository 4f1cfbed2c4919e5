//! bytes: immutable byte strings. The byte-string methods here serve
//! bytearray too (they take the data of either).

use super::native::{KwArgs, NativeFunc};
use super::Object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

pub struct BytesObj {
    pub data: Box<[u8]>,
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Box<[u8]>) -> Self {
        BytesObj {
            data,
            hash: Cell::new(0),
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = crate::qstr::hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
}

pub fn write_repr(data: &[u8], out: &mut String) {
    out.push_str(&crate::format::text::repr_bytes(data));
}

/// The data of `self` for a bytes/bytearray method.
pub fn data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_of(v) {
        Some(d) => Ok(d.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

/// A result of the same kind as `like` (bytes or bytearray).
fn same_kind(vm: &mut Vm, like: Value, d: Vec<u8>) -> PyResult<Value> {
    if matches!(vm.obj(vm.native_of(like)), Some(Object::ByteArray(_))) {
        vm.new_bytearray(d)
    } else {
        vm.new_bytes(d)
    }
}

/// bytes(x) / bytearray(x) contents.
pub fn bytes_from(vm: &mut Vm, src: Value, encoding: Option<Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_of(src).map(String::from) {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.into_bytes());
    }
    if let Some(n) = src.as_small_int() {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.reserve(n as usize)?;
        return Ok(alloc::vec![0u8; n as usize]);
    }
    if let Some(d) = vm.bytes_of(src) {
        return Ok(d.to_vec());
    }
    if let Some(d) = vm.buffer_of(src) {
        if !matches!(vm.obj(src), Some(Object::Str(_))) {
            return Ok(d.to_vec());
        }
    }
    let items = vm.collect_iterable(src)?;
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let b = vm.to_index(i)?;
        if !(0..256).contains(&b) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(b as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let enc = args.get(2).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("encoding"))
            .map(|p| p.1)
    });
    let d = match args.get(1) {
        Some(src) => bytes_from(vm, *src, enc)?,
        None => Vec::new(),
    };
    let b = vm.new_bytes(d)?;
    let t = vm.types.bytes;
    vm.wrap_native(args[0], b, t)
}

pub(super) fn b_decode(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let (encoding, errors) = super::codec::encoding_args(vm, &args[1..], kwargs)?;
    super::codec::decode(vm, &d, &encoding, &errors)
}

pub(super) fn b_hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let sep = match args.get(1) {
        Some(s) => vm.str_of(*s).map(String::from),
        None => None,
    };
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{:02x}", b));
    }
    vm.new_string(out)
}

pub fn parse_hex(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !chars.len().is_multiple_of(2) {
        return Err(vm.value_error("non-hexadecimal number found in fromhex() arg"));
    }
    for pair in chars.chunks(2) {
        match (pair[0].to_digit(16), pair[1].to_digit(16)) {
            (Some(a), Some(b)) => out.push((a * 16 + b) as u8),
            _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
        }
    }
    Ok(out)
}

pub(super) fn b_fromhex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(s) = vm.str_of(args[1]).map(String::from) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let d = parse_hex(vm, &s)?;
    if args[0].as_obj() == Some(vm.types.bytearray) {
        vm.new_bytearray(d)
    } else {
        vm.new_bytes(d)
    }
}

fn find_sub(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let range = 0..=hay.len() - needle.len();
    if rev {
        range.rev().find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        range
            .into_iter()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

/// A needle: bytes-like or an int byte.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(i) = v.as_small_int() {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(alloc::vec![i as u8]);
    }
    data(vm, v)
}

fn bounds(
    vm: &mut Vm,
    len: usize,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<(usize, usize)> {
    let l = len as i64;
    let fix = |v: i64| -> usize { (if v < 0 { (v + l).max(0) } else { v.min(l) }) as usize };
    let a = match start {
        Some(v) if !v.is_none() => fix(vm.to_index(v)?),
        _ => 0,
    };
    let b = match end {
        Some(v) if !v.is_none() => fix(vm.to_index(v)?),
        _ => len,
    };
    Ok((a, b.max(a)))
}

fn find_common(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    let d = data(vm, args[0])?;
    let n = needle(vm, args[1])?;
    let (a, b) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())?;
    Ok(find_sub(&d[a..b], &n, rev).map_or(-1, |i| (i + a) as i64))
}

pub(super) fn b_find(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false).map(Value::int)
}
pub(super) fn b_rfind(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, true).map(Value::int)
}
pub(super) fn b_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::int(i)),
    }
}
pub(super) fn b_rindex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::int(i)),
    }
}

pub(super) fn b_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let n = needle(vm, args[1])?;
    let (a, b) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())?;
    let hay = &d[a..b];
    if n.is_empty() {
        return Ok(Value::int(hay.len() as i64 + 1));
    }
    let (mut i, mut c) = (0, 0);
    while i + n.len() <= hay.len() {
        if hay[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::int(c))
}

pub(super) fn b_replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let old = data(vm, args[1])?;
    let new = data(vm, args[2])?;
    let max = match args.get(3) {
        Some(c) => {
            let c = vm.to_index(*c)?;
            if c < 0 {
                usize::MAX
            } else {
                c as usize
            }
        }
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    let mut n = 0;
    if old.is_empty() {
        for b in &d {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(*b);
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return same_kind(vm, args[0], out);
    }
    while i < d.len() {
        if n < max && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    same_kind(vm, args[0], out)
}

fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let (a, b) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())?;
    let hay = &d[a..b];
    let cands: Vec<Value> = match vm.tuple_items(args[1]) {
        Some(t) => t.to_vec(),
        None => alloc::vec![args[1]],
    };
    for c in cands {
        let n = data(vm, c)?;
        if (end && hay.ends_with(&n)) || (!end && hay.starts_with(&n)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub(super) fn b_startswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, false)
}
pub(super) fn b_endswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, true)
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(c) if !c.is_none() => Some(data(vm, *c)?),
        _ => None,
    };
    let strip_it = |b: u8| match &chars {
        Some(set) => set.contains(&b),
        None => is_ws(b),
    };
    let mut a = 0;
    let mut e = d.len();
    if left {
        while a < e && strip_it(d[a]) {
            a += 1;
        }
    }
    if right {
        while e > a && strip_it(d[e - 1]) {
            e -= 1;
        }
    }
    same_kind(vm, args[0], d[a..e].to_vec())
}

pub(super) fn b_strip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip(vm, args, true, true)
}
pub(super) fn b_lstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip(vm, args, true, false)
}
pub(super) fn b_rstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip(vm, args, false, true)
}

pub(super) fn b_split(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let sep = args.get(1).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("sep"))
            .map(|p| p.1)
    });
    let maxsplit = match args.get(2).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("maxsplit"))
            .map(|p| p.1)
    }) {
        Some(m) => vm.to_index(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(s) if !s.is_none() => {
            let sep = data(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &d;
            while parts.len() < max {
                match find_sub(rest, &sep, false) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        _ => {
            let mut i = 0;
            while i < d.len() {
                while i < d.len() && is_ws(d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if parts.len() >= max {
                    let mut e = d.len();
                    while e > i && is_ws(d[e - 1]) {
                        e -= 1;
                    }
                    parts.push(d[i..e].to_vec());
                    break;
                }
                let s = i;
                while i < d.len() && !is_ws(d[i]) {
                    i += 1;
                }
                parts.push(d[s..i].to_vec());
            }
        }
    }
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(same_kind(vm, args[0], p)?);
    }
    vm.new_list(items)
}

pub(super) fn b_join(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let sep = data(vm, args[0])?;
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.bytes_of(*it) {
            Some(b) => out.extend_from_slice(b),
            None => {
                let t = vm.type_name(*it);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, t
                )));
            }
        }
    }
    same_kind(vm, args[0], out)
}

fn map_bytes(vm: &mut Vm, args: &[Value], f: fn(u8) -> u8) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let out = d.into_iter().map(f).collect();
    same_kind(vm, args[0], out)
}

pub(super) fn b_upper(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, |b| b.to_ascii_uppercase())
}
pub(super) fn b_lower(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, |b| b.to_ascii_lowercase())
}

fn test_all(vm: &mut Vm, args: &[Value], f: fn(&u8) -> bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    Ok(Value::bool(!d.is_empty() && d.iter().all(f)))
}

pub(super) fn b_isdigit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    test_all(vm, args, u8::is_ascii_digit)
}
pub(super) fn b_isalpha(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    test_all(vm, args, u8::is_ascii_alphabetic)
}
pub(super) fn b_isalnum(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    test_all(vm, args, u8::is_ascii_alphanumeric)
}
pub(super) fn b_isspace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    test_all(vm, args, |b| is_ws(*b))
}
pub(super) fn b_isupper(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}
pub(super) fn b_islower(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn partition(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let sep = data(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (a, b, c) = match find_sub(&d, &sep, rev) {
        Some(i) => (d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()),
        None => {
            if rev {
                (Vec::new(), Vec::new(), d.clone())
            } else {
                (d.clone(), Vec::new(), Vec::new())
            }
        }
    };
    let va = same_kind(vm, args[0], a)?;
    let vb = same_kind(vm, args[0], b)?;
    let vc = same_kind(vm, args[0], c)?;
    vm.new_tuple(alloc::vec![va, vb, vc])
}

pub(super) fn b_partition(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    partition(vm, args, false)
}
pub(super) fn b_rpartition(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    partition(vm, args, true)
}

/// `x in bytes`: an int byte or a sub-sequence.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let hay = data(vm, container)?;
    let n = needle(vm, item)?;
    Ok(find_sub(&hay, &n, false).is_some())
}

/// The `%` operator on bytes.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = data(vm, fmt)?;
    let out = crate::vm::percent::format_bytes(vm, &f, args)?;
    same_kind(vm, fmt, out)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 4, bytes_new).as_static(),
    NativeFunc::method_kw("decode", 1, 3, b_decode),
    NativeFunc::method("hex", 1, 2, b_hex),
    NativeFunc::function("fromhex", 2, 2, b_fromhex).as_classmethod(),
    NativeFunc::method("find", 2, 4, b_find),
    NativeFunc::method("rfind", 2, 4, b_rfind),
    NativeFunc::method("index", 2, 4, b_index),
    NativeFunc::method("rindex", 2, 4, b_rindex),
    NativeFunc::method("count", 2, 4, b_count),
    NativeFunc::method("replace", 3, 4, b_replace),
    NativeFunc::method("startswith", 2, 4, b_startswith),
    NativeFunc::method("endswith", 2, 4, b_endswith),
    NativeFunc::method("strip", 1, 2, b_strip),
    NativeFunc::method("lstrip", 1, 2, b_lstrip),
    NativeFunc::method("rstrip", 1, 2, b_rstrip),
    NativeFunc::method_kw("split", 1, 3, b_split),
    NativeFunc::method("join", 2, 2, b_join),
    NativeFunc::method("upper", 1, 1, b_upper),
    NativeFunc::method("lower", 1, 1, b_lower),
    NativeFunc::method("isdigit", 1, 1, b_isdigit),
    NativeFunc::method("isalpha", 1, 1, b_isalpha),
    NativeFunc::method("isalnum", 1, 1, b_isalnum),
    NativeFunc::method("isspace", 1, 1, b_isspace),
    NativeFunc::method("isupper", 1, 1, b_isupper),
    NativeFunc::method("islower", 1, 1, b_islower),
    NativeFunc::method("partition", 2, 2, b_partition),
    NativeFunc::method("rpartition", 2, 2, b_rpartition),
];
