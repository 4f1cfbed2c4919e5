//! uio (`io`): in-memory streams (StringIO, BytesIO), open() and the file
//! objects built on the port's file calls (`Port::file_*`), and IOBase, the
//! base class for streams written in Python.
//!
//! Files read ahead into a small buffer (`rbuf`); the logical position is
//! the port's position minus what is buffered. Text files decode UTF-8
//! and, like CPython with `newline=None`, read "\r\n" and "\r" as "\n".

use super::{
    add_functions, bind_args, native_get, native_mut, native_ref, new_native_subtype,
    new_native_type,
};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::objects::type_::BaseKind;
use crate::objects::{NativeObject, Object};
use crate::port::OpenFlags;
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

const STRINGIO: &str = "uio.StringIO";
const BYTESIO: &str = "uio.BytesIO";
const TEXTFILE: &str = "uio.TextIOWrapper";
const BINFILE: &str = "uio.FileIO";

/// How many bytes a file read asks the port for at a time.
const CHUNK: usize = 512;

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The optional size argument of read()/readline(): None or negative
/// means "no limit".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let n = match vm.as_int_num(*v) {
                Some(crate::vm::ops::Num::Int(n)) => n,
                Some(_) => i64::MAX,
                None => {
                    let t = vm.type_name(*v);
                    return Err(
                        vm.type_error(format!("argument should be integer or None, not '{}'", t))
                    );
                }
            };
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// seek()'s whence; `invalid` is CPython's message start ("invalid" or,
/// for StringIO, "Invalid").
fn whence_arg(vm: &mut Vm, v: Option<&Value>, invalid: &str) -> PyResult<u8> {
    let w = match v {
        None => 0,
        Some(v) => vm.to_index(*v)?,
    };
    if !(0..=2).contains(&w) {
        return Err(vm.value_error(format!("{} whence ({}, should be 0, 1 or 2)", invalid, w)));
    }
    Ok(w as u8)
}

/// Byte length of the UTF-8 sequence starting with `b` (0: not a lead).
fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

fn decode_error(vm: &mut Vm, byte: u8, pos: usize) -> PyErr {
    let why = if utf8_len(byte) == 0 {
        "invalid start byte"
    } else {
        "invalid continuation byte"
    };
    vm.new_error(
        ExcKind::UnicodeError,
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
            byte, pos, why
        ),
    )
}

/// Where a text read ending after `max_chars` characters (or after the
/// first newline when `line`) stops in the raw bytes `raw`.
enum Scan {
    /// Take this many bytes.
    Ready(usize),
    /// The answer depends on bytes not read yet.
    More,
    /// Invalid UTF-8 at this offset.
    Bad(usize),
}

fn scan_text(raw: &[u8], max_chars: Option<usize>, line: bool, translate: bool, eof: bool) -> Scan {
    let mut i = 0;
    let mut chars = 0;
    loop {
        if max_chars == Some(chars) {
            return Scan::Ready(i);
        }
        let Some(&b) = raw.get(i) else {
            return if eof { Scan::Ready(i) } else { Scan::More };
        };
        let len = utf8_len(b);
        if len == 0 {
            return Scan::Bad(i);
        }
        let Some(seq) = raw.get(i..i + len) else {
            return if eof { Scan::Bad(i) } else { Scan::More };
        };
        if core::str::from_utf8(seq).is_err() {
            return Scan::Bad(i);
        }
        let mut newline = b == b'\n';
        if b == b'\r' && translate {
            match raw.get(i + 1) {
                None if !eof => return Scan::More,
                Some(b'\n') => i += 1,
                _ => {}
            }
            newline = true;
        }
        i += len;
        chars += 1;
        if line && newline {
            return Scan::Ready(i);
        }
    }
}

/// The text of valid UTF-8 `raw`, with "\r\n" and "\r" read as "\n" when
/// `translate`.
fn to_text(raw: &[u8], translate: bool) -> String {
    let s = String::from_utf8_lossy(raw);
    if translate && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.into_owned()
    }
}

// ===================== StringIO and BytesIO =====================

pub struct MemIO {
    ty: ObjRef,
    /// StringIO (UTF-8 data, positions counted in characters) or BytesIO.
    text: bool,
    data: Vec<u8>,
    /// Byte offset; past the end after a seek there (a StringIO's
    /// padding characters are NULs, one byte each).
    pos: usize,
    closed: bool,
}

impl NativeObject for MemIO {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn heap_bytes(&self) -> usize {
        self.data.capacity()
    }
    crate::native_any!();
}

/// `self` as an open StringIO/BytesIO.
fn mem(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let Some(r) = native_ref::<MemIO>(vm, v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("descriptor requires a stream, not '{}'", t)));
    };
    if let Some(m) = native_get::<MemIO>(vm, r).filter(|m| m.closed) {
        // CPython's StringIO says it without the full stop.
        let msg = if m.text {
            "I/O operation on closed file"
        } else {
            "I/O operation on closed file."
        };
        return Err(vm.value_error(msg));
    }
    Ok(r)
}

