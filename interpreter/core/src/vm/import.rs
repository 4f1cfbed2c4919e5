//! The import system: sys.modules, built-in modules (with Pycopy's
//! `json` -> `ujson` fallback), and .py modules and packages on sys.path,
//! read through the port.

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::bytecode::CO_NAMESPACE;
use crate::compile::Mode;
use crate::heap::ObjRef;
use crate::objects::{ModuleObj, Object};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

impl Vm {
    /// Create a module object with its namespace.
    pub fn new_module(&mut self, name: &str) -> PyResult<ObjRef> {
        let dict = self.new_dict()?;
        let name_q = self.intern(name);
        self.dict_set_q(dict, qstr::DUNDER_NAME, Value::qstr(name_q))?;
        let m = self.alloc(Object::Module(ModuleObj { name: name_q, dict }))?;
        Ok(m)
    }

    pub fn module_dict(&self, m: Value) -> Option<ObjRef> {
        match self.obj(m)? {
            Object::Module(md) => Some(md.dict),
            _ => None,
        }
    }

    /// The ImportName instruction: `import name` / `from ... import ...`.
    pub(crate) fn import_op(
        &mut self,
        name: Qstr,
        fromlist: Value,
        level: Value,
        globals: ObjRef,
    ) -> PyResult<Value> {
        let level = level.as_small_int().unwrap_or(0).max(0) as usize;
        let name = String::from(self.qstr_str(name));
        let has_fromlist =
            !fromlist.is_none() && self.seq_items(fromlist).is_some_and(|s| !s.is_empty());
        self.import_module_level(&name, has_fromlist, level, globals)
    }

