//! str: immutable text, UTF-8 inside, indexed by code point.

use super::native::{KwArgs, NativeFunc, VARARGS};
use super::unicode as uc;
use super::Object;
use crate::format::str_format::{
    self as sf, Accessor, AutoNumber, FieldKey, FormatPiece, FormatTemplate, StrConversion,
};
use crate::format::{ErrorKind, FormatError};
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::fmt::Write;

pub struct StrObj {
    text: Box<str>,
    /// Number of code points (== text.len() for ASCII, which makes indexing
    /// O(1) in the common case).
    char_len: usize,
    /// Lazily computed content hash (0 = not yet).
    hash: Cell<i64>,
}

impl StrObj {
    pub fn new(text: Box<str>) -> Self {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            text,
            char_len,
            hash: Cell::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = crate::qstr::hash_bytes(self.text.as_bytes());
        self.hash.set(h);
        h
    }
}

/// A formatting-library error as a Python exception.
pub fn format_error(vm: &mut Vm, e: FormatError) -> PyErr {
    let kind = match e.kind {
        ErrorKind::ValueError => ExcKind::ValueError,
        ErrorKind::OverflowError => ExcKind::OverflowError,
        ErrorKind::TypeError => ExcKind::TypeError,
        ErrorKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
        ErrorKind::MemoryError => return vm.out_of_memory(),
    };
    vm.new_error(kind, e.message)
}

/// Append Python's repr of `s` (quotes and escapes) to `out`.
pub fn write_repr(s: &str, out: &mut String) {
    out.push_str(&crate::format::text::repr_str(s));
}

/// ascii(): repr with every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            let _ = write!(out, "\\x{:02x}", n);
        } else if n < 0x10000 {
            let _ = write!(out, "\\u{:04x}", n);
        } else {
            let _ = write!(out, "\\U{:08x}", n);
        }
    }
    out
}

/// The text of `self` for a str method (also for str subclasses).
fn text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let n = vm.native_of(v);
    match vm.str_of(n) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'str' object but received a '{}'",
                t
            )))
        }
    }
}

/// A str argument; `msg` is the TypeError message, with `{}` standing for
/// the argument's type name.
fn str_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<String> {
    let n = vm.native_of(v);
    match vm.str_of(n) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(msg.replace("{}", &t)))
        }
    }
}

fn kwarg(vm: &Vm, kwargs: KwArgs, name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

/// Byte offset of the `n`-th code point (or the end).
pub fn char_to_byte(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Code-point index of a byte offset.
pub fn byte_to_char(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.get(..b).map_or(0, |p| p.chars().count())
}

/// Resolve optional start/end arguments (code points) to a byte range.
fn sub_range(
    vm: &mut Vm,
    s: &str,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    } as i64;
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(0)
        } else {
            v.min(len)
        }
    };
    // A start past the end finds nothing (not even the empty string).
    let st = match start {
        Some(v) if !v.is_none() => {
            let i = vm.to_clamped_index(v)?;
            if i > len {
                return Ok(None);
            }
            fix(i)
        }
        _ => 0,
    };
    let en = match end {
        Some(v) if !v.is_none() => fix(vm.to_clamped_index(v)?),
        _ => len,
    };
    if st > en {
        return Ok(None);
    }
    Ok(Some((
        char_to_byte(s, st as usize),
        char_to_byte(s, en as usize),
    )))
}

fn str_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = args[0];
    let obj = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "object"));
    let encoding = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "encoding"));
    let errors = args.get(3).copied().or_else(|| kwarg(vm, kwargs, "errors"));
    let result = match obj {
        None => Value::qstr(crate::qstr::EMPTY),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let Some(b) = vm.bytes_of(o).map(|b| b.to_vec()) else {
                    if vm.is_str(o) {
                        return Err(vm.type_error("decoding str is not supported"));
                    }
                    let t = vm.type_name(o);
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        t
                    )));
                };
                let (enc, errs) = super::codec::names(vm, "str", encoding, errors)?;
                super::codec::decode(vm, &b, &enc, &errs)?
            } else {
                vm.to_str(o)?
            }
        }
    };
    let t = vm.types.str_;
    vm.wrap_native(cls, result, t)
}