fn mem_state(vm: &Vm, r: ObjRef) -> (bool, usize, usize) {
    native_get::<MemIO>(vm, r).map_or((false, 0, 0), |m| (m.text, m.pos, m.data.len()))
}

/// The initial value of StringIO(x)/BytesIO(x). An int preallocates, as
/// in Pycopy.
fn initial(vm: &mut Vm, text: bool, v: Option<Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    if let Some(n) = v.as_int() {
        let n = n.max(0) as usize;
        vm.reserve(n)?;
        return Ok(Vec::with_capacity(n));
    }
    if text {
        if let Some(s) = vm.str_of(v) {
            return Ok(s.as_bytes().to_vec());
        }
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("initial_value must be str or None, not {}", t)));
    }
    match vm.bytes_of(v) {
        Some(b) if !vm.is_str(v) => Ok(b.to_vec()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

fn memio_new(
    vm: &mut Vm,
    key: &'static str,
    text: bool,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let name = if text { "StringIO" } else { "BytesIO" };
    let pname = if text {
        "initial_value"
    } else {
        "initial_bytes"
    };
    let [init, _newline] = bind_args(vm, name, [pname, "newline"], &args[1..], kwargs)?;
    let data = initial(vm, text, init)?;
    let ty = vm.native_type_or_err(key)?;
    let r = vm.alloc(Object::Native(Box::new(MemIO {
        ty,
        text,
        data,
        pos: 0,
        closed: false,
    })))?;
    vm.wrap_native(args[0], Value::obj(r), ty)
}

fn stringio_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    memio_new(vm, STRINGIO, true, args, kwargs)
}

fn bytesio_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    memio_new(vm, BYTESIO, false, args, kwargs)
}

/// A str (StringIO) or bytes (BytesIO) result.
fn mem_result(vm: &mut Vm, text: bool, d: &[u8]) -> PyResult<Value> {
    if text {
        vm.new_string(String::from_utf8_lossy(d).into_owned())
    } else {
        vm.new_bytes(d.to_vec())
    }
}

/// Bytes from `pos` covering `n` units (characters for StringIO).
fn span(data: &[u8], pos: usize, n: Option<usize>, text: bool, line: bool) -> usize {
    let rest = data.get(pos..).unwrap_or(&[]);
    let mut i = 0;
    let mut units = 0;
    while i < rest.len() && n.is_none_or(|n| units < n) {
        let b = rest[i];
        i += if text { utf8_len(b).max(1) } else { 1 };
        units += 1;
        if line && b == b'\n' {
            break;
        }
    }
    i.min(rest.len())
}

fn mem_read_impl(vm: &mut Vm, r: ObjRef, n: Option<usize>, line: bool) -> PyResult<Value> {
    let (text, pos, _) = mem_state(vm, r);
    let (start, end) = match native_get::<MemIO>(vm, r) {
        Some(m) => (pos, pos + span(&m.data, pos, n, text, line)),
        None => (0, 0),
    };
    let d = native_get::<MemIO>(vm, r)
        .and_then(|m| m.data.get(start..end))
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        m.pos = m.pos.max(end);
    }
    mem_result(vm, text, &d)
}

fn mem_read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let n = size_arg(vm, args.get(1))?;
    mem_read_impl(vm, r, n, false)
}

fn mem_readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let n = size_arg(vm, args.get(1))?;
    mem_read_impl(vm, r, n, true)
}

fn mem_readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let cap = super::writable_len(vm, args[1])?;
    let (_, pos, _) = mem_state(vm, r);
    let d = native_get::<MemIO>(vm, r)
        .and_then(|m| m.data.get(pos..))
        .map(|rest| rest[..rest.len().min(cap)].to_vec())
        .unwrap_or_default();
    super::write_into(vm, args[1], &d);
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        m.pos += d.len();
    }
    Ok(Value::int(d.len() as i64))
}

fn mem_write(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let (text, pos, len) = mem_state(vm, r);
    let (src, units) = if text {
        match vm.str_of(args[1]) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(vm.type_error(format!("string argument expected, got '{}'", t)));
            }
        }
    } else {
        match vm.bytes_of(args[1]) {
            Some(b) => (b.to_vec(), b.len()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
            }
        }
    };
    let grow = (pos + src.len()).saturating_sub(len);
    vm.reserve(grow)?;
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        if m.pos > m.data.len() {
            m.data.resize(m.pos, 0);
        }
        // Overwrite what follows the position: as many characters (or
        // bytes) as are written.
        let end = m.pos + span(&m.data, m.pos, Some(units), text, false);
        m.data.splice(m.pos..end, src.iter().copied());
        m.pos += src.len();
    }
    vm.charge(grow);
    Ok(Value::int(units as i64))
}