    /// __import__ semantics: returns the top package for `import a.b`,
    /// the leaf for `from a.b import c`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        has_fromlist: bool,
        level: usize,
        globals: ObjRef,
    ) -> PyResult<Value> {
        let abs = if level > 0 {
            self.resolve_relative(name, level, globals)?
        } else {
            String::from(name)
        };
        if abs.is_empty() {
            return Err(self.new_error(ExcKind::ValueError, "Empty module name"));
        }
        let leaf = self.import_dotted(&abs)?;
        if has_fromlist || level > 0 && name.is_empty() {
            return Ok(leaf);
        }
        if level > 0 {
            // `from . import x` is handled above; `import .a` isn't syntax.
            return Ok(leaf);
        }
        let top = abs.split('.').next().unwrap_or(&abs);
        match self.sys_modules_get(top) {
            Some(m) => Ok(m),
            None => Ok(leaf),
        }
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: ObjRef) -> PyResult<String> {
        let package = match self.dict_get_q(globals, qstr::DUNDER_PACKAGE) {
            Some(p) if self.is_str(p) => String::from(self.str_of(p).unwrap_or("")),
            _ => {
                let modname = self
                    .dict_get_q(globals, qstr::DUNDER_NAME)
                    .and_then(|n| self.str_of(n).map(String::from));
                let is_pkg = self.dict_get_q(globals, qstr::DUNDER_PATH).is_some();
                match modname {
                    Some(m) if is_pkg => m,
                    Some(m) => match m.rfind('.') {
                        Some(i) => String::from(&m[..i]),
                        None => String::new(),
                    },
                    None => String::new(),
                }
            }
        };
        if package.is_empty() || package == "__main__" {
            return Err(self.new_error(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base = &base[..i],
                None => {
                    return Err(self.new_error(
                        ExcKind::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            String::from(base)
        } else {
            format!("{}.{}", base, name)
        })
    }

    pub fn sys_modules_get(&mut self, name: &str) -> Option<Value> {
        let key = self.new_str(name).ok()?;
        self.dict_get(self.modules, key).ok().flatten()
    }

    fn sys_modules_set(&mut self, name: &str, m: Value) -> PyResult<()> {
        let key = self.new_str(name)?;
        self.dict_set(self.modules, key, m)
    }

    fn sys_modules_remove(&mut self, name: &str) {
        if let Ok(key) = self.new_str(name) {
            let _ = self.dict_remove(self.modules, key);
        }
    }

    /// Import "a.b.c", each package first; returns the leaf module.
    pub fn import_dotted(&mut self, abs: &str) -> PyResult<Value> {
        let mut parent: Option<Value> = None;
        let mut end = 0;
        let parts: Vec<&str> = abs.split('.').collect();
        let mut result = Value::NONE;
        for (i, part) in parts.iter().enumerate() {
            end += part.len() + if i > 0 { 1 } else { 0 };
            let full = &abs[..end];
            let m = match self.sys_modules_get(full) {
                Some(m) => m,
                None => {
                    let m = self.load_module(full, part, parent)?;
                    if let Some(p) = parent {
                        let q = self.intern(part);
                        self.setattr(p, q, m)?;
                    }
                    m
                }
            };
            parent = Some(m);
            result = m;
        }
        Ok(result)
    }

    fn load_module(&mut self, full: &str, part: &str, parent: Option<Value>) -> PyResult<Value> {
        if parent.is_none() {
            if let Some(m) = self.load_builtin_module(full, full)? {
                return Ok(m);
            }
        }
        // Where to look: the parent package's __path__, or sys.path.
        let dirs: Vec<String> = match parent {
            Some(p) => {
                let path = self.getattr_opt(p, qstr::DUNDER_PATH)?;
                match path {
                    Some(pv) => self.string_list(pv),
                    None => {
                        let pname = String::from(full.rsplit_once('.').map_or("", |x| x.0));
                        return Err(self.module_not_found(full, Some(&pname)));
                    }
                }
            }
            None => {
                let name = self.intern_static("path");
                let sp = self.dict_get_q(self.sys_dict, name);
                sp.map(|p| self.string_list(p)).unwrap_or_default()
            }
        };
        for dir in &dirs {
            let base = if dir.is_empty() || dir == "." {
                String::from(part)
            } else {
                format!("{}/{}", dir, part)
            };
            let init = format!("{}/__init__.py", base);
            if let Some(src) = self.port.read_file(&init) {
                return self.exec_module_source(full, &init, &src, Some(&base));
            }
            let file = format!("{}.py", base);
            if let Some(src) = self.port.read_file(&file) {
                return self.exec_module_source(full, &file, &src, None);
            }
            let mpy = format!("{}.mpy", base);
            if let Some(data) = self.port.read_file(&mpy) {
                return self.exec_module_mpy(full, &mpy, &data);
            }
            if self.port.is_dir(&base) {
                // A namespace package: a directory without __init__.py.
                let m = self.new_module(full)?;
                let mv = Value::obj(m);
                let dict = self.module_dict(mv).unwrap_or(m);
                let p = self.new_str(&base)?;
                let l = self.new_list(alloc::vec![p])?;
                self.dict_set_q(dict, qstr::DUNDER_PATH, l)?;
                self.sys_modules_set(full, mv)?;
                return Ok(mv);
            }
        }
        if parent.is_none() {
            // Pycopy's weak links: `import json` finds `ujson`.
            let u = format!("u{}", full);
            if let Some(m) = self.load_builtin_module(&u, full)? {
                return Ok(m);
            }
        }
        Err(self.module_not_found(full, None))
    }

    fn module_not_found(&mut self, name: &str, _parent: Option<&str>) -> PyErr {
        self.new_error(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{}'", name),
        )
    }

    /// The strings of a list/tuple value.
    fn string_list(&self, v: Value) -> Vec<String> {
        self.seq_items(v)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|x| self.str_of(*x).map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Instantiate a built-in module (once) and register it under `as_name`.
    fn load_builtin_module(&mut self, name: &str, as_name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.sys_modules_get(name) {
            if name != as_name {
                self.sys_modules_set(as_name, m)?;
            }
            return Ok(Some(m));
        }
        let Some(def) = self.module_defs.iter().find(|d| d.name == name).copied() else {
            return Ok(None);
        };
        let m = self.new_module(name)?;
        let mv = Value::obj(m);
        self.sys_modules_set(name, mv)?;
        if name != as_name {
            self.sys_modules_set(as_name, mv)?;
        }
        let dict = self.module_dict(mv).unwrap_or(m);
        if let Err(e) = (def.init)(self, dict) {
            self.sys_modules_remove(name);
            return Err(e);
        }
        Ok(Some(mv))
    }

    /// Compile and run a module's source in a new module object.
    fn exec_module_source(
        &mut self,
        name: &str,
        file: &str,
        src: &[u8],
        package_dir: Option<&str>,
    ) -> PyResult<Value> {
        let m = self.new_module(name)?;
        let mv = Value::obj(m);
        let dict = self.module_dict(mv).unwrap_or(m);
        let f = self.new_str(file)?;
        self.dict_set_q(dict, qstr::DUNDER_FILE, f)?;
        if let Some(dir) = package_dir {
            let p = self.new_str(dir)?;
            let l = self.new_list(alloc::vec![p])?;
            self.dict_set_q(dict, qstr::DUNDER_PATH, l)?;
        }
        self.sys_modules_set(name, mv)?;
        let result = (|| {
            let code = self.compile_bytes(src, file, Mode::Module)?;
            self.exec_code(code, dict)
        })();
        if let Err(e) = result {
            self.sys_modules_remove(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_modules_get(name).unwrap_or(mv))
    }

    fn exec_module_mpy(&mut self, name: &str, file: &str, data: &[u8]) -> PyResult<Value> {
        let m = self.new_module(name)?;
        let mv = Value::obj(m);
        let dict = self.module_dict(mv).unwrap_or(m);
        let f = self.new_str(file)?;
        self.dict_set_q(dict, qstr::DUNDER_FILE, f)?;
        self.sys_modules_set(name, mv)?;
        let result = (|| {
            let code = crate::mpy::load(self, data, file)?;
            self.exec_code(code, dict)
        })();
        if let Err(e) = result {
            self.sys_modules_remove(name);
            return Err(e);
        }
        Ok(self.sys_modules_get(name).unwrap_or(mv))
    }

    /// Run module-level code with `globals` as its namespace.
    pub fn exec_code(&mut self, code: Value, globals: ObjRef) -> PyResult<Value> {
        self.exec_code_with_locals(code, globals, Value::obj(globals))
    }

    pub fn exec_code_with_locals(
        &mut self,
        code: Value,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Value> {
        let Some(Object::Code(c)) = self.obj(code) else {
            return Err(self.new_error(ExcKind::TypeError, "expected a code object"));
        };
        let c = c.clone();
        let code_ref = code.as_obj().unwrap_or(globals);
        if self.dict_get_q(globals, qstr::DUNDER_BUILTINS).is_none() {
            let b = self.builtins_module;
            self.dict_set_q(globals, qstr::DUNDER_BUILTINS, b)?;
        }
        let nlocals = c.nlocals();
        let ncells = c.ncells();
        let mut regs = self.frame_regs(nlocals + ncells + c.max_stack as usize);
        regs.resize(nlocals + ncells, Value::NULL);
        for i in 0..c.cellvars.len() {
            let cell = self.alloc(Object::Cell(Value::NULL))?;
            regs[nlocals + i] = Value::obj(cell);
        }
        let is_ns = c.flags & CO_NAMESPACE != 0;
        let frame = super::frame::Frame {
            code: c,
            code_ref,
            ip: 0,
            regs,
            stack_base: nlocals + ncells,
            globals,
            locals: if is_ns { locals } else { Value::NULL },
            blocks: Vec::new(),
            func: Value::NULL,
            is_entry: true,
            generator: None,
            return_override: Value::NULL,
        };
        self.run_frame(frame)
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: Qstr) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        // Maybe a submodule not imported yet.
        let mname = self
            .getattr_opt(module, qstr::DUNDER_NAME)?
            .and_then(|n| self.str_of(n).map(String::from));
        let n = String::from(self.qstr_str(name));
        if let Some(mname) = mname {
            let full = format!("{}.{}", mname, n);
            if self.getattr_opt(module, qstr::DUNDER_PATH)?.is_some() {
                match self.import_dotted(&full) {
                    Ok(m) => return Ok(m),
                    Err(e) if self.exception_is(e.0, ExcKind::ImportError) => {}
                    Err(e) => return Err(e),
                }
            }
            return Err(self.new_error(
                ExcKind::ImportError,
                format!("cannot import name '{}' from '{}'", n, mname),
            ));
        }
        Err(self.new_error(ExcKind::ImportError, format!("cannot import name '{}'", n)))
    }

    /// `from module import *` into `target`.
    pub(crate) fn import_star(&mut self, module: Value, target: ObjRef) -> PyResult<()> {
        let Some(dict) = self.module_dict(module) else {
            return Err(self.new_error(ExcKind::TypeError, "import * from a non-module"));
        };
        if let Some(all) = self.dict_get_q(dict, qstr::DUNDER_ALL) {
            let names = self.collect_iterable(all)?;
            for n in names {
                let Some(s) = self.str_of(n).map(String::from) else {
                    continue;
                };
                let q = self.intern(&s);
                // A name in __all__ may be a submodule not imported yet.
                let v = self.import_from(module, q)?;
                self.dict_set_q(target, q, v)?;
            }
            return Ok(());
        }
        let entries: Vec<(Value, Value)> = self
            .table(dict)
            .map(|t| t.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        for (k, v) in entries {
            if self.str_of(k).is_some_and(|s| !s.starts_with('_')) {
                self.dict_set(target, k, v)?;
            }
        }
        Ok(())
    }
}
