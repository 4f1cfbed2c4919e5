//! Entry points for ports: run a main program, report uncaught exceptions
//! with Pycopy's exit status rules.

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::compile::Mode;
use crate::heap::ObjRef;
use crate::qstr;
use crate::value::Value;
use alloc::string::String;

impl Vm {
    /// The `__main__` module's dict, created on first use.
    pub fn main_dict(&mut self) -> PyResult<ObjRef> {
        if let Some(m) = self.sys_modules_get("__main__") {
            if let Some(d) = self.module_dict(m) {
                return Ok(d);
            }
        }
        let m = self.new_module("__main__")?;
        let k = self.new_str("__main__")?;
        self.dict_set(self.modules, k, Value::obj(m))?;
        let d = self.module_dict(Value::obj(m)).unwrap_or(m);
        let b = self.builtins_module;
        self.dict_set_q(d, qstr::DUNDER_BUILTINS, b)?;
        Ok(d)
    }

    /// Compile and run source text as the `__main__` module.
    pub fn run_main(&mut self, src: &[u8], filename: &str) -> PyResult<()> {
        self.mark_stack_base();
        let d = self.main_dict()?;
        if filename != "<stdin>" && filename != "<string>" {
            let f = self.new_str(filename)?;
            self.dict_set_q(d, qstr::DUNDER_FILE, f)?;
        }
        let code = self.compile_bytes(src, filename, Mode::Module)?;
        let r = self.exec_code(code, d);
        self.after_top_level();
        r.map(|_| ())
    }

    /// Run one REPL entry (expression values are printed).
    pub fn run_repl_input(&mut self, src: &str) -> PyResult<()> {
        self.mark_stack_base();
        let d = self.main_dict()?;
        let code = self.compile_str(src, "<stdin>", Mode::Single)?;
        let r = self.exec_code(code, d);
        self.after_top_level();
        r.map(|_| ())
    }

    /// Back at the top level nothing but the roots is live: forget the
    /// temporary roots of the run.
    fn after_top_level(&mut self) {
        if self.frames.is_empty() {
            self.heap.temp_roots.clear();
            self.native_depth = 0;
            self.repr_depth = 0;
            self.repr_stack.clear();
        }
    }

    /// Report an exception that reached the top level: SystemExit gives
    /// its exit status; anything else prints a traceback and gives 1.
    pub fn uncaught(&mut self, err: PyErr) -> i32 {
        let exc = err.0;
        if self.exception_is(exc, ExcKind::SystemExit) {
            let code = self.stop_iteration_value(exc);
            let status = if code.is_none() {
                0
            } else if let Some(i) = code.as_small_int() {
                i as i32
            } else {
                let mut s = self.str_string(code).unwrap_or_default();
                s.push('\n');
                self.port.stderr_write(s.as_bytes());
                1
            };
            self.after_top_level();
            return status;
        }
        self.print_exception(exc);
        self.after_top_level();
        1
    }

    /// An exception at the REPL prompt: SystemExit ends the REPL with its
    /// status (Some); anything else is printed and the REPL goes on (None).
    pub fn uncaught_in_repl(&mut self, err: PyErr) -> Option<i32> {
        if self.exception_is(err.0, ExcKind::SystemExit) {
            return Some(self.uncaught(err));
        }
        self.uncaught(err);
        None
    }

    /// `-m module`: run a module found on sys.path as `__main__`.
    pub fn run_module_as_main(&mut self, name: &str) -> PyResult<()> {
        let rel = name.replace('.', "/");
        let q = self.intern("path");
        let dirs: alloc::vec::Vec<String> = match self.dict_get_q(self.sys_dict, q) {
            Some(p) => self
                .seq_items(p)
                .map(|s| {
                    s.iter()
                        .filter_map(|x| self.str_of(*x).map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            None => alloc::vec::Vec::new(),
        };
        for dir in dirs {
            let base = if dir.is_empty() {
                rel.clone()
            } else {
                alloc::format!("{}/{}", dir, rel)
            };
            for candidate in [
                alloc::format!("{}.py", base),
                alloc::format!("{}/__main__.py", base),
            ] {
                if let Some(src) = self.port.read_file(&candidate) {
                    return self.run_main(&src, &candidate);
                }
            }
        }
        Err(self.new_error(
            ExcKind::ImportError,
            alloc::format!("no module named '{}'", name),
        ))
    }

    /// Set sys.argv.
    pub fn set_argv(&mut self, args: &[String]) -> PyResult<()> {
        let mut items = alloc::vec::Vec::with_capacity(args.len());
        for a in args {
            items.push(self.new_str(a)?);
        }
        let l = self.new_list(items)?;
        let q = self.intern("argv");
        self.dict_set_q(self.sys_dict, q, l)
    }

    /// Set sys.path.
    pub fn set_path(&mut self, dirs: &[String]) -> PyResult<()> {
        let mut items = alloc::vec::Vec::with_capacity(dirs.len());
        for a in dirs {
            items.push(self.new_str(a)?);
        }
        let l = self.new_list(items)?;
        let q = self.intern("path");
        self.dict_set_q(self.sys_dict, q, l)
    }
}
