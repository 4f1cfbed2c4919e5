//! Source text to bytecode: lexer -> parser (AST) -> scope analysis
//! (symtable) -> bytecode compiler (codegen).

pub mod ast;
pub mod codegen;
pub mod error;
pub mod lexer;
pub mod mangle;
pub mod parser;
pub mod symtable;
pub mod token;

pub use codegen::Mode;
pub use error::{ParseResult, SyntaxError, SyntaxErrorKind};
pub use parser::{needs_more_input, parse_expression, parse_module};

use crate::objects::exception::TracebackEntry;
use crate::objects::Object;
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

impl Vm {
    /// Compile source bytes (which must be UTF-8) into a code object.
    pub fn compile_bytes(&mut self, src: &[u8], filename: &str, mode: Mode) -> PyResult<Value> {
        match core::str::from_utf8(src) {
            Ok(s) => self.compile_str(s, filename, mode),
            Err(e) => {
                // Report the line of the first bad byte.
                let line = src[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count() as u32
                    + 1;
                let err = SyntaxError::new("invalid UTF-8 in source", line, 0);
                Err(self.syntax_error_to_exception(err, filename))
            }
        }
    }

    /// Compile source text into a code object.
    pub fn compile_str(&mut self, src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        let file_q = self.intern(filename);
        let parsed = match mode {
            Mode::Eval => parser::parse_expression(src).map(|e| (alloc::vec::Vec::new(), Some(e))),
            _ => parser::parse_module(src).map(|b| (b, None)),
        };
        let (mut body, expr) = match parsed {
            Ok(p) => p,
            Err(e) => return Err(self.syntax_error_to_exception(e, filename)),
        };
        if mangle::has_class(&body) {
            mangle::mangle_module(&mut body);
        }
        let st = match symtable::analyse(&body, expr.as_ref()) {
            Ok(st) => st,
            Err(e) => return Err(self.syntax_error_to_exception(e, filename)),
        };
        match codegen::generate(self, &st, &body, expr.as_ref(), file_q, mode) {
            Ok(code) => Ok(code),
            Err(codegen::CompileError::Syntax(e)) => {
                Err(self.syntax_error_to_exception(e, filename))
            }
            Err(codegen::CompileError::Py(e)) => Err(e),
        }
    }

    /// A SyntaxError/IndentationError exception whose traceback points at
    /// the offending line.
    pub fn syntax_error_to_exception(&mut self, e: SyntaxError, filename: &str) -> PyErr {
        let kind = match e.kind {
            SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        };
        let err = self.new_error(kind, &e.msg);
        let file = self.intern(filename);
        if let Some(Object::Exception(x)) = err.0.as_obj().and_then(|r| self.heap.get_mut(r)) {
            x.traceback.push(TracebackEntry {
                file,
                line: e.line,
                name: crate::qstr::EMPTY,
            });
        }
        // CPython's attributes, for programs that inspect them.
        if let Ok(d) = self.ensure_instance_dict(err.0) {
            let f = Value::qstr(file);
            let l = Value::int(e.line as i64);
            let o = Value::int(e.col as i64);
            let k_file = self.intern("filename");
            let k_line = self.intern("lineno");
            let k_off = self.intern("offset");
            let _ = self.dict_set_q(d, k_file, f);
            let _ = self.dict_set_q(d, k_line, l);
            let _ = self.dict_set_q(d, k_off, o);
        }
        err
    }
}
