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

/// repr of a bytearray (or a subclass named `name`): like bytes', except
/// that CPython escapes `'` even inside double quotes.
pub fn write_bytearray_repr(name: &str, data: &[u8], out: &mut String) {
    let r = crate::format::text::repr_bytes(data);
    out.push_str(name);
    out.push('(');
    match r.strip_prefix("b\"").and_then(|x| x.strip_suffix('"')) {
        Some(inner) => {
            out.push_str("b\"");
            out.push_str(&inner.replace('\'', "\\'"));
            out.push('"');
        }
        None => out.push_str(&r),
    }
    out.push(')');
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

/// bytes(x) / bytearray(x) contents (`kind` names the type for messages).
pub fn bytes_from(
    vm: &mut Vm,
    src: Value,
    encoding: Option<Value>,
    kind: &str,
) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_of(src).map(String::from) {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.into_bytes());
    }
    // An object with __index__ is a size (as CPython, before iterating).
    let count = if let Some(Object::BigInt(_)) = vm.obj(src) {
        Some(vm.to_index(src)?)
    } else if src.as_small_int().is_none()
        && vm.is_user_instance(src)
        && vm.user_special(src, crate::qstr::INDEX).is_some()
        && vm.buffer_of(src).is_none()
    {
        Some(vm.to_index(src)?)
    } else {
        src.as_small_int()
    };
    if let Some(n) = count {
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
    let items = match vm.collect_iterable(src) {
        Ok(items) => items,
        Err(e)
            if vm.exception_is(e.0, crate::vm::ExcKind::TypeError) && !vm.is_user_instance(src) =>
        {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{}' object to {}", t, kind)));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let b = vm.to_index(i)?;
        if !(0..256).contains(&b) {
            let what = if kind == "bytes" { "bytes" } else { "byte" };
            return Err(vm.value_error(format!("{} must be in range(0, 256)", what)));
        }
        out.push(b as u8);
    }
    Ok(out)
}

/// The contents for `bytes(source, encoding, errors)` or the same
/// arguments of bytearray (`kind`): `args` follow the class or self.
pub fn constructor_data(
    vm: &mut Vm,
    args: &[Value],
    kwargs: KwArgs,
    kind: &str,
) -> PyResult<Vec<u8>> {
    let mut src = args.first().copied();
    let mut enc = args.get(1).copied();
    let mut errors = args.get(2).copied();
    for (k, v) in kwargs {
        match vm.str_of(*k) {
            Some("source") => src = Some(*v),
            Some("encoding") => enc = Some(*v),
            Some("errors") => errors = Some(*v),
            _ => {
                let n = String::from(vm.str_of(*k).unwrap_or("?"));
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    n, kind
                )));
            }
        }
    }
    let Some(src) = src else {
        if enc.is_some() || errors.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{} without a string argument", what)));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = vm.str_of(vm.native_of(src)).map(String::from) {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let (e, r) = super::codec::names(vm, kind, enc, errors)?;
        return super::codec::encode(vm, &text, &e, &r);
    }
    if enc.is_some() || errors.is_some() {
        let what = if enc.is_some() { "encoding" } else { "errors" };
        return Err(vm.type_error(format!("{} without a string argument", what)));
    }
    bytes_from(vm, src, None, kind)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = constructor_data(vm, &args[1..], kwargs, "bytes")?;
    let b = vm.new_bytes(d)?;
    let t = vm.types.bytes;
    vm.wrap_native(args[0], b, t)
}

pub(super) fn b_decode(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let (encoding, errors) = super::codec::encoding_args(vm, "decode", &args[1..], kwargs)?;
    super::codec::decode(vm, &d, &encoding, &errors)
}

pub(super) fn b_hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    hex_with_sep(vm, &d, args.get(1).copied(), args.get(2).copied())
}