macro_rules! str_method {
    ($name:ident, |$vm:ident, $s:ident, $args:ident| $body:expr) => {
        fn $name($vm: &mut Vm, $args: &[Value]) -> PyResult<Value> {
            let $s = text($vm, $args[0])?;
            $body
        }
    };
}

str_method!(str_upper, |vm, s, _a| vm.new_string(s.to_uppercase()));
str_method!(str_lower, |vm, s, _a| vm.new_string(s.to_lowercase()));
str_method!(str_casefold, |vm, s, _a| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uc::push_casefold(c, &mut out);
    }
    vm.new_string(out)
});
str_method!(str_swapcase, |vm, s, _a| {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            uc::push_lower_in(&s, i, c, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    vm.new_string(out)
});
str_method!(str_capitalize, |vm, s, _a| {
    // The first character goes to titlecase (as CPython 3.8+), the rest
    // to lowercase.
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            uc::push_title(c, &mut out);
        } else {
            uc::push_lower_in(&s, i, c, &mut out);
        }
    }
    vm.new_string(out)
});
str_method!(str_title, |vm, s, _a| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            uc::push_lower_in(&s, i, c, &mut out);
        } else {
            uc::push_title(c, &mut out);
        }
        prev_cased = uc::is_cased(c);
    }
    vm.new_string(out)
});

fn all_chars(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

str_method!(str_isdigit, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    uc::is_digit
))));
str_method!(str_isdecimal, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    uc::is_decimal
))));
str_method!(str_isnumeric, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    uc::is_numeric
))));
str_method!(str_isalpha, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    uc::is_alpha
))));
str_method!(str_isalnum, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    uc::is_alnum
))));
str_method!(str_isspace, |_vm, s, _a| Ok(Value::bool(all_chars(
    &s,
    crate::format::text::is_py_space
))));
str_method!(str_isascii, |_vm, s, _a| Ok(Value::bool(s.is_ascii())));
str_method!(str_isprintable, |_vm, s, _a| Ok(Value::bool(
    s.chars().all(crate::format::text::is_printable)
)));
str_method!(str_isidentifier, |_vm, s, _a| {
    Ok(Value::bool(is_identifier(&s)))
});
str_method!(str_isupper, |_vm, s, _a| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || uc::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::bool(cased))
});
str_method!(str_islower, |_vm, s, _a| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || uc::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::bool(cased))
});
str_method!(str_istitle, |_vm, s, _a| {
    let cases = s
        .chars()
        .map(|c| (c.is_uppercase() || uc::is_title(c), c.is_lowercase()));
    Ok(Value::bool(uc::is_titlecased(cases)))
});

/// `str.isidentifier()`: a letter or underscore, then letters, digits,
/// underscores and combining marks (an approximation of XID_Start and
/// XID_Continue from the tables at hand).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        // Letters and letter numbers (Nl).
        Some(c) if c == '_' || uc::is_alpha(c) || (c.is_alphabetic() && c.is_numeric()) => {}
        _ => return false,
    }
    chars.all(|c| {
        c == '_'
            || c.is_alphabetic()
            || uc::is_decimal(c)
            || is_combining(c)
            || matches!(
                c,
                '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}' | '\u{FE4D}'
                    ..='\u{FE4F}' | '\u{FF3F}'
            )
    })
}

/// Combining marks common in identifiers (Mn/Mc in the main blocks).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn strip_chars(vm: &mut Vm, args: &[Value]) -> PyResult<Option<String>> {
    match args.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(str_arg(vm, *v, "strip arg must be None or str")?)),
    }
}

fn do_strip(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let chars = strip_chars(vm, args)?;
    let is_strip = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => crate::format::text::is_py_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(is_strip);
    }
    if right {
        r = r.trim_end_matches(is_strip);
    }
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    vm.new_str(r)
}

