//! Creating, matching and printing exceptions.

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::{ExceptionObj, Object};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

impl Vm {
    /// An exception instance of a built-in class with one message argument.
    /// Never fails: when memory is short the preallocated MemoryError is
    /// returned instead.
    pub fn new_error(&mut self, kind: ExcKind, msg: impl AsRef<str>) -> PyErr {
        let m = match self.new_str(msg.as_ref()) {
            Ok(m) => m,
            Err(e) => return e,
        };
        PyErr(self.make_exception_value(kind, m, true))
    }

    /// An exception instance with no arguments.
    pub fn new_error_no_msg(&mut self, kind: ExcKind) -> PyErr {
        PyErr(self.make_exception_value(kind, Value::NONE, false))
    }

    /// Build an exception object of a built-in kind; `arg` is its single
    /// argument when `has_arg`.
    pub(crate) fn make_exception_value(
        &mut self,
        kind: ExcKind,
        arg: Value,
        has_arg: bool,
    ) -> Value {
        let args = if has_arg {
            match self.new_tuple(alloc::vec![arg]) {
                Ok(t) => t,
                Err(e) => return e.0,
            }
        } else {
            self.types.empty_tuple
        };
        let class = self.types.exception(kind);
        match self.alloc(Object::Exception(Box::new(ExceptionObj {
            class,
            args,
            traceback: Vec::new(),
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
            dict: None,
        }))) {
            Ok(r) => Value::obj(r),
            Err(e) => e.0,
        }
    }

    /// An exception of a built-in kind with the given args.
    pub fn make_exception(&mut self, kind: ExcKind, args: &[Value]) -> PyResult<Value> {
        let cls = self.types.exception(kind);
        self.instantiate_exception(cls, args)
    }

    fn instantiate_exception(&mut self, cls: ObjRef, args: &[Value]) -> PyResult<Value> {
        let e = self.call_type(cls, args, &[])?;
        Ok(e)
    }

    /// Turn the operand of `raise` into an exception instance: classes are
    /// instantiated without arguments.
    pub(crate) fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        let base = self.types.exception(ExcKind::BaseException);
        if let Some(r) = v.as_obj() {
            match self.heap.get(r) {
                Object::Type(_) if self.is_subtype(r, base) => {
                    let e = self.call_type(r, &[], &[])?;
                    if !self.isinstance(e, base) {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            "calling exception class should have returned an instance of BaseException",
                        ));
                    }
                    return Ok(e);
                }
                Object::Exception(_) => return Ok(v),
                _ => {}
            }
        }
        Err(self.new_error(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        ))
    }

    /// Is `exc` an instance of built-in exception `kind` (or a subclass)?
    pub fn exception_is(&self, exc: Value, kind: ExcKind) -> bool {
        let cls = self.types.exception(kind);
        self.isinstance(exc, cls)
    }

    /// `except cls_or_tuple:` matching, with a TypeError for bad classes.
    pub(crate) fn exception_matches_checked(&mut self, exc: Value, cls: Value) -> PyResult<bool> {
        let base = self.types.exception(ExcKind::BaseException);
        if let Some(items) = self.tuple_items(cls) {
            let items: Vec<Value> = items.to_vec();
            for c in items {
                if self.exception_matches_checked(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match cls.as_obj() {
            Some(r) if matches!(self.heap.get(r), Object::Type(_)) && self.is_subtype(r, base) => {
                Ok(self.isinstance(exc, r))
            }
            _ => Err(self.new_error(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The "Type: message" line of an exception.
    pub fn exception_line(&mut self, exc: Value) -> String {
        let name = self.qualified_exception_name(exc);
        let msg = match self.str_string(exc) {
            Ok(m) => m,
            Err(_) => String::from("<exception str() failed>"),
        };
        // Pycopy prints the colon even without a message
        // ("KeyboardInterrupt: "), as the spec's REPL chapter shows.
        format!("{}: {}", name, msg)
    }

    fn qualified_exception_name(&self, exc: Value) -> String {
        let cls = self.type_of(exc);
        self.qualified_class_name(cls)
    }

    /// The traceback text in Pycopy's format.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let entries = match self.obj(exc) {
            Some(Object::Exception(e)) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
        }
        // Deep recursion repeats one line many times: print it three times
        // and then a count, as CPython does.
        let mut prev: Option<(u32, u32, u32)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let _ = writeln!(out, "  [Previous line repeated {} more times]", repeats - 3);
            }
        };
        for e in entries.iter().rev() {
            let key = (e.file.index(), e.line, e.name.index());
            if prev == Some(key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(&mut out, repeats);
                repeats = 1;
                prev = Some(key);
            }
            let file = String::from(self.qstr_str(e.file));
            if e.name == crate::qstr::EMPTY {
                let _ = writeln!(out, "  File \"{}\", line {}", file, e.line);
            } else {
                let name = String::from(self.qstr_str(e.name));
                let _ = writeln!(out, "  File \"{}\", line {}, in {}", file, e.line, name);
            }
        }
        flush(&mut out, repeats);
        let line = self.exception_line(exc);
        out.push_str(&line);
        out.push('\n');
        out
    }

    /// Print an uncaught exception's traceback to stderr.
    pub fn print_exception(&mut self, exc: Value) {
        let text = self.format_exception(exc);
        self.port.stderr_write(text.as_bytes());
    }

    /// The class of a built-in exception kind, as a value.
    pub fn exception_class(&self, kind: ExcKind) -> Value {
        Value::obj(self.types.exception(kind))
    }

    /// An OSError carrying an errno (args = (errno,) as Pycopy does).
    pub fn os_error(&mut self, errno: i64) -> PyErr {
        match self.make_exception(ExcKind::OSError, &[Value::int(errno)]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    /// Convenience constructors.
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(ExcKind::TypeError, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(ExcKind::ValueError, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(ExcKind::IndexError, msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(ExcKind::ZeroDivisionError, msg)
    }
}