fn mem_getvalue(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let (text, _, _) = mem_state(vm, r);
    let d = native_get::<MemIO>(vm, r)
        .map(|m| m.data.clone())
        .unwrap_or_default();
    mem_result(vm, text, &d)
}

fn mem_seek(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let off = vm.to_index(args[1])?;
    let (text, pos, len) = mem_state(vm, r);
    let whence = whence_arg(vm, args.get(2), if text { "Invalid" } else { "invalid" })?;
    let data = native_get::<MemIO>(vm, r)
        .map(|m| m.data.clone())
        .unwrap_or_default();
    let new = if text {
        // CPython's StringIO: only absolute positions, or 0 relative.
        if whence != 0 && off != 0 {
            return Err(vm.new_error(ExcKind::OSError, "Can't do nonzero cur-relative seeks"));
        }
        if off < 0 {
            return Err(vm.value_error(format!("Negative seek position {}", off)));
        }
        match whence {
            0 => {
                let off = off as usize;
                let b = span(&data, 0, Some(off), true, false);
                let chars = count_units(&data[..b], true);
                if chars < off {
                    len + (off - chars)
                } else {
                    b
                }
            }
            1 => pos,
            _ => len,
        }
    } else {
        let base = match whence {
            0 => 0,
            1 => pos as i64,
            _ => len as i64,
        };
        let p = base.saturating_add(off);
        if p < 0 {
            if whence == 0 {
                return Err(vm.value_error(format!("negative seek value {}", off)));
            }
            0
        } else {
            p as usize
        }
    };
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        m.pos = new;
    }
    Ok(Value::int(tell_units(&data, new, text) as i64))
}

fn count_units(d: &[u8], text: bool) -> usize {
    if text {
        d.iter().filter(|b| (**b & 0xc0) != 0x80).count()
    } else {
        d.len()
    }
}

/// The position `pos` (bytes) as the stream reports it.
fn tell_units(data: &[u8], pos: usize, text: bool) -> usize {
    let inside = pos.min(data.len());
    count_units(&data[..inside], text) + (pos - inside)
}

fn mem_tell(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let (text, pos, _) = mem_state(vm, r);
    let n = native_get::<MemIO>(vm, r).map_or(0, |m| tell_units(&m.data, pos, text));
    Ok(Value::int(n as i64))
}

fn mem_truncate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let (text, pos, _) = mem_state(vm, r);
    // The new size in units (the result), and in bytes.
    let (units, size) = match args.get(1) {
        Some(v) if !v.is_none() => {
            let n = vm.to_index(*v)?;
            if n < 0 {
                return Err(vm.value_error(format!("Negative size value {}", n)));
            }
            let n = n as usize;
            let b =
                native_get::<MemIO>(vm, r).map_or(0, |m| span(&m.data, 0, Some(n), text, false));
            (n, b)
        }
        _ => {
            let u = native_get::<MemIO>(vm, r).map_or(0, |m| tell_units(&m.data, pos, text));
            (u, pos)
        }
    };
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        if size < m.data.len() {
            m.data.truncate(size);
        }
    }
    Ok(Value::int(units as i64))
}

fn mem_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(r) = native_ref::<MemIO>(vm, args[0]) else {
        return Err(vm.type_error("descriptor requires a stream"));
    };
    if let Some(m) = native_mut::<MemIO>(vm, r) {
        m.closed = true;
        m.data = Vec::new();
    }
    Ok(Value::NONE)
}

fn mem_closed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let closed = native_ref::<MemIO>(vm, args[0])
        .and_then(|r| native_get::<MemIO>(vm, r))
        .is_none_or(|m| m.closed);
    Ok(Value::bool(closed))
}

fn mem_true(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    mem(vm, args[0])?;
    Ok(Value::TRUE)
}

fn mem_flush(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    mem(vm, args[0])?;
    Ok(Value::NONE)
}

fn mem_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = mem(vm, args[0])?;
    let line = mem_read_impl(vm, r, None, true)?;
    if vm.len(line)? == 0 {
        return Err(vm.new_error_no_msg(ExcKind::StopIteration));
    }
    Ok(line)
}

fn mem_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    mem(vm, args[0])?;
    Ok(args[0])
}

// ===================== shared stream methods =====================

fn stream_enter(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn stream_exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = vm.intern("close");
    vm.call_method(args[0], q, &[])?;
    Ok(Value::NONE)
}