/// bytes.hex([sep[, bytes_per_sep]]) (memoryview.hex too).
pub fn hex_with_sep(
    vm: &mut Vm,
    d: &[u8],
    sep: Option<Value>,
    per: Option<Value>,
) -> PyResult<Value> {
    let sep: Option<char> = match sep {
        None => None,
        Some(s) => {
            let text: Option<String> = match vm.str_of(s) {
                Some(t) => Some(String::from(t)),
                None => vm
                    .bytes_of(s)
                    .map(|b| b.iter().map(|&x| x as char).collect()),
            };
            let Some(text) = text else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            let mut cs = text.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match per {
        Some(p) => vm.to_index(p)?,
        None => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(c) = sep {
                // Groups count from the right for a positive bytes_per_sep.
                let boundary = if per >= 0 {
                    (d.len() - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(c);
                }
            }
        }
        let _ = core::fmt::Write::write_fmt(&mut out, format_args!("{:02x}", b));
    }
    vm.new_string(out)
}

/// bytes.fromhex: pairs of hex digits, ASCII whitespace between pairs.
pub fn parse_hex(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 2);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(&c) = bytes.get(i) else { break };
        if c.is_ascii_whitespace() || c == 0x0b {
            i += 1;
            continue;
        }
        let hi = (c as char).to_digit(16);
        let lo = bytes.get(i + 1).and_then(|&x| (x as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 >= bytes.len() => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                )))
            }
        }
        i += 2;
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
    if vm.bytes_of(v).is_none() && vm.as_int_num(v).is_some() {
        let i = vm.to_index(v).unwrap_or(-1);
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(alloc::vec![i as u8]);
    }
    match vm.bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                t
            )))
        }
    }
}

/// Optional start/end arguments as a byte range; None when the start is
/// past the end (nothing is found there, not even b'').
fn bounds(
    vm: &mut Vm,
    len: usize,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let l = len as i64;
    let fix = |v: i64| -> usize { (if v < 0 { (v + l).max(0) } else { v.min(l) }) as usize };
    let a = match start {
        Some(v) if !v.is_none() => {
            let i = vm.to_clamped_index(v)?;
            if i > l {
                return Ok(None);
            }
            fix(i)
        }
        _ => 0,
    };
    let b = match end {
        Some(v) if !v.is_none() => fix(vm.to_clamped_index(v)?),
        _ => len,
    };
    if b < a {
        return Ok(None);
    }
    Ok(Some((a, b)))
}

fn find_common(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    let d = data(vm, args[0])?;
    let n = needle(vm, args[1])?;
    let Some((a, b)) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())? else {
        return Ok(-1);
    };
    let hay = d.get(a..b).unwrap_or(&[]);
    Ok(find_sub(hay, &n, rev).map_or(-1, |i| (i + a) as i64))
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
    let Some((a, b)) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::int(0));
    };
    let hay = d.get(a..b).unwrap_or(&[]);
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
    let Some((a, b)) = bounds(vm, d.len(), args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::FALSE);
    };
    let hay = d.get(a..b).unwrap_or(&[]);
    let cands: Vec<Value> = match vm.tuple_items(args[1]) {
        Some(t) => t.to_vec(),
        None => alloc::vec![args[1]],
    };
    for c in cands {
        let Some(n) = vm.bytes_of(c).map(|b| b.to_vec()) else {
            let t = vm.type_name(c);
            let what = if end { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                what, t
            )));
        };
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

