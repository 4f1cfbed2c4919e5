//! type(), repr(), str(), format() and printing.

use super::{ExcKind, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::generator::GenKind;
use crate::objects::iterator::{DictIterKind, IterObj};
use crate::objects::Object;
use crate::qstr;
use crate::value::{Unpacked, Value};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// How deep repr() may recurse into nested containers.
const MAX_REPR_DEPTH: usize = 400;

impl Vm {
    /// type(v).
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v.unpack() {
            Unpacked::Null | Unpacked::None => t.none,
            Unpacked::NotImplemented => t.not_implemented,
            Unpacked::Ellipsis => t.ellipsis,
            Unpacked::Bool(_) => t.bool_,
            Unpacked::Int(_) => t.int,
            Unpacked::Float(_) => t.float,
            Unpacked::Str(_) => t.str_,
            Unpacked::Native(_) => t.native_function,
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Free => t.none,
                Object::Str(_) => t.str_,
                Object::Bytes(_) => t.bytes,
                Object::ByteArray(_) => t.bytearray,
                Object::BigInt(_) => t.int,
                Object::Complex(..) => t.complex,
                Object::List(_) => t.list,
                Object::Tuple(_) => t.tuple,
                Object::Dict(_) => t.dict,
                Object::DictView(dv) => match dv.kind {
                    DictIterKind::Keys => t.dict_keys,
                    DictIterKind::Values => t.dict_values,
                    DictIterKind::Items => t.dict_items,
                },
                Object::Set(s) => {
                    if s.frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Object::Range(_) => t.range,
                Object::Slice(_) => t.slice,
                Object::Code(_) => t.code,
                Object::Function(_) => t.function,
                Object::BoundMethod(_) => t.bound_method,
                Object::Cell(_) => t.cell,
                Object::Type(ty) => ty.metaclass.unwrap_or(t.type_),
                Object::Instance(i) => i.class,
                Object::Exception(e) => e.class,
                Object::Module(_) => t.module,
                Object::Generator(g) => match g.kind {
                    GenKind::Generator => t.generator,
                    GenKind::Coroutine => t.coroutine,
                    GenKind::AsyncGenerator => t.async_generator,
                },
                Object::Iterator(it) => match it {
                    IterObj::Enumerate { .. } => t.enumerate,
                    IterObj::Zip { .. } => t.zip,
                    IterObj::Map { .. } => t.map,
                    IterObj::Filter { .. } => t.filter,
                    IterObj::Reversed { .. } => t.reversed,
                    _ => t.iterator,
                },
                Object::Property(_) => t.property,
                Object::ClassMethod(_) => t.classmethod,
                Object::StaticMethod(_) => t.staticmethod,
                Object::Super(..) => t.super_,
                Object::MemoryView(_) => t.memoryview,
                Object::Native(n) => n.type_ref(),
            },
        }
    }

    /// The name of v's type, e.g. "int".
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        self.class_name(t)
    }

    /// repr(v) as a str value.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        if let Some(q) = v.as_qstr() {
            // Fast path is still a conversion (quotes), no shortcut.
            let _ = q;
        }
        let mut out = String::new();
        self.write_repr(v, &mut out)?;
        self.new_string(out)
    }

    /// repr(v) as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.write_repr(v, &mut out)?;
        Ok(out)
    }

    /// str(v) as a str value.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if self.is_str(v) && !self.is_user_instance(v) {
            return Ok(v);
        }
        let mut out = String::new();
        self.write_str(v, &mut out)?;
        self.new_string(out)
    }

    /// str(v) as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.str_of(v) {
            return Ok(String::from(s));
        }
        let mut out = String::new();
        self.write_str(v, &mut out)?;
        Ok(out)
    }

    /// Append str(v) to `out`.
    pub fn write_str(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if let Some(s) = self.str_of(v) {
            out.push_str(s);
            return Ok(());
        }
        if self.is_user_instance(v) {
            if let Some(m) = self.user_special(v, qstr::STR) {
                let r = self.call_special(m, v, &[])?;
                return self.push_str_result(r, out, "__str__");
            }
            if self.user_special(v, qstr::REPR).is_none() {
                let n = self.native_of(v);
                // bytearray subclasses print with their own name.
                if matches!(self.obj(n), Some(Object::ByteArray(_))) {
                    return self.write_repr(v, out);
                }
                if !n.is(v) {
                    return self.write_str(n, out);
                }
            }
        }
        if let Some(Object::Exception(e)) = self.obj(v) {
            let args = e.args;
            let cls = e.class;
            let items: Vec<Value> = self
                .tuple_items(args)
                .map(|a| a.to_vec())
                .unwrap_or_default();
            if self.class_is(cls, ExcKind::KeyError) && items.len() == 1 {
                return self.write_repr(items[0], out);
            }
            // OSError(errno, strerror[, filename]) reads as CPython's
            // "[Errno 2] No such file or directory: 'name'".
            if self.class_is(cls, ExcKind::OSError) && (2..=3).contains(&items.len()) {
                out.push_str("[Errno ");
                self.write_str(items[0], out)?;
                out.push_str("] ");
                self.write_str(items[1], out)?;
                if let Some(&name) = items.get(2) {
                    out.push_str(": ");
                    self.write_repr(name, out)?;
                }
                return Ok(());
            }
            return match items.len() {
                0 => Ok(()),
                1 => self.write_str(items[0], out),
                _ => self.write_repr(args, out),
            };
        }
        if let Some(Object::Native(_)) = self.obj(v) {
            if let Some(m) = self.type_attr(v, qstr::STR) {
                let r = self.call_special(m, v, &[])?;
                return self.push_str_result(r, out, "__str__");
            }
        }
        self.write_repr(v, out)
    }

    fn push_str_result(&mut self, r: Value, out: &mut String, what: &str) -> PyResult<()> {
        match self.str_of(r) {
            Some(s) => {
                out.push_str(s);
                Ok(())
            }
            None => {
                let t = self.type_name(r);
                Err(self.new_error(
                    ExcKind::TypeError,
                    format!("{} returned non-string (type {})", what, t),
                ))
            }
        }
    }

    /// Append repr(v) to `out`.
    pub fn write_repr(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        match v.unpack() {
            Unpacked::Null | Unpacked::None => out.push_str("None"),
            Unpacked::NotImplemented => out.push_str("NotImplemented"),
            Unpacked::Ellipsis => out.push_str("Ellipsis"),
            Unpacked::Bool(b) => out.push_str(if b { "True" } else { "False" }),
            Unpacked::Int(i) => {
                let _ = write!(out, "{}", i);
            }
            Unpacked::Float(f) => out.push_str(&crate::objects::float::repr(f)),
            Unpacked::Str(q) => {
                let s = String::from(self.qstrs.get(q));
                crate::objects::str::write_repr(&s, out);
            }
            Unpacked::Native(nf) => {
                let _ = write!(out, "<built-in function {}>", nf.name);
            }
            Unpacked::Obj(r) => return self.write_repr_obj(v, r, out),
        }
        Ok(())
    }

    fn write_repr_obj(&mut self, v: Value, r: ObjRef, out: &mut String) -> PyResult<()> {
        if self.is_user_instance(v) {
            if let Some(m) = self.user_special(v, qstr::REPR) {
                self.enter_repr()?;
                let res = self.call_special(m, v, &[]);
                self.repr_depth -= 1;
                let res = res?;
                return self.push_str_result(res, out, "__repr__");
            }
        }
        match self.heap.get(r) {
            Object::Free => out.push_str("<freed>"),
            Object::Str(s) => {
                let s = String::from(s.as_str());
                crate::objects::str::write_repr(&s, out);
            }
            Object::Bytes(b) => {
                crate::objects::bytes::write_repr(&b.data, out);
            }
            Object::ByteArray(b) => {
                crate::objects::bytes::write_bytearray_repr("bytearray", b, out);
            }
            Object::BigInt(b) => {
                let _ = write!(out, "{}", b);
            }
            Object::Complex(re, im) => crate::objects::complex::write_repr(*re, *im, out),
            Object::List(_)
            | Object::Tuple(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::DictView(_) => {
                return self.write_container_repr(v, r, out);
            }
            Object::Range(rg) => {
                if rg.step == 1 {
                    let _ = write!(out, "range({}, {})", rg.start, rg.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", rg.start, rg.stop, rg.step);
                }
            }
            Object::Slice(s) => {
                let (a, b, c) = (s.start, s.stop, s.step);
                out.push_str("slice(");
                self.write_repr(a, out)?;
                out.push_str(", ");
                self.write_repr(b, out)?;
                out.push_str(", ");
                self.write_repr(c, out)?;
                out.push(')');
            }
            Object::Code(c) => {
                let n = String::from(self.qstr_str(c.name));
                let _ = write!(out, "<code object {} at 0x{:x}>", n, v.identity());
            }
            Object::Function(f) => {
                let n = String::from(self.qstr_str(f.code.qualname));
                let _ = write!(out, "<function {} at 0x{:x}>", n, v.identity());
            }
            Object::BoundMethod(m) => {
                let (func, s) = (m.func, m.self_);
                let fname = match self.getattr_opt(func, qstr::DUNDER_QUALNAME)? {
                    Some(n) => self.str_string(n)?,
                    None => String::from("?"),
                };
                let _ = write!(out, "<bound method {} of ", fname);
                self.write_repr(s, out)?;
                out.push('>');
            }
            Object::Cell(_) => {
                let _ = write!(out, "<cell at 0x{:x}>", v.identity());
            }
            Object::Type(t) => {
                let name = String::from(self.qstr_str(t.qualname));
                let module = if t.builtin {
                    None
                } else {
                    self.dict_get_q(t.dict, qstr::DUNDER_MODULE)
                        .and_then(|m| self.str_of(m).map(String::from))
                };
                match module {
                    Some(m) if m != "builtins" => {
                        let _ = write!(out, "<class '{}.{}'>", m, name);
                    }
                    _ => {
                        let _ = write!(out, "<class '{}'>", name);
                    }
                }
            }
            Object::Instance(i) => {
                let native = i.native;
                // A bytearray subclass shows its own name.
                if let Some(Object::ByteArray(b)) = self.obj(native) {
                    if self.user_special(v, qstr::REPR).is_none() {
                        let name = self.class_name(i.class);
                        crate::objects::bytes::write_bytearray_repr(&name, b, out);
                        return Ok(());
                    }
                }
                if !native.is_null() && self.user_special(v, qstr::REPR).is_none() {
                    return self.write_repr(native, out);
                }
                let cls = i.class;
                let name = self.qualified_class_name(cls);
                let _ = write!(out, "<{} object at 0x{:x}>", name, v.identity());
            }
            Object::Exception(e) => {
                let (cls, args) = (e.class, e.args);
                let name = self.class_name(cls);
                out.push_str(&name);
                let items: Vec<Value> = self
                    .tuple_items(args)
                    .map(|a| a.to_vec())
                    .unwrap_or_default();
                if items.len() == 1 {
                    out.push('(');
                    self.write_repr(items[0], out)?;
                    out.push(')');
                } else if items.is_empty() {
                    out.push_str("()");
                } else {
                    self.write_repr(args, out)?;
                }
            }
            Object::Module(m) => {
                let n = String::from(self.qstr_str(m.name));
                let _ = write!(out, "<module '{}'>", n);
            }
            Object::Generator(g) => {
                let n = String::from(self.qstr_str(g.qualname));
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                let _ = write!(out, "<{} object {} at 0x{:x}>", kind, n, v.identity());
            }
            Object::Super(..) => out.push_str("<super object>"),
            Object::MemoryView(_) => {
                let _ = write!(out, "<memory at 0x{:x}>", v.identity());
            }
            Object::Native(_) => {
                if let Some(m) = self.type_attr(v, qstr::REPR) {
                    let res = self.call_special(m, v, &[])?;
                    return self.push_str_result(res, out, "__repr__");
                }
                let t = self.type_name(v);
                let _ = write!(out, "<{} object at 0x{:x}>", t, v.identity());
            }
            _ => {
                let t = self.type_name(v);
                let _ = write!(out, "<{} object at 0x{:x}>", t, v.identity());
            }
        }
        Ok(())
    }

    /// `module.Name` for user classes, `name` for built-ins.
    pub fn qualified_class_name(&self, cls: ObjRef) -> String {
        let Object::Type(t) = self.heap.get(cls) else {
            return String::from("?");
        };
        let name = String::from(self.qstr_str(t.qualname));
        if t.builtin {
            return name;
        }
        match self
            .dict_get_q(t.dict, qstr::DUNDER_MODULE)
            .and_then(|m| self.str_of(m))
        {
            Some(m) if m != "builtins" => format!("{}.{}", m, name),
            _ => name,
        }
    }

    fn enter_repr(&mut self) -> PyResult<()> {
        if self.repr_depth >= MAX_REPR_DEPTH {
            return Err(self.new_error(
                ExcKind::RuntimeError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_depth += 1;
        Ok(())
    }

    fn write_container_repr(&mut self, v: Value, r: ObjRef, out: &mut String) -> PyResult<()> {
        // A container that contains itself prints as [...] / {...}.
        if self.repr_stack.contains(&r) {
            out.push_str(match self.heap.get(r) {
                Object::List(_) => "[...]",
                Object::Tuple(_) => "(...)",
                _ => "{...}",
            });
            return Ok(());
        }
        self.enter_repr()?;
        self.repr_stack.push(r);
        let res = self.write_container_items(v, r, out);
        self.repr_stack.pop();
        self.repr_depth -= 1;
        res
    }

    fn write_container_items(&mut self, v: Value, r: ObjRef, out: &mut String) -> PyResult<()> {
        match self.heap.get(r) {
            Object::List(_) | Object::Tuple(_) => {
                let is_list = matches!(self.heap.get(r), Object::List(_));
                out.push(if is_list { '[' } else { '(' });
                let mut i = 0;
                while let Some(item) = self.seq_items(v).and_then(|s| s.get(i)).copied() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(item, out)?;
                    i += 1;
                }
                if !is_list && i == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            Object::Dict(_) => {
                out.push('{');
                let mut pos = 0;
                let mut first = true;
                while let Some((p, e)) = self.table(r).and_then(|t| t.next_from(pos)) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.write_repr(e.key, out)?;
                    out.push_str(": ");
                    self.write_repr(e.value, out)?;
                    pos = p + 1;
                }
                out.push('}');
            }
            Object::Set(s) => {
                let frozen = s.frozen;
                let keys = s.table.keys();
                if keys.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(*k, out)?;
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Object::DictView(dv) => {
                let (d, kind) = (dv.dict, dv.kind);
                let name = match kind {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                out.push_str(name);
                out.push_str("([");
                let entries: Vec<(Value, Value)> = self
                    .table(d)
                    .map(|t| t.iter().map(|e| (e.key, e.value)).collect())
                    .unwrap_or_default();
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match kind {
                        DictIterKind::Keys => self.write_repr(*k, out)?,
                        DictIterKind::Values => self.write_repr(*val, out)?,
                        DictIterKind::Items => {
                            out.push('(');
                            self.write_repr(*k, out)?;
                            out.push_str(", ");
                            self.write_repr(*val, out)?;
                            out.push(')');
                        }
                    }
                }
                out.push_str("])");
            }
            _ => {}
        }
        Ok(())
    }

    /// f-string replacement field: conversion then format spec.
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Value) -> PyResult<Value> {
        let v = match conv {
            1 => self.to_str(v)?,
            2 => self.repr(v)?,
            3 => {
                let s = self.repr_string(v)?;
                let a = crate::objects::str::ascii_escape(&s);
                self.new_string(a)?
            }
            _ => v,
        };
        let spec_empty = spec.is_null() || self.str_of(spec).is_none_or(|s| s.is_empty());
        if spec_empty && self.is_str(v) && !self.is_user_instance(v) {
            return Ok(v);
        }
        let spec = if spec.is_null() {
            Value::qstr(qstr::EMPTY)
        } else {
            spec
        };
        self.format(v, spec)
    }

    /// format(v, spec).
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        if self.is_user_instance(v) {
            if let Some(m) = self.user_special(v, qstr::FORMAT) {
                let r = self.call_special(m, v, &[spec])?;
                if !self.is_str(r) {
                    let t = self.type_name(r);
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!("__format__ must return a str, not {}", t),
                    ));
                }
                return Ok(r);
            }
            let n = self.native_of(v);
            // An empty spec formats as str(v) (the subclass's __str__).
            if self.str_of(spec).is_some_and(|s| s.is_empty()) {
                return self.to_str(v);
            }
            if n.is(v) {
                let spec_s = String::from(self.str_of(spec).unwrap_or(""));
                if !spec_s.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!("unsupported format string passed to {}.__format__", t),
                    ));
                }
                return self.to_str(v);
            }
            return self.format(n, spec);
        }
        let spec_s = String::from(self.str_of(spec).unwrap_or(""));
        crate::objects::str::format_builtin(self, v, &spec_s)
    }

    /// Write text to sys.stdout (the port's stdout unless replaced).
    pub fn print_to_stdout(&mut self, text: &str) -> PyResult<()> {
        let name = self.intern_static("stdout");
        let out = self.dict_get_q(self.sys_dict, name);
        match out {
            Some(f) if !self.is_default_stream(f) => {
                let s = self.new_str(text)?;
                self.call_method(f, qstr::WRITE, &[s])?;
                Ok(())
            }
            _ => {
                self.write_stdout(text.as_bytes());
                Ok(())
            }
        }
    }

    /// Intern a name known at compile time.
    pub fn intern_static(&mut self, s: &'static str) -> crate::qstr::Qstr {
        self.qstrs.intern(s)
    }
}