/// readlines([hint]) through the object's own readline.
fn stream_readlines(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let hint = size_arg(vm, args.get(1))?.filter(|h| *h > 0);
    let q = vm.intern("readline");
    let out = vm.new_list(Vec::new())?;
    vm.heap.temp_roots.push(out);
    let mut total = 0;
    loop {
        let line = vm.call_method(args[0], q, &[])?;
        let n = vm.len(line)?;
        if n == 0 {
            break;
        }
        vm.reserve(core::mem::size_of::<Value>())?;
        if let Some(l) = out.as_obj().and_then(|o| vm.list_mut(o)) {
            l.push(line);
        }
        vm.charge(core::mem::size_of::<Value>());
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(out)
}

/// writelines(lines) through the object's own write.
fn stream_writelines(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = vm.intern("write");
    let it = vm.get_iter(args[1])?;
    vm.heap.temp_roots.push(it);
    while let Some(line) = vm.iter_next(it)? {
        vm.call_method(args[0], q, &[line])?;
    }
    Ok(Value::NONE)
}

static STRINGIO_METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 3, stringio_new).as_static(),
    NativeFunc::method("read", 1, 2, mem_read),
    NativeFunc::method("readline", 1, 2, mem_readline),
    NativeFunc::method("readlines", 1, 2, stream_readlines),
    NativeFunc::method("write", 2, 2, mem_write),
    NativeFunc::method("writelines", 2, 2, stream_writelines),
    NativeFunc::method("getvalue", 1, 1, mem_getvalue),
    NativeFunc::method("seek", 2, 3, mem_seek),
    NativeFunc::method("tell", 1, 1, mem_tell),
    NativeFunc::method("truncate", 1, 2, mem_truncate),
    NativeFunc::method("flush", 1, 1, mem_flush),
    NativeFunc::method("close", 1, 1, mem_close),
    NativeFunc::method("readable", 1, 1, mem_true),
    NativeFunc::method("writable", 1, 1, mem_true),
    NativeFunc::method("seekable", 1, 1, mem_true),
    NativeFunc::method("__enter__", 1, 1, stream_enter),
    NativeFunc::method("__exit__", 1, 4, stream_exit),
    NativeFunc::method("__iter__", 1, 1, mem_iter),
    NativeFunc::method("__next__", 1, 1, mem_next),
];

static BYTESIO_METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 2, bytesio_new).as_static(),
    NativeFunc::method("read", 1, 2, mem_read),
    NativeFunc::method("readinto", 2, 2, mem_readinto),
    NativeFunc::method("readline", 1, 2, mem_readline),
    NativeFunc::method("readlines", 1, 2, stream_readlines),
    NativeFunc::method("write", 2, 2, mem_write),
    NativeFunc::method("writelines", 2, 2, stream_writelines),
    NativeFunc::method("getvalue", 1, 1, mem_getvalue),
    NativeFunc::method("seek", 2, 3, mem_seek),
    NativeFunc::method("tell", 1, 1, mem_tell),
    NativeFunc::method("truncate", 1, 2, mem_truncate),
    NativeFunc::method("flush", 1, 1, mem_flush),
    NativeFunc::method("close", 1, 1, mem_close),
    NativeFunc::method("readable", 1, 1, mem_true),
    NativeFunc::method("writable", 1, 1, mem_true),
    NativeFunc::method("seekable", 1, 1, mem_true),
    NativeFunc::method("__enter__", 1, 1, stream_enter),
    NativeFunc::method("__exit__", 1, 4, stream_exit),
    NativeFunc::method("__iter__", 1, 1, mem_iter),
    NativeFunc::method("__next__", 1, 1, mem_next),
];

static MEM_GETTERS: &[NativeFunc] = &[NativeFunc::method("closed", 1, 1, mem_closed)];

// ===================== files =====================

pub struct FileObj {
    ty: ObjRef,
    /// The port's handle; None once closed.
    handle: Option<u32>,
    text: bool,
    readable: bool,
    writable: bool,
    /// Text mode with newline=None: "\r\n" and "\r" read as "\n".
    translate: bool,
    /// The file argument of open(), for the `name` attribute.
    name: Value,
    mode: String,
    /// Bytes read from the port ahead of the logical position.
    rbuf: Vec<u8>,
}

impl NativeObject for FileObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.name);
    }
    fn heap_bytes(&self) -> usize {
        self.rbuf.capacity() + self.mode.len()
    }
    fn port_file_handle(&self) -> Option<u32> {
        self.handle
    }
    crate::native_any!();
}

/// `self` as a file (open or closed).
fn file_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<FileObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a file, not '{}'", t)))
        }
    }
}

/// `self` as an open file: (handle, its object).
fn open_file(vm: &mut Vm, v: Value) -> PyResult<(ObjRef, u32)> {
    let r = file_ref(vm, v)?;
    match native_get::<FileObj>(vm, r).and_then(|f| f.handle) {
        Some(h) => Ok((r, h)),
        None => Err(closed_error(vm)),
    }
}

fn file(vm: &Vm, r: ObjRef) -> Option<&FileObj> {
    native_get::<FileObj>(vm, r)
}