fn split_common(vm: &mut Vm, args: &[Value], kwargs: KwArgs, rev: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let kw = |vm: &Vm, name: &str| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some(name))
            .map(|p| p.1)
    };
    let sep = args.get(1).copied().or_else(|| kw(vm, "sep"));
    let maxsplit = match args.get(2).copied().or_else(|| kw(vm, "maxsplit")) {
        Some(m) => vm.to_index(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let sep = data(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(sep)
        }
        _ => None,
    };
    match &sep {
        Some(sep) => {
            let mut rest: &[u8] = &d;
            while parts.len() < max {
                match find_sub(rest, sep, rev) {
                    Some(i) => {
                        let (head, tail) = rest.split_at(i);
                        let tail = tail.get(sep.len()..).unwrap_or(&[]);
                        if rev {
                            parts.push(tail);
                            rest = head;
                        } else {
                            parts.push(head);
                            rest = tail;
                        }
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            // Runs of ASCII whitespace; no empty pieces.
            let mut rest: &[u8] = &d;
            loop {
                rest = if rev {
                    rest.trim_ascii_end_ws()
                } else {
                    rest.trim_ascii_start_ws()
                };
                if rest.is_empty() {
                    break;
                }
                if parts.len() >= max {
                    parts.push(rest);
                    break;
                }
                let pos = if rev {
                    rest.iter().rposition(|&b| is_ws(b))
                } else {
                    rest.iter().position(|&b| is_ws(b))
                };
                match pos {
                    Some(i) => {
                        let (head, tail) = rest.split_at(i);
                        if rev {
                            parts.push(tail.get(1..).unwrap_or(&[]));
                            rest = head;
                        } else {
                            parts.push(head);
                            rest = tail;
                        }
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
        }
    }
    if rev {
        parts.reverse();
    }
    let parts: Vec<Vec<u8>> = parts.into_iter().map(|p| p.to_vec()).collect();
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(same_kind(vm, args[0], p)?);
    }
    vm.new_list(items)
}

/// Whitespace trimming with bytes' definition of whitespace.
trait TrimWs {
    fn trim_ascii_start_ws(&self) -> &Self;
    fn trim_ascii_end_ws(&self) -> &Self;
}

impl TrimWs for [u8] {
    fn trim_ascii_start_ws(&self) -> &[u8] {
        let n = self.iter().take_while(|&&b| is_ws(b)).count();
        self.get(n..).unwrap_or(&[])
    }
    fn trim_ascii_end_ws(&self) -> &[u8] {
        let n = self.iter().rev().take_while(|&&b| is_ws(b)).count();
        self.get(..self.len() - n).unwrap_or(&[])
    }
}

pub(super) fn b_split(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kwargs, false)
}
pub(super) fn b_rsplit(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kwargs, true)
}

pub(super) fn b_splitlines(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let keep = match args.get(1).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("keepends"))
            .map(|p| p.1)
    }) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let b = d.get(i).copied().unwrap_or(0);
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let stop = if keep { end } else { i };
            pieces.push(d.get(start..stop).unwrap_or(&[]).to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        pieces.push(d.get(start..).unwrap_or(&[]).to_vec());
    }
    let mut items = Vec::with_capacity(pieces.len());
    for p in pieces {
        items.push(same_kind(vm, args[0], p)?);
    }
    vm.new_list(items)
}

/// center/ljust/rjust: `align` is '^', '<' or '>'.
fn pad(vm: &mut Vm, args: &[Value], align: char, name: &str) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match vm.bytes_of(*f) {
            Some([c]) => *c,
            _ => {
                let t = vm.type_name(*f);
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, t
                )));
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return same_kind(vm, args[0], d);
    }
    let total = (width - len) as usize;
    vm.reserve(total)?;
    let left = match align {
        '<' => 0,
        '>' => total,
        // As CPython's center: the odd extra goes left when the width is odd.
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(width as usize, fill);
    same_kind(vm, args[0], out)
}

pub(super) fn b_center(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '^', "center")
}
pub(super) fn b_ljust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '<', "ljust")
}
pub(super) fn b_rjust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '>', "rjust")
}

