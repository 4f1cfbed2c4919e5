//! Calling: argument binding for Python functions, native functions,
//! bound methods, classes and callable instances.

use super::frame::Frame;
use super::interp::Exit;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::bytecode::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::heap::ObjRef;
use crate::objects::generator::{GenKind, GenState, GeneratorObj};
use crate::objects::native::{NativeFn, NativeFunc, VARARGS};
use crate::objects::{FunctionObj, Object};
use crate::qstr::Qstr;
use crate::value::{Unpacked, Value};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Keyword arguments of a call as (name, value) pairs.
pub type Kwargs = [(Value, Value)];

impl Vm {
    /// Call any callable with positional and keyword arguments.
    pub fn call(&mut self, func: Value, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
        match func.unpack() {
            Unpacked::Native(nf) => self.call_native(nf, args, kwargs),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Function(_) => {
                    let frame = self.make_frame(r, args, kwargs)?;
                    self.run_function_frame(r, frame)
                }
                Object::BoundMethod(m) => {
                    let (f, s) = (m.func, m.self_);
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(s);
                    all.extend_from_slice(args);
                    self.call(f, &all, kwargs)
                }
                Object::Type(t) => {
                    // A metaclass may define __call__.
                    if let Some(meta) = t.metaclass {
                        if let Some(m) = self.lookup_user_attr(meta, crate::qstr::CALL) {
                            let mut all = Vec::with_capacity(args.len() + 1);
                            all.push(func);
                            all.extend_from_slice(args);
                            return self.call(m, &all, kwargs);
                        }
                    }
                    self.call_type(r, args, kwargs)
                }
                Object::ClassMethod(_) | Object::StaticMethod(_) => {
                    let inner = match self.heap.get(r) {
                        Object::StaticMethod(f) | Object::ClassMethod(f) => *f,
                        _ => Value::NONE,
                    };
                    self.call(inner, args, kwargs)
                }
                _ => {
                    if let Some(m) = self.type_attr(func, crate::qstr::CALL) {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(func);
                        all.extend_from_slice(args);
                        return self.call(m, &all, kwargs);
                    }
                    Err(self.not_callable(func))
                }
            },
            _ => Err(self.not_callable(func)),
        }
    }

    fn not_callable(&mut self, func: Value) -> PyErr {
        let t = self.type_name(func);
        self.new_error(
            ExcKind::TypeError,
            format!("'{}' object is not callable", t),
        )
    }

    pub fn call_native(
        &mut self,
        nf: &'static NativeFunc,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<Value> {
        let n = args.len();
        if n < nf.min_args as usize || (nf.max_args != VARARGS && n > nf.max_args as usize) {
            return Err(self.native_arg_count_error(nf, n));
        }
        match nf.func {
            NativeFn::Pos(f) => {
                if !kwargs.is_empty() {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!("{}() takes no keyword arguments", nf.name),
                    ));
                }
                f(self, args)
            }
            NativeFn::Kw(f) => f(self, args, kwargs),
        }
    }

    fn native_arg_count_error(&mut self, nf: &NativeFunc, n: usize) -> PyErr {
        let is_method = nf.binding == crate::objects::native::Binding::Method;
        let adj = if is_method { 1 } else { 0 };
        let (lo, hi) = (
            nf.min_args as usize - adj.min(nf.min_args as usize),
            nf.max_args,
        );
        let given = n.saturating_sub(adj);
        let msg = if hi == VARARGS {
            format!(
                "{}() takes at least {} arguments ({} given)",
                nf.name, lo, given
            )
        } else if lo == hi as usize - adj {
            if lo == 0 {
                format!("{}() takes no arguments ({} given)", nf.name, given)
            } else if lo == 1 {
                format!("{}() takes exactly one argument ({} given)", nf.name, given)
            } else {
                format!(
                    "{}() takes exactly {} arguments ({} given)",
                    nf.name, lo, given
                )
            }
        } else if given < lo {
            format!(
                "{}() takes at least {} arguments ({} given)",
                nf.name, lo, given
            )
        } else {
            format!(
                "{}() takes at most {} arguments ({} given)",
                nf.name,
                hi as usize - adj,
                given
            )
        };
        self.new_error(ExcKind::TypeError, msg)
    }

    /// Call a method by name: `obj.name(*args)`.
    pub fn call_method(&mut self, obj: Value, name: Qstr, args: &[Value]) -> PyResult<Value> {
        let (m, s) = self.load_method(obj, name)?;
        self.call_loaded_method(m, s, args)
    }

    /// Like call_method, but Ok(None) when the attribute doesn't exist.
    pub fn call_method_opt(
        &mut self,
        obj: Value,
        name: Qstr,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.getattr_opt(obj, name)? {
            Some(m) => self.call(m, args, &[]).map(Some),
            None => Ok(None),
        }
    }

    fn call_loaded_method(&mut self, m: Value, s: Value, args: &[Value]) -> PyResult<Value> {
        if s.is_null() {
            self.call(m, args, &[])
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(s);
            all.extend_from_slice(args);
            self.call(m, &all, &[])
        }
    }

    /// `type(obj).name` bound to obj, for special methods (__exit__...).
    pub fn special_bound(&mut self, obj: Value, name: Qstr) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                let t = self.type_name(obj);
                let n = String::from(self.qstr_str(name));
                let msg = if n == "__enter__" || n == "__exit__" {
                    format!(
                        "'{}' object does not support the context manager protocol",
                        t
                    )
                } else {
                    format!("'{}' object has no attribute '{}'", t, n)
                };
                Err(self.new_error(ExcKind::TypeError, msg))
            }
        }
    }

    /// Run a function's fresh frame: generators become generator objects,
    /// other functions run to completion.
    fn run_function_frame(&mut self, func: ObjRef, frame: Frame) -> PyResult<Value> {
        let flags = frame.code.flags;
        if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0 {
            return self.make_generator(func, frame);
        }
        self.run_frame(frame)
    }

    /// Push a frame as an entry frame and run it to completion.
    pub fn run_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        if self.frames.len() >= self.config.max_frames {
            self.recycle_frame(frame);
            return Err(self.new_error(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.enter_native()?;
        frame.is_entry = true;
        self.frames.push(frame);
        let r = self.run();
        self.leave_native();
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    fn make_generator(&mut self, func: ObjRef, frame: Frame) -> PyResult<Value> {
        let flags = frame.code.flags;
        let kind = if flags & CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let name = match self.heap.get(func) {
            Object::Function(f) => f.name,
            _ => frame.code.name,
        };
        let qualname = frame.code.qualname;
        let g = self.alloc(Object::Generator(Box::new(GeneratorObj {
            frame: None,
            state: GenState::Created,
            kind,
            name,
            qualname,
        })))?;
        let mut frame = frame;
        frame.generator = Some(g);
        if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
            gen.frame = Some(Box::new(frame));
        }
        Ok(Value::obj(g))
    }

    /// CallFunction / CallFunctionKw from the interpreter: `func` sits
    /// below `argc` arguments (and the kw-names tuple when `names` is not
    /// Null); `total` stack items are consumed. Python functions get a new
    /// frame on the same loop.
    pub(crate) fn call_from_stack_impl(
        &mut self,
        func: Value,
        self_arg: Value,
        argc: usize,
        total: usize,
        names: Value,
    ) -> PyResult<Value> {
        let frame = self.frames.last().ok_or(PyErr(Value::NONE))?;
        let kw_off = if names.is_null() { 0 } else { 1 };
        let all = frame.top_n(argc + kw_off);
        let nkw = if names.is_null() {
            0
        } else {
            self.tuple_items(names).map_or(0, |t| t.len())
        };
        if all.len() < argc + kw_off || nkw > argc {
            // Only damaged bytecode gets here.
            return Err(self.new_error(ExcKind::SystemError, "bad call stack"));
        }
        let args_slice = &all[..argc];
        let npos = argc - nkw;
        let mut pos: Vec<Value> = Vec::with_capacity(npos + 1);
        if !self_arg.is_null() {
            pos.push(self_arg);
        }
        pos.extend_from_slice(&args_slice[..npos]);
        let mut kw: Vec<(Value, Value)> = Vec::new();
        if nkw > 0 {
            let vals = &args_slice[npos..];
            if let Some(ns) = self.tuple_items(names) {
                kw = ns.iter().copied().zip(vals.iter().copied()).collect();
            }
        }
        let _ = total;
        self.call(func, &pos, &kw)
    }

    pub(crate) fn call_from_stack(
        &mut self,
        func: Value,
        argc: usize,
        total: usize,
        names: Value,
    ) -> PyResult<super::interp::Flow> {
        self.call_stack_common(func, Value::NULL, argc, total, names)
    }

    pub(crate) fn call_method_from_stack(
        &mut self,
        argc: usize,
        has_kw: bool,
    ) -> PyResult<super::interp::Flow> {
        let Some(frame) = self.frames.last() else {
            return Ok(super::interp::Flow::Next);
        };
        let kw_off = has_kw as usize;
        let self_v = frame.peek(argc + kw_off);
        let meth = frame.peek(argc + kw_off + 1);
        let names = if has_kw { frame.top() } else { Value::NULL };
        self.call_stack_common(meth, self_v, argc, argc + kw_off + 2, names)
    }

    /// Shared by CallFunction and CallMethod: Python functions are pushed
    /// as new frames of the running loop; anything else is called now.
    fn call_stack_common(
        &mut self,
        func: Value,
        self_v: Value,
        argc: usize,
        total: usize,
        names: Value,
    ) -> PyResult<super::interp::Flow> {
        // Unwrap bound methods of Python functions to reach the fast path.
        let (mut func, mut self_v) = (func, self_v);
        if self_v.is_null() {
            if let Some(Object::BoundMethod(m)) = self.obj(func) {
                if matches!(self.obj(m.func), Some(Object::Function(_))) {
                    self_v = m.self_;
                    func = m.func;
                }
            }
        }
        // A class with a Python __init__ and the default __new__: create the
        // instance and run __init__ as a frame of this loop (constructors
        // that build nested objects don't recurse on the Rust stack).
        if self_v.is_null() {
            if let Some(cls) = func.as_obj() {
                if let Some(init) = self.inline_init(cls) {
                    if self.frames.len() >= self.config.max_frames {
                        return Err(self
                            .new_error(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
                    }
                    let instance = self.object_new(cls)?;
                    self.heap.temp_roots.push(instance);
                    let mut new_frame =
                        match self.simple_frame_from_stack(init, instance, argc, names) {
                            Some(f) => f,
                            None => self.frame_from_stack(init, instance, argc, names)?,
                        };
                    new_frame.return_override = instance;
                    if let Some(caller) = self.frames.last_mut() {
                        caller.drop_n(total);
                    }
                    self.frames.push(new_frame);
                    return Ok(super::interp::Flow::Next);
                }
            }
        }
        if let Some(fr) = func.as_obj() {
            if let Object::Function(f) = self.heap.get(fr) {
                let is_gen = f.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0;
                if !is_gen {
                    if self.frames.len() >= self.config.max_frames {
                        return Err(self
                            .new_error(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
                    }
                    let new_frame = match self.simple_frame_from_stack(fr, self_v, argc, names) {
                        Some(f) => f,
                        None => self.frame_from_stack(fr, self_v, argc, names)?,
                    };
                    if let Some(caller) = self.frames.last_mut() {
                        caller.drop_n(total);
                    }
                    self.frames.push(new_frame);
                    return Ok(super::interp::Flow::Next);
                }
            }
        }
        let r = self.call_from_stack_impl(func, self_v, argc, total, names)?;
        if let Some(caller) = self.frames.last_mut() {
            caller.drop_n(total);
            caller.push(r);
        }
        Ok(super::interp::Flow::Next)
    }

    /// For a class whose instances are plain objects built by the default
    /// __new__ and whose __init__ is a Python function (not a generator),
    /// that function.
    fn inline_init(&self, cls: ObjRef) -> Option<ObjRef> {
        let Object::Type(t) = self.heap.get(cls) else {
            return None;
        };
        if t.builtin || t.metaclass.is_some() || t.kind != crate::objects::type_::BaseKind::Object {
            return None;
        }
        if let Some((_, owner)) = self.lookup_in_mro_owner(cls, crate::qstr::NEW) {
            if owner != self.types.object {
                return None;
            }
        }
        let init = self.lookup_in_mro(cls, crate::qstr::INIT)?.as_obj()?;
        match self.heap.get(init) {
            Object::Function(f)
                if f.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 =>
            {
                Some(init)
            }
            _ => None,
        }
    }

    /// The common call: positional arguments only, exactly the function's
    /// positional parameters, no cells of its own. The arguments go straight
    /// from the caller's stack into the new frame (no intermediate vectors,
    /// no allocation). None when the general binding is needed.
    fn simple_frame_from_stack(
        &mut self,
        func: ObjRef,
        self_v: Value,
        argc: usize,
        names: Value,
    ) -> Option<Frame> {
        if !names.is_null() {
            return None;
        }
        let Object::Function(f) = self.heap.get(func) else {
            return None;
        };
        let code = &f.code;
        let nargs = argc + !self_v.is_null() as usize;
        if code.flags & (CO_VARARGS | CO_VARKEYWORDS) != 0
            || code.kwonly_count != 0
            || !code.cellvars.is_empty()
            || nargs != code.argcount as usize
        {
            return None;
        }
        let (code, code_ref, globals) = (code.clone(), f.code_ref, f.globals);
        let closure_len = f.closure.len();
        let nlocals = code.nlocals();
        let ncells = code.ncells();
        if closure_len != ncells {
            return None;
        }
        let mut regs = self.frame_regs(nlocals + ncells + code.max_stack as usize);
        let caller = self.frames.last()?;
        if !self_v.is_null() {
            regs.push(self_v);
        }
        regs.extend_from_slice(caller.top_n(argc));
        regs.resize(nlocals, Value::NULL);
        if let Object::Function(f) = self.heap.get(func) {
            regs.extend_from_slice(&f.closure);
        }
        Some(Frame {
            code,
            code_ref,
            ip: 0,
            regs,
            stack_base: nlocals + ncells,
            globals,
            locals: Value::NULL,
            blocks: Vec::new(),
            func: Value::obj(func),
            is_entry: false,
            generator: None,
            return_override: Value::NULL,
        })
    }

    /// Bind arguments taken from the caller's stack into a new frame.
    fn frame_from_stack(
        &mut self,
        func: ObjRef,
        self_v: Value,
        argc: usize,
        names: Value,
    ) -> PyResult<Frame> {
        let kw_off = if names.is_null() { 0 } else { 1 };
        let Some(caller) = self.frames.last() else {
            return Err(PyErr(Value::NONE));
        };
        let all = caller.top_n(argc + kw_off);
        let nkw = if names.is_null() {
            0
        } else {
            self.tuple_items(names).map_or(0, |t| t.len())
        };
        if all.len() < argc + kw_off || nkw > argc {
            return Err(self.new_error(ExcKind::SystemError, "bad call stack"));
        }
        let args_slice: Vec<Value> = all[..argc].to_vec();
        let npos = argc - nkw;
        let mut pos: Vec<Value> = Vec::with_capacity(npos + 1);
        if !self_v.is_null() {
            pos.push(self_v);
        }
        pos.extend_from_slice(&args_slice[..npos]);
        let kw: Vec<(Value, Value)> = if nkw > 0 {
            match self.tuple_items(names) {
                Some(ns) => ns
                    .iter()
                    .copied()
                    .zip(args_slice[npos..].iter().copied())
                    .collect(),
                None => Vec::new(),
            }
        } else {
            Vec::new()
        };
        self.make_frame(func, &pos, &kw)
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let pos: Vec<Value> = match self.seq_items(args) {
            Some(s) => s.to_vec(),
            None => self.collect_iterable(args)?,
        };
        let mut kw: Vec<(Value, Value)> = Vec::new();
        if let Some(d) = kwargs.as_obj() {
            if let Some(t) = self.table(d) {
                kw = t.iter().map(|e| (e.key, e.value)).collect();
            }
            for (k, _) in &kw {
                if !self.is_str(*k) {
                    return Err(self.new_error(ExcKind::TypeError, "keywords must be strings"));
                }
            }
        }
        self.call(func, &pos, &kw)
    }

    /// Bind `args`/`kwargs` to the parameters of a Python function and
    /// build its frame.
    pub(crate) fn make_frame(
        &mut self,
        func: ObjRef,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<Frame> {
        let Object::Function(f) = self.heap.get(func) else {
            return Err(self.new_error(ExcKind::TypeError, "not a function"));
        };
        let code = f.code.clone();
        let code_ref = f.code_ref;
        let globals = f.globals;
        let nlocals = code.nlocals();
        let ncells = code.ncells();
        let argcount = code.argcount as usize;
        let mut regs = self.frame_regs(nlocals + ncells + code.max_stack as usize);
        regs.resize(nlocals + ncells, Value::NULL);

        let simple = kwargs.is_empty()
            && args.len() == argcount
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && code.kwonly_count == 0;
        if simple {
            regs[..argcount].copy_from_slice(args);
        } else {
            self.bind_args(func, &mut regs, args, kwargs)?;
        }
        // Cells: fresh ones for our cellvars (initialised from parameters
        // that are captured), then the closure's cells.
        if ncells > 0 {
            for i in 0..code.cellvars.len() {
                let init = match code.cell_params.get(i).copied().flatten() {
                    Some(p) => regs.get(p as usize).copied().unwrap_or(Value::NULL),
                    None => Value::NULL,
                };
                let c = self.alloc(Object::Cell(init))?;
                regs[nlocals + i] = Value::obj(c);
            }
            if let Object::Function(f) = self.heap.get(func) {
                for (j, c) in f.closure.iter().enumerate() {
                    if let Some(slot) = regs.get_mut(nlocals + code.cellvars.len() + j) {
                        *slot = *c;
                    }
                }
            }
        }
        let stack_base = nlocals + ncells;
        Ok(Frame {
            code,
            code_ref,
            ip: 0,
            regs,
            stack_base,
            globals,
            locals: Value::NULL,
            blocks: Vec::new(),
            func: Value::obj(func),
            is_entry: false,
            generator: None,
            return_override: Value::NULL,
        })
    }

    fn bind_args(
        &mut self,
        func: ObjRef,
        regs: &mut [Value],
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<()> {
        let Object::Function(f) = self.heap.get(func) else {
            return Ok(());
        };
        let f: &FunctionObj = f;
        let code = f.code.clone();
        let defaults: Vec<Value> = f.defaults.to_vec();
        let kwdefaults = f.kwdefaults;
        // Only error messages name the function.
        let fname = code.qualname;
        let argcount = code.argcount as usize;
        let posonly = code.posonly_count as usize;
        let kwonly = code.kwonly_count as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;

        // Positional.
        let npos = args.len().min(argcount);
        regs[..npos].copy_from_slice(&args[..npos]);
        if args.len() > argcount {
            if has_varargs {
                let extra = self.new_tuple(args[argcount..].to_vec())?;
                regs[varargs_slot] = extra;
            } else {
                let given = args.len();
                let ndef = defaults.len();
                let msg = if ndef > 0 {
                    format!(
                        "{}() takes from {} to {} positional arguments but {} were given",
                        self.qstr_str(fname),
                        argcount - ndef,
                        argcount,
                        given
                    )
                } else {
                    format!(
                        "{}() takes {} positional argument{} but {} {} given",
                        self.qstr_str(fname),
                        argcount,
                        if argcount == 1 { "" } else { "s" },
                        given,
                        if given == 1 { "was" } else { "were" }
                    )
                };
                return Err(self.new_error(ExcKind::TypeError, msg));
            }
        } else if has_varargs {
            regs[varargs_slot] = self.types.empty_tuple;
        }

        // Keywords.
        let kwdict = if has_varkw {
            let d = self.new_dict()?;
            regs[varkw_slot] = Value::obj(d);
            Some(d)
        } else {
            None
        };
        for &(name, value) in kwargs {
            let slot = match self.str_of(name) {
                Some(text) => code.varnames[posonly..argcount + kwonly]
                    .iter()
                    .position(|q| self.qstr_str(*q) == text)
                    .map(|p| p + posonly),
                None => return Err(self.new_error(ExcKind::TypeError, "keywords must be strings")),
            };
            // The keyword's text, for error messages only.
            let text = |vm: &Vm| String::from(vm.str_of(name).unwrap_or_default());
            match slot {
                Some(s) => {
                    if !regs[s].is_null() {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            format!(
                                "{}() got multiple values for argument '{}'",
                                self.qstr_str(fname),
                                text(self)
                            ),
                        ));
                    }
                    regs[s] = value;
                }
                None => match kwdict {
                    Some(d) => {
                        if self.dict_get(d, name)?.is_some() {
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                format!(
                                    "{}() got multiple values for argument '{}'",
                                    self.qstr_str(fname),
                                    text(self)
                                ),
                            ));
                        }
                        self.dict_set(d, name, value)?;
                    }
                    None => {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            format!(
                                "{}() got an unexpected keyword argument '{}'",
                                self.qstr_str(fname),
                                text(self)
                            ),
                        ))
                    }
                },
            }
        }

        // Defaults for missing positional parameters.
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing: Vec<Qstr> = Vec::new();
        for i in 0..argcount {
            if regs[i].is_null() {
                if i >= first_default {
                    regs[i] = defaults[i - first_default];
                } else {
                    missing.push(code.varnames[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args_error(fname, &missing, "positional"));
        }
        // Keyword-only defaults.
        for (i, slot) in regs
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if slot.is_null() {
                let name = code.varnames[i];
                let def = match kwdefaults.as_obj() {
                    Some(d) => self.dict_get_q(d, name),
                    None => None,
                };
                match def {
                    Some(v) => *slot = v,
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args_error(fname, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_args_error(&mut self, fname: Qstr, missing: &[Qstr], what: &str) -> PyErr {
        let names: Vec<String> = missing
            .iter()
            .map(|q| format!("'{}'", self.qstr_str(*q)))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => {
                let (last, rest) = names
                    .split_last()
                    .map(|(l, r)| (l.clone(), r.join(", ")))
                    .unwrap_or_default();
                format!("{}, and {}", rest, last)
            }
        };
        self.new_error(
            ExcKind::TypeError,
            format!(
                "{}() missing {} required {} argument{}: {}",
                self.qstr_str(fname),
                missing.len(),
                what,
                if missing.len() == 1 { "" } else { "s" },
                list
            ),
        )
    }
}