fn rbuf_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut Vec<u8>> {
    native_mut::<FileObj>(vm, r).map(|f| &mut f.rbuf)
}

fn port_error(vm: &mut Vm, errno: i32) -> PyErr {
    vm.os_error(errno as i64)
}

/// CPython raises io.UnsupportedOperation (an OSError) with these
/// messages: "not readable" for text files, "read" for binary ones.
fn check_readable(vm: &mut Vm, r: ObjRef) -> PyResult<()> {
    match file(vm, r) {
        Some(f) if f.readable => Ok(()),
        f => {
            let msg = if f.is_some_and(|f| f.text) {
                "not readable"
            } else {
                "read"
            };
            Err(vm.new_error(ExcKind::OSError, msg))
        }
    }
}

fn check_writable(vm: &mut Vm, r: ObjRef) -> PyResult<()> {
    match file(vm, r) {
        Some(f) if f.writable => Ok(()),
        f => {
            let msg = if f.is_some_and(|f| f.text) {
                "not writable"
            } else {
                "write"
            };
            Err(vm.new_error(ExcKind::OSError, msg))
        }
    }
}

/// Read one chunk from the port into the read-ahead buffer; 0 at the end.
fn fill(vm: &mut Vm, r: ObjRef, h: u32) -> PyResult<usize> {
    let mut chunk = [0u8; CHUNK];
    let n = match vm.port.file_read(h, &mut chunk) {
        Ok(n) => n.min(CHUNK),
        Err(e) => return Err(port_error(vm, e)),
    };
    vm.reserve(n)?;
    if let Some(b) = rbuf_mut(vm, r) {
        b.extend_from_slice(&chunk[..n]);
    }
    vm.charge(n);
    Ok(n)
}

/// Remove and return the first `n` buffered bytes.
fn take(vm: &mut Vm, r: ObjRef, n: usize) -> Vec<u8> {
    match rbuf_mut(vm, r) {
        Some(b) => {
            let n = n.min(b.len());
            let rest = b.split_off(n);
            core::mem::replace(b, rest)
        }
        None => Vec::new(),
    }
}

fn buffered(vm: &Vm, r: ObjRef) -> usize {
    file(vm, r).map_or(0, |f| f.rbuf.len())
}

/// Drop the read-ahead, moving the port back to the logical position
/// (before writing or seeking).
fn unread(vm: &mut Vm, r: ObjRef, h: u32) -> PyResult<()> {
    let n = buffered(vm, r);
    if n > 0 {
        if let Err(e) = vm.port.file_seek(h, -(n as i64), 1) {
            return Err(port_error(vm, e));
        }
        take(vm, r, n);
    }
    Ok(())
}

/// Read bytes: up to `n` (None: to the end), or through a newline when
/// `line`.
fn read_bytes(vm: &mut Vm, r: ObjRef, h: u32, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    loop {
        let (len, nl) = match file(vm, r) {
            Some(f) => (f.rbuf.len(), f.rbuf.iter().position(|b| *b == b'\n')),
            None => (0, None),
        };
        let want = match (nl.filter(|_| line), n) {
            (Some(p), Some(n)) => Some((p + 1).min(n)),
            (Some(p), None) => Some(p + 1),
            (None, n) => n,
        };
        if want.is_some_and(|w| w <= len) {
            return Ok(take(vm, r, want.unwrap_or(len)));
        }
        if fill(vm, r, h)? == 0 {
            return Ok(take(vm, r, len));
        }
    }
}

/// Read text: `n` characters (None: to the end), or through a newline
/// when `line`.
fn read_text(vm: &mut Vm, r: ObjRef, h: u32, n: Option<usize>, line: bool) -> PyResult<String> {
    let translate = file(vm, r).is_some_and(|f| f.translate);
    let mut eof = false;
    if n.is_none() && !line {
        while fill(vm, r, h)? > 0 {}
        eof = true;
    }
    loop {
        let scan = match file(vm, r) {
            Some(f) => scan_text(&f.rbuf, n, line, translate, eof),
            None => Scan::Ready(0),
        };
        match scan {
            Scan::Ready(k) => {
                let raw = take(vm, r, k);
                return Ok(to_text(&raw, translate));
            }
            Scan::More => {
                if fill(vm, r, h)? == 0 {
                    eof = true;
                }
            }
            Scan::Bad(at) => {
                let b = file(vm, r)
                    .and_then(|f| f.rbuf.get(at).copied())
                    .unwrap_or(0);
                return Err(decode_error(vm, b, at));
            }
        }
    }
}

fn file_read_impl(vm: &mut Vm, v: Value, n: Option<usize>, line: bool) -> PyResult<Value> {
    let (r, h) = open_file(vm, v)?;
    check_readable(vm, r)?;
    if file(vm, r).is_some_and(|f| f.text) {
        let s = read_text(vm, r, h, n, line)?;
        vm.new_string(s)
    } else {
        let d = read_bytes(vm, r, h, n, line)?;
        vm.new_bytes(d)
    }
}