pub(super) fn b_zfill(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let len = d.len() as i64;
    if width <= len {
        return same_kind(vm, args[0], d);
    }
    let n = (width - len) as usize;
    vm.reserve(n)?;
    let (sign, rest) = match d.split_first() {
        Some((&c @ (b'+' | b'-'), rest)) => (Some(c), rest),
        _ => (None, &d[..]),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.extend(sign);
    out.resize(out.len() + n, b'0');
    out.extend_from_slice(rest);
    same_kind(vm, args[0], out)
}

pub(super) fn b_expandtabs(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let size = match args.get(1).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("tabsize"))
            .map(|p| p.1)
    }) {
        Some(v) => vm.to_index(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0i64;
    for &b in &d {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    vm.reserve(n as usize)?;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    same_kind(vm, args[0], out)
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

pub(super) fn b_swapcase(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, |b| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    })
}

pub(super) fn b_capitalize(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let out = d
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    same_kind(vm, args[0], out)
}

pub(super) fn b_title(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let mut prev_cased = false;
    let mut out = Vec::with_capacity(d.len());
    for b in d {
        out.push(if prev_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        });
        prev_cased = b.is_ascii_alphabetic();
    }
    same_kind(vm, args[0], out)
}

pub(super) fn b_istitle(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let cases = d
        .iter()
        .map(|b| (b.is_ascii_uppercase(), b.is_ascii_lowercase()));
    Ok(Value::bool(super::unicode::is_titlecased(cases)))
}

pub(super) fn b_isascii(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    Ok(Value::bool(d.is_ascii()))
}

fn affix_strip(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let p = data(vm, args[1])?;
    let r = if suffix {
        d.strip_suffix(&p[..])
    } else {
        d.strip_prefix(&p[..])
    };
    match r {
        Some(rest) if !p.is_empty() => same_kind(vm, args[0], rest.to_vec()),
        _ => same_kind(vm, args[0], d),
    }
}

pub(super) fn b_removeprefix(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_strip(vm, args, false)
}
pub(super) fn b_removesuffix(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_strip(vm, args, true)
}

pub(super) fn b_translate(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let table = match args.get(1) {
        Some(t) if !t.is_none() => {
            let t = data(vm, *t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match args.get(2).copied().or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some("delete"))
            .map(|p| p.1)
    }) {
        Some(v) => data(vm, v)?,
        None => Vec::new(),
    };
    let out = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t.get(b as usize).copied().unwrap_or(b),
            None => b,
        })
        .collect();
    same_kind(vm, args[0], out)
}

pub(super) fn b_maketrans(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let from = data(vm, args[0])?;
    let to = data(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        if let Some(slot) = table.get_mut(*f as usize) {
            *slot = *t;
        }
    }
    vm.new_bytes(table)
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

pub static METHODS: &[NativeFunc] =
    &[NativeFunc::function_kw("__new__", 1, 4, bytes_new).as_static()];

/// The read-only methods bytes and bytearray share (registered on both).
pub static SHARED: &[NativeFunc] = &[
    NativeFunc::method_kw("decode", 1, 3, b_decode),
    NativeFunc::method("hex", 1, 3, b_hex),
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
    NativeFunc::method_kw("rsplit", 1, 3, b_rsplit),
    NativeFunc::method_kw("splitlines", 1, 2, b_splitlines),
    NativeFunc::method("center", 2, 3, b_center),
    NativeFunc::method("ljust", 2, 3, b_ljust),
    NativeFunc::method("rjust", 2, 3, b_rjust),
    NativeFunc::method("zfill", 2, 2, b_zfill),
    NativeFunc::method_kw("expandtabs", 1, 2, b_expandtabs),
    NativeFunc::method("swapcase", 1, 1, b_swapcase),
    NativeFunc::method("capitalize", 1, 1, b_capitalize),
    NativeFunc::method("title", 1, 1, b_title),
    NativeFunc::method("istitle", 1, 1, b_istitle),
    NativeFunc::method("isascii", 1, 1, b_isascii),
    NativeFunc::method("removeprefix", 2, 2, b_removeprefix),
    NativeFunc::method("removesuffix", 2, 2, b_removesuffix),
    NativeFunc::method_kw("translate", 2, 3, b_translate),
    NativeFunc::staticmethod("maketrans", 2, 2, b_maketrans),
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