fn str_strip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    do_strip(vm, args, true, true)
}
fn str_lstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    do_strip(vm, args, true, false)
}
fn str_rstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    do_strip(vm, args, false, true)
}

fn split_common(vm: &mut Vm, args: &[Value], kwargs: KwArgs, from_right: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "sep"));
    let maxsplit = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "maxsplit"))
    {
        Some(m) => vm.to_index(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<String> = Vec::new();
    match sep {
        Some(sv) if !sv.is_none() => {
            let sep = str_arg(vm, sv, "must be str or None, not {}")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if from_right {
                let mut rest: &str = &s;
                while parts.len() < max {
                    match rest.rfind(&*sep) {
                        Some(i) => {
                            parts.push(String::from(&rest[i + sep.len()..]));
                            rest = &rest[..i];
                        }
                        None => break,
                    }
                }
                parts.push(String::from(rest));
                parts.reverse();
            } else {
                let mut rest: &str = &s;
                while parts.len() < max {
                    match rest.find(&*sep) {
                        Some(i) => {
                            parts.push(String::from(&rest[..i]));
                            rest = &rest[i + sep.len()..];
                        }
                        None => break,
                    }
                }
                parts.push(String::from(rest));
            }
        }
        _ => {
            // Runs of whitespace; no empty strings.
            let ws = crate::format::text::is_py_space;
            if from_right {
                let mut rest: &str = s.trim_end_matches(ws);
                while !rest.is_empty() {
                    if parts.len() >= max {
                        parts.push(String::from(rest));
                        break;
                    }
                    match rest.rfind(ws) {
                        Some(i) => {
                            let c_len = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                            parts.push(String::from(&rest[i + c_len..]));
                            rest = rest[..i].trim_end_matches(ws);
                        }
                        None => {
                            parts.push(String::from(rest));
                            break;
                        }
                    }
                }
                parts.reverse();
            } else {
                let mut rest: &str = s.trim_start_matches(ws);
                while !rest.is_empty() {
                    if parts.len() >= max {
                        parts.push(String::from(rest));
                        break;
                    }
                    match rest.find(ws) {
                        Some(i) => {
                            parts.push(String::from(&rest[..i]));
                            rest = rest[i..].trim_start_matches(ws);
                        }
                        None => {
                            parts.push(String::from(rest));
                            break;
                        }
                    }
                }
            }
        }
    }
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(vm.new_string(p)?);
    }
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kwargs, false)
}
fn str_rsplit(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    split_common(vm, args, kwargs, true)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let keep = match args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "keepends"))
    {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or('\n');
        let clen = c.len_utf8();
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + clen;
            if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let piece = if keep { &s[start..end] } else { &s[start..i] };
            items.push(vm.new_str(piece)?);
            start = end;
            i = end;
        } else {
            i += clen;
        }
    }
    if start < s.len() {
        items.push(vm.new_str(&s[start..])?);
    }
    vm.new_list(items)
}

fn str_join(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let sep = text(vm, args[0])?;
    let items = match vm.collect_iterable(args[1]) {
        Ok(items) => items,
        Err(e) if vm.exception_is(e.0, ExcKind::TypeError) && !vm.is_user_instance(args[1]) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let n = vm.native_of(*it);
        match vm.str_of(n) {
            Some(t) => out.push_str(t),
            None => {
                let t = vm.type_name(*it);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i, t
                )));
            }
        }
    }
    vm.new_string(out)
}

/// startswith/endswith with a str or a tuple of str.
fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::FALSE);
    };
    let hay = &s[a..b];
    let candidates: Vec<Value> = match vm.tuple_items(args[1]) {
        Some(t) => t.to_vec(),
        None => alloc::vec![args[1]],
    };
    for c in candidates {
        let n = vm.native_of(c);
        let Some(p) = vm.str_of(n) else {
            let t = vm.type_name(c);
            let what = if end { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                what, t
            )));
        };
        if (end && hay.ends_with(p)) || (!end && hay.starts_with(p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, false)
}
fn str_endswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, true)
}