fn file_read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = size_arg(vm, args.get(1))?;
    file_read_impl(vm, args[0], n, false)
}

fn file_readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = size_arg(vm, args.get(1))?;
    file_read_impl(vm, args[0], n, true)
}

fn file_readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, h) = open_file(vm, args[0])?;
    check_readable(vm, r)?;
    let cap = super::writable_len(vm, args[1])?;
    let d = read_bytes(vm, r, h, Some(cap), false)?;
    super::write_into(vm, args[1], &d);
    Ok(Value::int(d.len() as i64))
}

fn file_write(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, h) = open_file(vm, args[0])?;
    check_writable(vm, r)?;
    let text = file(vm, r).is_some_and(|f| f.text);
    let (data, units) = if text {
        match vm.str_of(args[1]) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(vm.type_error(format!("write() argument must be str, not {}", t)));
            }
        }
    } else {
        match vm.bytes_of(args[1]) {
            Some(b) => (b.to_vec(), b.len()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
            }
        }
    };
    unread(vm, r, h)?;
    if let Err(e) = vm.port.file_write(h, &data) {
        return Err(port_error(vm, e));
    }
    Ok(Value::int(units as i64))
}

fn file_seek(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, h) = open_file(vm, args[0])?;
    let off = vm.to_index(args[1])?;
    let whence = whence_arg(vm, args.get(2), "invalid")?;
    // Relative seeks count from the logical position.
    let off = if whence == 1 {
        off.saturating_sub(buffered(vm, r) as i64)
    } else {
        off
    };
    take(vm, r, usize::MAX);
    match vm.port.file_seek(h, off, whence) {
        Ok(p) => Ok(Value::int(p as i64)),
        Err(e) => Err(port_error(vm, e)),
    }
}

fn file_tell(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, h) = open_file(vm, args[0])?;
    match vm.port.file_seek(h, 0, 1) {
        Ok(p) => Ok(Value::int(p as i64 - buffered(vm, r) as i64)),
        Err(e) => Err(port_error(vm, e)),
    }
}

fn file_flush(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (_, h) = open_file(vm, args[0])?;
    match vm.port.file_flush(h) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(port_error(vm, e)),
    }
}

/// truncate([size]): the file ends at `size` (default: the position),
/// which stays where it was.
fn file_truncate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, h) = open_file(vm, args[0])?;
    check_writable(vm, r)?;
    unread(vm, r, h)?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => vm.to_index(*v)?,
        _ => match vm.port.file_seek(h, 0, 1) {
            Ok(p) => p as i64,
            Err(e) => return Err(port_error(vm, e)),
        },
    };
    let flushed = vm.port.file_flush(h);
    let size_ok = u64::try_from(size).map_err(|_| crate::port::errno::EINVAL);
    match flushed
        .and(size_ok)
        .and_then(|n| vm.port.file_truncate(h, n))
    {
        Ok(()) => Ok(Value::int(size)),
        Err(e) => Err(port_error(vm, e)),
    }
}

/// fileno(): the port's descriptor for the file (select/poll use it).
fn file_fileno(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (_, h) = open_file(vm, args[0])?;
    match vm.port.file_fileno(h) {
        Ok(fd) => Ok(Value::int(fd as i64)),
        Err(e) => Err(port_error(vm, e)),
    }
}

fn file_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = file_ref(vm, args[0])?;
    let handle = native_mut::<FileObj>(vm, r).and_then(|f| {
        f.rbuf = Vec::new();
        f.handle.take()
    });
    if let Some(h) = handle {
        let flushed = vm.port.file_flush(h);
        let closed = vm.port.file_close(h);
        if let Err(e) = flushed.and(closed) {
            return Err(port_error(vm, e));
        }
    }
    Ok(Value::NONE)
}

fn file_closed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = file_ref(vm, args[0])?;
    Ok(Value::bool(file(vm, r).is_none_or(|f| f.handle.is_none())))
}

fn file_name(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = file_ref(vm, args[0])?;
    Ok(file(vm, r).map_or(Value::NONE, |f| f.name))
}

fn file_mode(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = file_ref(vm, args[0])?;
    let m = file(vm, r).map(|f| f.mode.clone()).unwrap_or_default();
    vm.new_string(m)
}

fn file_readable(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, _) = open_file(vm, args[0])?;
    Ok(Value::bool(file(vm, r).is_some_and(|f| f.readable)))
}

fn file_writable(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (r, _) = open_file(vm, args[0])?;
    Ok(Value::bool(file(vm, r).is_some_and(|f| f.writable)))
}

fn file_seekable(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    open_file(vm, args[0])?;
    Ok(Value::TRUE)
}