/// find/rfind/index/rindex: code-point index or -1.
fn find_common(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    let s = text(vm, args[0])?;
    let sub = str_arg(vm, args[1], "must be str, not {}")?;
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(-1);
    };
    let hay = &s[a..b];
    let found = if rev {
        hay.rfind(&*sub)
    } else {
        hay.find(&*sub)
    };
    Ok(match found {
        Some(i) => byte_to_char(&s, a + i) as i64,
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false).map(Value::int)
}
fn str_rfind(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, true).map(Value::int)
}
fn str_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn str_rindex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}

fn str_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let sub = str_arg(vm, args[1], "must be str, not {}")?;
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::int(0));
    };
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&*sub).count()
    };
    Ok(Value::int(n as i64))
}

fn str_replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let old = str_arg(vm, args[1], "replace() argument 1 must be str, not {}")?;
    let new = str_arg(vm, args[2], "replace() argument 2 must be str, not {}")?;
    let count = match args.get(3) {
        Some(c) => vm.to_index(*c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut n = 0;
        for c in s.chars() {
            if n < max {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < max {
            out.push_str(&new);
        }
        return vm.new_string(out);
    }
    let mut rest: &str = &s;
    let mut n = 0;
    while n < max {
        match rest.find(&*old) {
            Some(i) => {
                out.push_str(&rest[..i]);
                out.push_str(&new);
                rest = &rest[i + old.len()..];
                n += 1;
            }
            None => break,
        }
    }
    out.push_str(rest);
    vm.new_string(out)
}

fn partition_common(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let sep = str_arg(vm, args[1], "must be str, not {}")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&*sep) } else { s.find(&*sep) };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep.as_str(), &s[i + sep.len()..]),
        None => {
            if rev {
                ("", "", s.as_str())
            } else {
                (s.as_str(), "", "")
            }
        }
    };
    let (a, b, c) = (String::from(a), String::from(b), String::from(c));
    let va = vm.new_string(a)?;
    let vb = vm.new_string(b)?;
    let vc = vm.new_string(c)?;
    vm.new_tuple(alloc::vec![va, vb, vc])
}

fn str_partition(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, true)
}

fn pad(vm: &mut Vm, args: &[Value], align: char) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let fill = match args.get(2) {
        Some(f) => {
            let f = str_arg(
                vm,
                *f,
                "The fill character must be a unicode character, not {}",
            )?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args[0]);
    }
    let total = (width - len) as usize;
    vm.reserve(total * fill.len_utf8())?;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's center: extra space goes left when the total is odd
            // and the width is odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(s.len() + total);
    crate::format::text::push_repeat(&mut out, fill, left);
    out.push_str(&s);
    crate::format::text::push_repeat(&mut out, fill, right);
    vm.new_string(out)
}

fn str_center(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '^')
}
fn str_ljust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '<')
}
fn str_rjust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, '>')
}

fn str_zfill(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args[0]);
    }
    let n = (width - len) as usize;
    vm.reserve(n)?;
    let mut out = String::with_capacity(width as usize);
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s.as_str()),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    crate::format::text::push_repeat(&mut out, '0', n);
    out.push_str(rest);
    vm.new_string(out)
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let size = match args.get(1).or(kwarg(vm, kwargs, "tabsize").as_ref()) {
        Some(v) => vm.to_index(*v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    crate::format::text::push_repeat(&mut out, ' ', n as usize);
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_string(out)
}

fn str_encode(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let (encoding, errors) = super::codec::encoding_args(vm, "encode", &args[1..], kwargs)?;
    let data = super::codec::encode(vm, &s, &encoding, &errors)?;
    vm.new_bytes(data)
}

fn str_removeprefix(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let p = str_arg(vm, args[1], "removeprefix() argument must be str, not {}")?;
    match s.strip_prefix(&*p) {
        Some(r) => vm.new_str(r),
        None => Ok(args[0]),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let p = str_arg(vm, args[1], "removesuffix() argument must be str, not {}")?;
    match s.strip_suffix(&*p) {
        Some(r) if !p.is_empty() => vm.new_str(r),
        _ => Ok(args[0]),
    }
}

fn str_format_method(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fmt = text(vm, args[0])?;
    let out = str_format(vm, &fmt, &args[1..], kwargs, 0)?;
    vm.new_string(out)
}

fn str_format_map(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fmt = text(vm, args[0])?;
    let mapping = args[1];
    let out = str_format_with(vm, &fmt, &[], &[], Some(mapping), 0, &mut AutoNumber::new())?;
    vm.new_string(out)
}

/// str.format: replacement fields `{field!conv:spec}`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: KwArgs,
    depth: usize,
) -> PyResult<String> {
    str_format_with(vm, fmt, args, kwargs, None, depth, &mut AutoNumber::new())
}

fn str_format_with(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: KwArgs,
    mapping: Option<Value>,
    depth: usize,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth > sf::MAX_RECURSION {
        return Err(format_error(vm, sf::recursion_error()));
    }
    let mut out = String::with_capacity(fmt.len());
    for piece in FormatTemplate::new(fmt) {
        let field = match piece.map_err(|e| format_error(vm, e))? {
            FormatPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            FormatPiece::Field(f) => f,
        };
        let (key, accessors) = sf::parse_field_name(field.name).map_err(|e| format_error(vm, e))?;
        let index = auto.resolve(key).map_err(|e| format_error(vm, e))?;
        let mut v = match (index, key) {
            (Some(i), _) => match args.get(i) {
                Some(v) => *v,
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        i
                    )))
                }
            },
            (None, FieldKey::Name(name)) => {
                let found = kwargs
                    .iter()
                    .find(|(k, _)| vm.str_of(*k) == Some(name))
                    .map(|(_, v)| *v);
                match (found, mapping) {
                    (Some(v), _) => v,
                    (None, Some(m)) => {
                        let key = vm.new_str(name)?;
                        vm.getitem(m, key)?
                    }
                    (None, None) => {
                        let key = vm.new_str(name)?;
                        return Err(vm.key_error(key));
                    }
                }
            }
            (None, _) => Value::NONE,
        };
        for acc in accessors {
            v = match acc {
                Accessor::Attr(a) => {
                    let q = vm.intern(a);
                    vm.getattr(v, q)?
                }
                Accessor::Index(i) => vm.getitem(v, Value::int(i as i64))?,
                Accessor::Key(k) => {
                    let key = vm.new_str(k)?;
                    vm.getitem(v, key)?
                }
            };
        }
        if let Some(c) = field.conversion {
            v = match sf::check_conversion(c).map_err(|e| format_error(vm, e))? {
                StrConversion::Str => vm.to_str(v)?,
                StrConversion::Repr => vm.repr(v)?,
                StrConversion::Ascii => {
                    let r = vm.repr_string(v)?;
                    let a = ascii_escape(&r);
                    vm.new_string(a)?
                }
            };
        }
        let spec = if field.spec_has_fields {
            str_format_with(vm, field.spec, args, kwargs, mapping, depth + 1, auto)?
        } else {
            String::from(field.spec)
        };
        let spec_v = vm.new_str(&spec)?;
        let r = vm.format(v, spec_v)?;
        out.push_str(vm.str_of(r).unwrap_or(""));
    }
    Ok(out)
}