fn file_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    open_file(vm, args[0])?;
    Ok(args[0])
}

fn file_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let line = file_read_impl(vm, args[0], None, true)?;
    if vm.len(line)? == 0 {
        return Err(vm.new_error_no_msg(ExcKind::StopIteration));
    }
    Ok(line)
}

fn file_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = file_ref(vm, args[0])?;
    let (text, name, mode) = match file(vm, r) {
        Some(f) => (f.text, f.name, f.mode.clone()),
        None => (true, Value::NONE, String::new()),
    };
    let mut name_repr = String::new();
    vm.write_repr(name, &mut name_repr)?;
    let kind = if text { "TextIOWrapper" } else { "FileIO" };
    vm.new_string(format!("<io.{} name={} mode='{}'>", kind, name_repr, mode))
}

fn file_new(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("use open() to open files"))
}

static TEXTFILE_METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 8, file_new).as_static(),
    NativeFunc::method("read", 1, 2, file_read),
    NativeFunc::method("readline", 1, 2, file_readline),
    NativeFunc::method("readlines", 1, 2, stream_readlines),
    NativeFunc::method("write", 2, 2, file_write),
    NativeFunc::method("writelines", 2, 2, stream_writelines),
    NativeFunc::method("seek", 2, 3, file_seek),
    NativeFunc::method("tell", 1, 1, file_tell),
    NativeFunc::method("flush", 1, 1, file_flush),
    NativeFunc::method("fileno", 1, 1, file_fileno),
    NativeFunc::method("truncate", 1, 2, file_truncate),
    NativeFunc::method("close", 1, 1, file_close),
    NativeFunc::method("readable", 1, 1, file_readable),
    NativeFunc::method("writable", 1, 1, file_writable),
    NativeFunc::method("seekable", 1, 1, file_seekable),
    NativeFunc::method("__enter__", 1, 1, stream_enter),
    NativeFunc::method("__exit__", 1, 4, stream_exit),
    NativeFunc::method("__iter__", 1, 1, file_iter),
    NativeFunc::method("__next__", 1, 1, file_next),
    NativeFunc::method("__repr__", 1, 1, file_repr),
];

static BINFILE_METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 8, file_new).as_static(),
    NativeFunc::method("read", 1, 2, file_read),
    NativeFunc::method("readinto", 2, 2, file_readinto),
    NativeFunc::method("readline", 1, 2, file_readline),
    NativeFunc::method("readlines", 1, 2, stream_readlines),
    NativeFunc::method("write", 2, 2, file_write),
    NativeFunc::method("writelines", 2, 2, stream_writelines),
    NativeFunc::method("seek", 2, 3, file_seek),
    NativeFunc::method("tell", 1, 1, file_tell),
    NativeFunc::method("flush", 1, 1, file_flush),
    NativeFunc::method("fileno", 1, 1, file_fileno),
    NativeFunc::method("truncate", 1, 2, file_truncate),
    NativeFunc::method("close", 1, 1, file_close),
    NativeFunc::method("readable", 1, 1, file_readable),
    NativeFunc::method("writable", 1, 1, file_writable),
    NativeFunc::method("seekable", 1, 1, file_seekable),
    NativeFunc::method("__enter__", 1, 1, stream_enter),
    NativeFunc::method("__exit__", 1, 4, stream_exit),
    NativeFunc::method("__iter__", 1, 1, file_iter),
    NativeFunc::method("__next__", 1, 1, file_next),
    NativeFunc::method("__repr__", 1, 1, file_repr),
];

static FILE_GETTERS: &[NativeFunc] = &[
    NativeFunc::method("closed", 1, 1, file_closed),
    NativeFunc::method("name", 1, 1, file_name),
    NativeFunc::method("mode", 1, 1, file_mode),
];

/// open()'s mode string: (port flags, text?, readable, writable), with
/// CPython's checks and messages.
fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<(OpenFlags, bool, bool, bool)> {
    let invalid = |vm: &mut Vm| vm.value_error(format!("invalid mode: '{}'", mode));
    let mut seen = [false; 7];
    for c in mode.chars() {
        let Some(i) = "rwxa+bt".find(c) else {
            return Err(invalid(vm));
        };
        if seen[i] {
            return Err(invalid(vm));
        }
        seen[i] = true;
    }
    let [r, w, x, a, plus, b, t] = seen;
    if b && t {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    match [r, w, x, a].iter().filter(|m| **m).count() {
        1 => {}
        0 => {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ))
        }
        _ => return Err(vm.value_error("must have exactly one of create/read/write/append mode")),
    }
    let flags = OpenFlags {
        read: r || plus,
        write: w || x || a || plus,
        append: a,
        create: w || a || x,
        truncate: w,
        exclusive: x,
    };
    Ok((flags, !b, flags.read, flags.write))
}

fn is_utf8_name(s: &str) -> bool {
    let norm: String = s
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    norm == "utf8"
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None).
pub fn open(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let [file_arg, mode, _buffering, encoding, _errors, newline, _closefd, _opener] =
        bind_args(vm, "open", names, args, kwargs)?;
    let Some(file_arg) = file_arg else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = match vm.str_of(file_arg) {
        Some(s) => String::from(s),
        None => match vm.obj(file_arg) {
            Some(Object::Bytes(b)) => String::from_utf8_lossy(&b.data).into_owned(),
            _ => {
                let t = vm.type_name(file_arg);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    t
                )));
            }
        },
    };
    let mode_s = match mode {
        None => String::from("r"),
        Some(m) => match vm.str_of(m) {
            Some(s) => String::from(s),
            None => {
                let t = vm.type_name(m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", t)));
            }
        },
    };
    let (flags, text, readable, writable) = parse_mode(vm, &mode_s)?;
    // A binary file reports its mode normalised, as CPython's FileIO does.
    let mode_s = if text {
        mode_s
    } else {
        let base = if flags.exclusive {
            "xb"
        } else if flags.append {
            "ab"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        let plus = readable && writable;
        format!("{}{}", base, if plus { "+" } else { "" })
    };
    let encoding = encoding.filter(|e| !e.is_none());
    let newline = newline.filter(|n| !n.is_none());
    if !text && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if !text && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if let Some(e) = encoding {
        match vm.str_of(e) {
            Some(s) if is_utf8_name(s) => {}
            Some(s) => {
                let msg = format!("unknown encoding: {}", s);
                return Err(vm.new_error(ExcKind::LookupError, msg));
            }
            None => {
                let t = vm.type_name(e);
                return Err(vm.type_error(format!(
                    "open() argument 'encoding' must be str or None, not {}",
                    t
                )));
            }
        }
    }
    let translate = match newline {
        None => true,
        Some(n) => match vm.str_of(n) {
            Some("") | Some("\n") => false,
            Some(s) => {
                let msg = format!("illegal newline value: {}", s);
                return Err(vm.value_error(msg));
            }
            None => {
                let t = vm.type_name(n);
                return Err(vm.type_error(format!(
                    "open() argument 'newline' must be str or None, not {}",
                    t
                )));
            }
        },
    };
    let key = if text { TEXTFILE } else { BINFILE };
    let ty = vm.native_type_or_err(key)?;
    let mut opened = vm.port.file_open(&path, flags);
    if opened == Err(EMFILE) {
        // Files the program dropped without closing hold descriptors until
        // a collection closes them.
        vm.collect();
        opened = vm.port.file_open(&path, flags);
    }
    let handle = match opened {
        Ok(h) => h,
        Err(e) => return Err(port_error(vm, e)),
    };
    let f = FileObj {
        ty,
        handle: Some(handle),
        text,
        readable,
        writable,
        translate,
        name: file_arg,
        mode: mode_s,
        rbuf: Vec::new(),
    };
    match vm.alloc(Object::Native(Box::new(f))) {
        Ok(r) => Ok(Value::obj(r)),
        Err(e) => {
            // Don't leak the port's handle when the object can't be made.
            let _ = vm.port.file_close(handle);
            Err(e)
        }
    }
}

/// Too many open files (uerrno's value; ports report errno numbers).
const EMFILE: i32 = 24;

static FUNCTIONS: &[NativeFunc] = &[NativeFunc::function_kw("open", 0, 8, open)];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)?;
    // IOBase: the base of every stream here, and of streams written in
    // Python.
    let iobase = new_native_type(vm, "uio.IOBase", "IOBase", &[], &[], BaseKind::Object)?;
    let q = vm.intern("IOBase");
    vm.dict_set_q(d, q, Value::obj(iobase))?;
    type Spec = (
        &'static str,
        &'static str,
        &'static [NativeFunc],
        &'static [NativeFunc],
        BaseKind,
    );
    let types: [Spec; 4] = [
        (
            STRINGIO,
            "StringIO",
            STRINGIO_METHODS,
            MEM_GETTERS,
            BaseKind::Native,
        ),
        (
            BYTESIO,
            "BytesIO",
            BYTESIO_METHODS,
            MEM_GETTERS,
            BaseKind::Native,
        ),
        (
            TEXTFILE,
            "TextIOWrapper",
            TEXTFILE_METHODS,
            FILE_GETTERS,
            BaseKind::NotSubclassable,
        ),
        (
            BINFILE,
            "FileIO",
            BINFILE_METHODS,
            FILE_GETTERS,
            BaseKind::NotSubclassable,
        ),
    ];
    for (key, name, methods, getters, kind) in types {
        let t = new_native_subtype(vm, key, name, iobase, methods, getters, kind)?;
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::obj(t))?;
    }
    Ok(())
}