/// format(v, spec) for built-in values.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    use crate::format::format_spec as fs;
    use crate::format::int_text::IntRef;
    let type_name = vm.type_name(v);
    let result = if let Some(b) = v.as_bool() {
        if spec.is_empty() {
            return vm.new_str(if b { "True" } else { "False" });
        }
        fs::format_int(IntRef::Small(b as i64), spec, &type_name)
    } else if let Some(i) = v.as_int() {
        fs::format_int(IntRef::Small(i), spec, &type_name)
    } else if let Some(f) = v.as_float() {
        fs::format_float(f, spec, &type_name)
    } else if let Some(s) = vm.str_of(v) {
        if spec.is_empty() {
            return Ok(v);
        }
        let s = String::from(s);
        fs::format_str(&s, spec, &type_name)
    } else {
        match vm.obj(v) {
            Some(Object::BigInt(b)) => {
                let b = b.clone();
                fs::format_int(IntRef::Big(&b), spec, &type_name)
            }
            Some(Object::Complex(re, im)) => {
                let (re, im) = (*re, *im);
                fs::format_complex(re, im, spec, &type_name)
            }
            _ => {
                if spec.is_empty() {
                    return vm.to_str(v);
                }
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name
                )));
            }
        }
    };
    match result {
        Ok(s) => vm.new_string(s),
        Err(e) => Err(format_error(vm, e)),
    }
}

/// The `%` operator on str.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = text(vm, fmt)?;
    let out = crate::vm::percent::format_str(vm, &f, args)?;
    vm.new_string(out)
}

fn str_getnewargs(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = vm.native_of(args[0]);
    vm.new_tuple(alloc::vec![v])
}

fn str_maketrans(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = vm.new_dict()?;
    if args.len() == 1 {
        let items: Vec<(Value, Value)> = match vm.table(args[0].as_obj().unwrap_or(d)) {
            Some(t) if args[0].as_obj().is_some() => t.iter().map(|e| (e.key, e.value)).collect(),
            _ => {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                )
            }
        };
        for (k, v) in items {
            let key = match vm.str_of(k).map(String::from) {
                Some(s) if s.chars().count() == 1 => {
                    Value::int(s.chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                None => k,
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(Value::obj(d));
    }
    let x = str_arg(vm, args[0], "maketrans() argument 1 must be str, not {}")?;
    let y = str_arg(vm, args[1], "maketrans() argument 2 must be str, not {}")?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.dict_set(d, Value::int(a as i64), Value::int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let z = str_arg(vm, *z, "maketrans() argument 3 must be str, not {}")?;
        for c in z.chars() {
            vm.dict_set(d, Value::int(c as i64), Value::NONE)?;
        }
    }
    Ok(Value::obj(d))
}

fn str_translate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.getitem(table, Value::int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    continue;
                }
                if let Some(i) = v.as_int() {
                    match char::from_u32(i as u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else if let Some(t) = vm.str_of(v) {
                    out.push_str(t);
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if vm.exception_is(e.0, ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    vm.new_string(out)
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 4, str_new).as_static(),
    NativeFunc::method("upper", 1, 1, str_upper),
    NativeFunc::method("lower", 1, 1, str_lower),
    NativeFunc::method("casefold", 1, 1, str_casefold),
    NativeFunc::method("swapcase", 1, 1, str_swapcase),
    NativeFunc::method("capitalize", 1, 1, str_capitalize),
    NativeFunc::method("title", 1, 1, str_title),
    NativeFunc::method("isdigit", 1, 1, str_isdigit),
    NativeFunc::method("isdecimal", 1, 1, str_isdecimal),
    NativeFunc::method("isnumeric", 1, 1, str_isnumeric),
    NativeFunc::method("isalpha", 1, 1, str_isalpha),
    NativeFunc::method("isalnum", 1, 1, str_isalnum),
    NativeFunc::method("isspace", 1, 1, str_isspace),
    NativeFunc::method("isascii", 1, 1, str_isascii),
    NativeFunc::method("isprintable", 1, 1, str_isprintable),
    NativeFunc::method("isidentifier", 1, 1, str_isidentifier),
    NativeFunc::method("isupper", 1, 1, str_isupper),
    NativeFunc::method("islower", 1, 1, str_islower),
    NativeFunc::method("istitle", 1, 1, str_istitle),
    NativeFunc::method("strip", 1, 2, str_strip),
    NativeFunc::method("lstrip", 1, 2, str_lstrip),
    NativeFunc::method("rstrip", 1, 2, str_rstrip),
    NativeFunc::method_kw("split", 1, 3, str_split),
    NativeFunc::method_kw("rsplit", 1, 3, str_rsplit),
    NativeFunc::method_kw("splitlines", 1, 2, str_splitlines),
    NativeFunc::method("join", 2, 2, str_join),
    NativeFunc::method("startswith", 2, 4, str_startswith),
    NativeFunc::method("endswith", 2, 4, str_endswith),
    NativeFunc::method("find", 2, 4, str_find),
    NativeFunc::method("rfind", 2, 4, str_rfind),
    NativeFunc::method("index", 2, 4, str_index),
    NativeFunc::method("rindex", 2, 4, str_rindex),
    NativeFunc::method("count", 2, 4, str_count),
    NativeFunc::method("replace", 3, 4, str_replace),
    NativeFunc::method("partition", 2, 2, str_partition),
    NativeFunc::method("rpartition", 2, 2, str_rpartition),
    NativeFunc::method("center", 2, 3, str_center),
    NativeFunc::method("ljust", 2, 3, str_ljust),
    NativeFunc::method("rjust", 2, 3, str_rjust),
    NativeFunc::method("zfill", 2, 2, str_zfill),
    NativeFunc::method_kw("expandtabs", 1, 2, str_expandtabs),
    NativeFunc::method_kw("encode", 1, 3, str_encode),
    NativeFunc::method("removeprefix", 2, 2, str_removeprefix),
    NativeFunc::method("removesuffix", 2, 2, str_removesuffix),
    NativeFunc::method_kw("format", 1, VARARGS, str_format_method),
    NativeFunc::method("format_map", 2, 2, str_format_map),
    NativeFunc::method("__getnewargs__", 1, 1, str_getnewargs),
    NativeFunc::staticmethod("maketrans", 1, 3, str_maketrans),
    NativeFunc::method("translate", 2, 2, str_translate),
];

/// s[key]: one code point or a slice. Works on the str in place (no copy
/// of the whole text per subscription).
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let len = vm.builtin_len(obj).unwrap_or(0);
    if vm.is_slice(key) {
        let (a, b, c) = vm.slice_indices(key, len)?;
        let n = super::slice::slice_len(a, b, c);
        let s = vm.str_of(obj).unwrap_or("");
        if c == 1 {
            let (x, y) = (
                char_to_byte(s, a.max(0) as usize),
                char_to_byte(s, b.max(a).max(0) as usize),
            );
            let piece = String::from(s.get(x..y).unwrap_or(""));
            return vm.new_string(piece);
        }
        let mut out = String::with_capacity(n);
        if s.is_ascii() {
            let bytes = s.as_bytes();
            let mut i = a;
            for _ in 0..n {
                if let Some(&b) = usize::try_from(i).ok().and_then(|i| bytes.get(i)) {
                    out.push(b as char);
                }
                i += c;
            }
        } else {
            let chars: Vec<char> = s.chars().collect();
            let mut i = a;
            for _ in 0..n {
                if let Some(ch) = usize::try_from(i).ok().and_then(|i| chars.get(i)) {
                    out.push(*ch);
                }
                i += c;
            }
        }
        return vm.new_string(out);
    }
    let i = match key.as_small_int() {
        Some(i) => i,
        None => {
            let has_index =
                vm.as_int_num(key).is_some() || vm.user_special(key, crate::qstr::INDEX).is_some();
            if !has_index {
                let t = vm.type_name(key);
                return Err(vm.type_error(format!("string indices must be integers, not '{}'", t)));
            }
            vm.to_subscript_index(key)?
        }
    };
    let s = vm.str_of(obj).unwrap_or("");
    let c = match super::list::norm_index(i, len) {
        Some(i) if s.is_ascii() => s.as_bytes().get(i).map(|&b| b as char),
        Some(i) => s.chars().nth(i),
        None => None,
    };
    match c {
        Some(c) => {
            let mut buf = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut buf))
        }
        None => Err(vm.index_error("string index out of range")),
    }
}
