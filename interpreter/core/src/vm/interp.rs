//! The interpreter loop. Python-to-Python calls push a frame and continue
//! in the same loop; only native code calling back into Python (and
//! generator resumption) enters `run` recursively.

use super::frame::{Block, BlockKind, Frame};
use super::{ExcKind, PyErr, PyResult, Vm, PENDING_INTERRUPT};
use crate::bytecode::{self as bc, Op};
use crate::heap::ObjRef;
use crate::objects::generator::GenState;
use crate::objects::Object;
use crate::qstr::{self, Qstr};
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::Ordering;

/// Traceback entries kept per exception.
const MAX_TRACEBACK: usize = 1000;

/// How the entry frame of a `run` left.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What an instruction asks the loop to do next.
pub(crate) enum Flow {
    Next,
    Exit(Exit),
}

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => return Ok(Flow::Exit(Exit::Return(Value::NONE))),
        }
    };
}

impl Vm {
    /// Run the frame on top of the frame stack (pushed by the caller with
    /// `is_entry` set) until it returns or yields.
    pub(crate) fn run(&mut self) -> PyResult<Exit> {
        let temp_mark = self.heap.temp_roots.len();
        loop {
            let result = self.execute(temp_mark);
            match result {
                Ok(exit) => {
                    // The value leaves the frames that kept it alive: the
                    // Rust caller holds it now.
                    let (Exit::Return(v) | Exit::Yield(v)) = exit;
                    self.heap.temp_roots.push(v);
                    return Ok(exit);
                }
                Err((err, reraise)) => {
                    if let Err(e) = self.unwind(err, reraise) {
                        self.heap.temp_roots.push(e.0);
                        return Err(e);
                    }
                }
            }
        }
    }

    /// Execute instructions until the entry frame exits or an exception
    /// is raised (returned with whether it was a re-raise).
    fn execute(&mut self, temp_mark: usize) -> Result<Exit, (PyErr, bool)> {
        loop {
            self.heap.temp_roots.truncate(temp_mark);
            match self.step() {
                Ok(Flow::Next) => {}
                Ok(Flow::Exit(e)) => return Ok(e),
                Err(e) => {
                    let reraise = self.reraising;
                    self.reraising = false;
                    return Err((e, reraise));
                }
            }
        }
    }

    /// Find a handler for `err`: in the top frame's block stack, else pop
    /// frames until the entry frame, whose exit returns the error.
    pub(crate) fn unwind(&mut self, err: PyErr, reraise: bool) -> PyResult<()> {
        let exc = err.0;
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(err);
            };
            if !(first && reraise) {
                let entry = crate::objects::exception::TracebackEntry {
                    file: frame.code.filename,
                    line: frame.line(),
                    name: frame.code.name,
                };
                if let Some(Object::Exception(e)) = exc.as_obj().and_then(|r| self.heap.get_mut(r))
                {
                    // Bounded: a recursion-depth error mustn't hold one
                    // entry per frame forever.
                    if e.traceback.len() >= MAX_TRACEBACK {
                        e.traceback.pop();
                    }
                    e.traceback.push(entry);
                }
            }
            first = false;
            let frame = match self.frames.last_mut() {
                Some(f) => f,
                None => return Err(err),
            };
            while let Some(block) = frame.blocks.pop() {
                match block.kind {
                    BlockKind::Handler => continue,
                    BlockKind::Except | BlockKind::Finally => {
                        let depth = frame.stack_base + block.depth as usize;
                        frame.regs.truncate(depth);
                        frame.blocks.push(Block {
                            kind: BlockKind::Handler,
                            handler: 0,
                            depth: block.depth,
                            exc,
                        });
                        frame.push(exc);
                        frame.ip = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            // No handler here: leave the frame.
            let Some(frame) = self.frames.pop() else {
                return Err(err);
            };
            if let Some(g) = frame.generator {
                self.finish_generator(g);
            }
            let entry = frame.is_entry;
            self.recycle_frame(frame);
            if entry {
                return Err(err);
            }
        }
    }

    pub(crate) fn finish_generator(&mut self, g: ObjRef) {
        if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
            gen.state = GenState::Finished;
            gen.frame = None;
        }
    }

    /// The exception being handled by the innermost active handler.
    pub fn current_handled_exception(&self) -> Option<Value> {
        for frame in self.frames.iter().rev() {
            if let Some(b) = frame
                .blocks
                .iter()
                .rev()
                .find(|b| b.kind == BlockKind::Handler)
            {
                return Some(b.exc);
            }
        }
        None
    }

    /// Ctrl-C and scheduled callbacks, checked at backward jumps and calls.
    #[inline]
    pub(crate) fn check_signals(&mut self) -> PyResult<()> {
        if PENDING_INTERRUPT.load(Ordering::Relaxed) {
            PENDING_INTERRUPT.store(false, Ordering::Relaxed);
            return Err(self.new_error_no_msg(ExcKind::KeyboardInterrupt));
        }
        if !self.scheduled.is_empty() && !self.running_scheduled {
            self.run_scheduled()?;
        }
        Ok(())
    }

    fn run_scheduled(&mut self) -> PyResult<()> {
        self.running_scheduled = true;
        let jobs = core::mem::take(&mut self.scheduled);
        let mut result = Ok(());
        for (f, arg) in jobs {
            if let Err(e) = self.call(f, &[arg], &[]) {
                result = Err(e);
                break;
            }
        }
        self.running_scheduled = false;
        result
    }

    fn name_error(&mut self, name: Qstr) -> PyErr {
        let n = String::from(self.qstr_str(name));
        self.new_error(ExcKind::NameError, format!("name '{}' is not defined", n))
    }

    /// One instruction.
    #[inline]
    fn step(&mut self) -> PyResult<Flow> {
        let frame = frame!(self);
        run_simple_ops(frame);
        let Some(&op) = frame.code.ops.get(frame.ip) else {
            // Falling off the end returns None (the compiler always emits a
            // Return, so this only guards against damaged code).
            return self.do_return(Value::NONE);
        };
        frame.ip += 1;
        match op {
            Op::Nop => {}
            Op::Pop => {
                frame.pop();
            }
            Op::Dup => {
                let v = frame.top();
                frame.push(v);
            }
            Op::Dup2 => {
                let (a, b) = (frame.peek(1), frame.peek(0));
                frame.push(a);
                frame.push(b);
            }
            Op::Rot2 => {
                let (a, b) = (frame.pop(), frame.pop());
                frame.push(a);
                frame.push(b);
            }
            Op::Rot3 => {
                // [a, b, c] -> [c, a, b]
                let c = frame.pop();
                let b = frame.pop();
                let a = frame.pop();
                frame.push(c);
                frame.push(a);
                frame.push(b);
            }
            Op::Rot4 => {
                let d = frame.pop();
                let c = frame.pop();
                let b = frame.pop();
                let a = frame.pop();
                frame.push(d);
                frame.push(a);
                frame.push(b);
                frame.push(c);
            }
            Op::LoadConst(i) => {
                let v = frame
                    .code
                    .consts
                    .get(i as usize)
                    .copied()
                    .unwrap_or(Value::NONE);
                frame.push(v);
            }
            Op::LoadFast(i) => {
                let v = frame.regs.get(i as usize).copied().unwrap_or(Value::NULL);
                if v.is_null() {
                    let name = frame
                        .code
                        .varnames
                        .get(i as usize)
                        .copied()
                        .unwrap_or(qstr::EMPTY);
                    return Err(self.unbound_local(name));
                }
                frame.push(v);
            }
            Op::StoreFast(i) => {
                let v = frame.pop();
                if let Some(slot) = frame.regs.get_mut(i as usize) {
                    *slot = v;
                }
            }
            Op::DeleteFast(i) => {
                let i = i as usize;
                if frame.regs.get(i).is_none_or(|v| v.is_null()) {
                    let name = frame.code.varnames.get(i).copied().unwrap_or(qstr::EMPTY);
                    return Err(self.unbound_local(name));
                }
                frame.regs[i] = Value::NULL;
            }
            Op::LoadDeref(i) => {
                let cell = frame
                    .regs
                    .get(frame.code.nlocals() + i as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                let v = self.cell_get(cell);
                if v.is_null() {
                    return Err(self.unbound_deref(i));
                }
                frame!(self).push(v);
            }
            Op::LoadClassDeref(i) => {
                let locals = frame.locals;
                let cell = frame
                    .regs
                    .get(frame.code.nlocals() + i as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                let name = self.deref_name(i);
                let mut v = Value::NULL;
                if let Some(d) = locals.as_obj() {
                    if let Some(x) = self.dict_get_q(d, name) {
                        v = x;
                    }
                }
                if v.is_null() {
                    v = self.cell_get(cell);
                }
                if v.is_null() {
                    return Err(self.unbound_deref(i));
                }
                frame!(self).push(v);
            }
            Op::StoreDeref(i) => {
                let v = frame.pop();
                let cell = frame
                    .regs
                    .get(frame.code.nlocals() + i as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                self.cell_set(cell, v);
            }
            Op::DeleteDeref(i) => {
                let cell = frame
                    .regs
                    .get(frame.code.nlocals() + i as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                if self.cell_get(cell).is_null() {
                    return Err(self.unbound_deref(i));
                }
                self.cell_set(cell, Value::NULL);
            }
            Op::LoadClosure(i) => {
                let cell = frame
                    .regs
                    .get(frame.code.nlocals() + i as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                frame.push(cell);
            }
            Op::LoadGlobal(name) => {
                let globals = frame.globals;
                let v = match self.dict_get_q(globals, name) {
                    Some(v) => v,
                    None => match self.dict_get_q(self.builtins, name) {
                        Some(v) => v,
                        None => return Err(self.name_error(name)),
                    },
                };
                frame!(self).push(v);
            }
            Op::StoreGlobal(name) => {
                let v = frame.top();
                let globals = frame.globals;
                self.dict_set_q(globals, name, v)?;
                frame!(self).pop();
            }
            Op::DeleteGlobal(name) => {
                let globals = frame.globals;
                if self.dict_remove_q(globals, name).is_none() {
                    return Err(self.name_error(name));
                }
            }
            Op::LoadName(name) => {
                let (locals, globals) = (frame.locals, frame.globals);
                let v = self.load_name(locals, globals, name)?;
                frame!(self).push(v);
            }
            Op::StoreName(name) => {
                let v = frame.top();
                let target = frame.locals.as_obj().unwrap_or(frame.globals);
                self.dict_set_q(target, name, v)?;
                frame!(self).pop();
            }
            Op::DeleteName(name) => {
                let target = frame.locals.as_obj().unwrap_or(frame.globals);
                if self.dict_remove_q(target, name).is_none() {
                    return Err(self.name_error(name));
                }
            }
            Op::LoadAttr(name) => {
                let obj = frame.top();
                let v = self.getattr(obj, name)?;
                frame!(self).set_top(v);
            }
            Op::StoreAttr(name) => {
                let obj = frame.peek(0);
                let v = frame.peek(1);
                self.setattr(obj, name, v)?;
                frame!(self).drop_n(2);
            }
            Op::DeleteAttr(name) => {
                let obj = frame.top();
                self.delattr(obj, name)?;
                frame!(self).pop();
            }
            Op::LoadMethod(name) => {
                let obj = frame.top();
                let (m, s) = self.load_method(obj, name)?;
                let frame = frame!(self);
                frame.set_top(m);
                frame.push(s);
            }
            Op::CallMethod(argc) => {
                self.check_signals()?;
                return self.call_method_from_stack(argc as usize, false);
            }
            Op::CallMethodKw(argc) => {
                self.check_signals()?;
                return self.call_method_from_stack(argc as usize, true);
            }
            Op::CallFunction(argc) => {
                let argc = argc as usize;
                let func = frame.peek(argc);
                self.check_signals()?;
                return self.call_from_stack(func, argc, argc + 1, Value::NULL);
            }
            Op::CallFunctionKw(argc) => {
                let argc = argc as usize;
                let names = frame.top();
                let func = frame.peek(argc + 1);
                self.check_signals()?;
                return self.call_from_stack(func, argc, argc + 2, names);
            }
            Op::CallFunctionEx(has_kw) => {
                let kwargs = if has_kw { frame.top() } else { Value::NULL };
                let args = frame.peek(has_kw as usize);
                let func = frame.peek(has_kw as usize + 1);
                self.check_signals()?;
                let r = self.call_ex(func, args, kwargs)?;
                let frame = frame!(self);
                frame.drop_n(2 + has_kw as usize);
                frame.push(r);
            }
            Op::LoadSubscr => {
                let (obj, key) = (frame.peek(1), frame.peek(0));
                let v = self.getitem(obj, key)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(v);
            }
            Op::StoreSubscr => {
                // Stack: value, obj, key.
                let (v, obj, key) = (frame.peek(2), frame.peek(1), frame.peek(0));
                self.setitem(obj, key, v)?;
                frame!(self).drop_n(3);
            }
            Op::DeleteSubscr => {
                let (obj, key) = (frame.peek(1), frame.peek(0));
                self.delitem(obj, key)?;
                frame!(self).drop_n(2);
            }
            Op::BuildSlice(n) => {
                let n = n as usize;
                let (start, stop, step) = if n == 3 {
                    (frame.peek(2), frame.peek(1), frame.peek(0))
                } else {
                    (frame.peek(1), frame.peek(0), Value::NONE)
                };
                let s = self.alloc(Object::Slice(crate::objects::SliceObj {
                    start,
                    stop,
                    step,
                }))?;
                let frame = frame!(self);
                frame.drop_n(n);
                frame.push(Value::obj(s));
            }
            Op::Unary(u) => {
                let v = frame.top();
                let r = self.unary_op(u, v)?;
                frame!(self).set_top(r);
            }
            Op::Binary(b) => {
                let (x, y) = (frame.peek(1), frame.peek(0));
                let r = self.binary_op(b, x, y)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(r);
            }
            Op::Inplace(b) => {
                let (x, y) = (frame.peek(1), frame.peek(0));
                let r = self.inplace_op(b, x, y)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(r);
            }
            Op::Compare(c) => {
                let (x, y) = (frame.peek(1), frame.peek(0));
                let r = self.compare(c, x, y)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(r);
            }
            Op::Is(neg) => {
                let (x, y) = (frame.pop(), frame.pop());
                frame.push(Value::bool(x.is(y) != neg));
            }
            Op::In(neg) => {
                let (item, container) = (frame.peek(1), frame.peek(0));
                let r = self.contains(container, item)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(Value::bool(r != neg));
            }
            Op::ExceptionMatch => {
                let (exc, cls) = (frame.peek(1), frame.peek(0));
                let r = self.exception_matches_checked(exc, cls)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(Value::bool(r));
            }
            Op::Jump(t) => {
                let back = (t as usize) < frame.ip;
                frame.ip = t as usize;
                if back {
                    self.check_signals()?;
                }
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let jump_when = matches!(op, Op::PopJumpIfTrue(_));
                let v = frame.top();
                let truth = match v.as_bool() {
                    Some(b) => b,
                    None => self.is_true(v)?,
                };
                let frame = frame!(self);
                frame.pop();
                if truth == jump_when {
                    frame.ip = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                // `and` / `or`: keep the deciding operand, else drop it.
                let jump_when = matches!(op, Op::JumpIfTrueOrPop(_));
                let v = frame.top();
                let truth = self.is_true(v)?;
                let frame = frame!(self);
                if truth == jump_when {
                    frame.ip = t as usize;
                } else {
                    frame.pop();
                }
            }
            Op::GetIter => {
                let v = frame.top();
                let it = self.get_iter(v)?;
                frame!(self).set_top(it);
            }
            Op::ForIter(t) => {
                let it = frame.top();
                match self.iter_next(it)? {
                    Some(v) => frame!(self).push(v),
                    None => {
                        let frame = frame!(self);
                        frame.pop();
                        frame.ip = t as usize;
                    }
                }
            }
            Op::BuildTuple(n) => {
                let items = frame.top_n(n as usize).to_vec();
                let t = self.new_tuple(items)?;
                let frame = frame!(self);
                frame.drop_n(n as usize);
                frame.push(t);
            }
            Op::BuildList(n) => {
                let items = frame.top_n(n as usize).to_vec();
                let l = self.new_list(items)?;
                let frame = frame!(self);
                frame.drop_n(n as usize);
                frame.push(l);
            }
            Op::BuildSet(n) => {
                let items = frame.top_n(n as usize).to_vec();
                let s = self.new_set(&items, false)?;
                let frame = frame!(self);
                frame.drop_n(n as usize);
                frame.push(s);
            }
            Op::BuildMap(n) => {
                let items = frame.top_n(2 * n as usize).to_vec();
                let d = self.new_dict()?;
                for pair in items.chunks_exact(2) {
                    self.dict_set(d, pair[0], pair[1])?;
                }
                let frame = frame!(self);
                frame.drop_n(2 * n as usize);
                frame.push(Value::obj(d));
            }
            Op::ListAppend(n) => {
                let v = frame.top();
                let list = frame.peek(n as usize + 1);
                if let Some(r) = list.as_obj() {
                    crate::objects::list::append(self, r, v)?;
                }
                frame!(self).pop();
            }
            Op::SetAdd(n) => {
                let v = frame.top();
                let set = frame.peek(n as usize + 1);
                if let Some(r) = set.as_obj() {
                    self.set_add(r, v)?;
                }
                frame!(self).pop();
            }
            Op::MapAdd(n) => {
                // Stack: ..., dict, ..., key, value
                let (k, v) = (frame.peek(1), frame.peek(0));
                let d = frame.peek(n as usize + 2);
                if let Some(r) = d.as_obj() {
                    self.dict_set(r, k, v)?;
                }
                frame!(self).drop_n(2);
            }
            Op::ListExtend(n) => {
                let src = frame.top();
                let list = frame.peek(n as usize + 1);
                if let Some(r) = list.as_obj() {
                    crate::objects::list::extend(self, r, src)?;
                }
                frame!(self).pop();
            }
            Op::SetUpdate(n) => {
                let src = frame.top();
                let set = frame.peek(n as usize + 1);
                if let Some(r) = set.as_obj() {
                    crate::objects::set::update_from(self, r, src)?;
                }
                frame!(self).pop();
            }
            Op::DictUpdate(n) | Op::DictMerge(n) => {
                let src = frame.top();
                let d = frame.peek(n as usize + 1);
                if let Some(r) = d.as_obj() {
                    if matches!(op, Op::DictMerge(_)) {
                        crate::objects::dict::merge_kwargs(self, r, src)?;
                    } else {
                        crate::objects::dict::update_from(self, r, src)?;
                    }
                }
                frame!(self).pop();
            }
            Op::ListToTuple => {
                let l = frame.top();
                let items = self.seq_items(l).map(|s| s.to_vec()).unwrap_or_default();
                let t = self.new_tuple(items)?;
                frame!(self).set_top(t);
            }
            Op::UnpackSequence(n) => {
                let seq = frame.top();
                let items = self.unpack_exact(seq, n as usize)?;
                let frame = frame!(self);
                frame.pop();
                for v in items.into_iter().rev() {
                    frame.push(v);
                }
            }
            Op::UnpackEx(before, after) => {
                let seq = frame.top();
                let items = self.unpack_star(seq, before as usize, after as usize)?;
                let frame = frame!(self);
                frame.pop();
                for v in items.into_iter().rev() {
                    frame.push(v);
                }
            }
            Op::MakeFunction(flags) => {
                return self.make_function_op(flags).map(|_| Flow::Next);
            }
            Op::Return => {
                let v = frame.pop();
                return self.do_return(v);
            }
            Op::YieldValue => {
                let v = frame.pop();
                // An async generator's own yields end its __anext__(); its
                // awaits pass through (see objects/generator.rs).
                if frame.code.flags & bc::CO_ASYNC_GENERATOR != 0 {
                    self.async_gen_yielded = true;
                }
                return Ok(Flow::Exit(Exit::Yield(v)));
            }
            Op::GetYieldFromIter => {
                let v = frame.top();
                let it = self.yield_from_iter(v)?;
                frame!(self).set_top(it);
            }
            Op::YieldFrom => {
                // Stack: receiver, value to send.
                let (recv, v) = (frame.peek(1), frame.peek(0));
                match self.send_to(recv, v)? {
                    Exit::Yield(y) => {
                        let frame = frame!(self);
                        frame.pop();
                        // Come back to this instruction with the next sent
                        // value on the stack.
                        frame.ip -= 1;
                        return Ok(Flow::Exit(Exit::Yield(y)));
                    }
                    Exit::Return(r) => {
                        let frame = frame!(self);
                        frame.drop_n(2);
                        frame.push(r);
                    }
                }
            }
            Op::GetAwaitable => {
                let v = frame.top();
                let a = self.get_awaitable(v)?;
                frame!(self).set_top(a);
            }
            Op::GetAIter => {
                let v = frame.top();
                let it = self.call_method(v, qstr::AITER, &[])?;
                frame!(self).set_top(it);
            }
            Op::GetANext => {
                let v = frame.top();
                let aw = self.call_method(v, qstr::ANEXT, &[])?;
                let aw = self.get_awaitable(aw)?;
                frame!(self).push(aw);
            }
            Op::EndAsyncFor => {
                // Stack: aiter, exc (a Handler block is active).
                let exc = frame.top();
                if self.exception_is(exc, ExcKind::StopAsyncIteration) {
                    let frame = frame!(self);
                    frame.drop_n(2);
                    pop_handler_block(frame);
                } else {
                    frame!(self).pop();
                    self.reraising = true;
                    return Err(PyErr(exc));
                }
            }
            Op::SetupExcept(t) | Op::SetupFinally(t) => {
                let kind = if matches!(op, Op::SetupExcept(_)) {
                    BlockKind::Except
                } else {
                    BlockKind::Finally
                };
                let depth = frame.stack_len() as u32;
                frame.blocks.push(Block {
                    kind,
                    handler: t,
                    depth,
                    exc: Value::NULL,
                });
            }
            Op::SetupWith(t) | Op::SetupAsyncWith(t) => {
                let is_async = matches!(op, Op::SetupAsyncWith(_));
                let ctx = frame.top();
                let (enter_name, exit_name) = if is_async {
                    (qstr::AENTER, qstr::AEXIT)
                } else {
                    (qstr::ENTER, qstr::EXIT)
                };
                let exit = self.special_bound(ctx, exit_name)?;
                frame!(self).set_top(exit);
                let result = self.call_method(ctx, enter_name, &[])?;
                let frame = frame!(self);
                let depth = frame.stack_len() as u32;
                frame.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: t,
                    depth,
                    exc: Value::NULL,
                });
                frame.push(result);
            }
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::PopExcept => {
                pop_handler_block(frame);
            }
            Op::Raise(n) => {
                return Err(self.raise_op(n));
            }
            Op::Reraise => {
                let exc = frame.pop();
                self.reraising = true;
                return Err(PyErr(exc));
            }
            Op::WithExit => {
                let exit = frame.top();
                self.call(exit, &[Value::NONE, Value::NONE, Value::NONE], &[])?;
                frame!(self).pop();
            }
            Op::AsyncWithExit => {
                let exit = frame.top();
                let aw = self.call(exit, &[Value::NONE, Value::NONE, Value::NONE], &[])?;
                let aw = self.get_awaitable(aw)?;
                frame!(self).set_top(aw);
            }
            Op::WithExceptStart => {
                let (exit, exc) = (frame.peek(1), frame.peek(0));
                let ty = Value::obj(self.type_of(exc));
                let tb = Value::NONE;
                let r = self.call(exit, &[ty, exc, tb], &[])?;
                frame!(self).push(r);
            }
            Op::ImportName(name) => {
                let (level, fromlist) = (frame.peek(1), frame.peek(0));
                let globals = frame.globals;
                let m = self.import_op(name, fromlist, level, globals)?;
                let frame = frame!(self);
                frame.drop_n(2);
                frame.push(m);
            }
            Op::ImportFrom(name) => {
                let m = frame.top();
                let v = self.import_from(m, name)?;
                frame!(self).push(v);
            }
            Op::ImportStar => {
                let m = frame.top();
                let target = frame.locals.as_obj().unwrap_or(frame.globals);
                self.import_star(m, target)?;
                frame!(self).pop();
            }
            Op::LoadBuildClass => {
                frame.push(Value::native(&super::class::BUILD_CLASS));
            }
            Op::FormatValue(flags) => {
                let has_spec = flags & bc::FV_HAS_SPEC != 0;
                let spec = if has_spec { frame.top() } else { Value::NULL };
                let v = frame.peek(has_spec as usize);
                let r = self.format_value(v, flags & bc::FV_CONV_MASK, spec)?;
                let frame = frame!(self);
                frame.drop_n(1 + has_spec as usize);
                frame.push(r);
            }
            Op::BuildString(n) => {
                let parts = frame.top_n(n as usize).to_vec();
                let mut s = String::new();
                for p in parts {
                    s.push_str(self.str_of(p).unwrap_or(""));
                }
                let r = self.new_string(s)?;
                let frame = frame!(self);
                frame.drop_n(n as usize);
                frame.push(r);
            }
            Op::PrintExpr => {
                let v = frame.top();
                if !v.is_none() {
                    let r = self.repr(v)?;
                    let mut text = String::from(self.str_of(r).unwrap_or(""));
                    text.push('\n');
                    self.print_to_stdout(&text)?;
                    let builtins = self.builtins;
                    self.dict_set_q(builtins, qstr::UNDERSCORE, v)?;
                }
                frame!(self).pop();
            }
            Op::LoadAssertionError => {
                let t = self.types.exception(ExcKind::AssertionError);
                frame.push(Value::obj(t));
            }
        }
        Ok(Flow::Next)
    }

    fn do_return(&mut self, v: Value) -> PyResult<Flow> {
        let Some(frame) = self.frames.pop() else {
            return Ok(Flow::Exit(Exit::Return(v)));
        };
        if let Some(g) = frame.generator {
            self.finish_generator(g);
        }
        let entry = frame.is_entry;
        let override_v = frame.return_override;
        self.recycle_frame(frame);
        let v = if override_v.is_null() {
            v
        } else {
            if !v.is_none() {
                let t = self.type_name(v);
                return Err(self.type_error(format!("__init__() should return None, not '{}'", t)));
            }
            override_v
        };
        if entry {
            return Ok(Flow::Exit(Exit::Return(v)));
        }
        if let Some(f) = self.frames.last_mut() {
            f.push(v);
        }
        Ok(Flow::Next)
    }

    fn unbound_local(&mut self, name: Qstr) -> PyErr {
        let n = String::from(self.qstr_str(name));
        self.new_error(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                n
            ),
        )
    }

    fn deref_name(&self, i: u32) -> Qstr {
        let Some(frame) = self.frames.last() else {
            return qstr::EMPTY;
        };
        let code = &frame.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i]
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .copied()
                .unwrap_or(qstr::EMPTY)
        }
    }

    fn unbound_deref(&mut self, i: u32) -> PyErr {
        let name = self.deref_name(i);
        let n = String::from(self.qstr_str(name));
        let is_cell = self
            .frames
            .last()
            .is_some_and(|f| (i as usize) < f.code.cellvars.len());
        if is_cell {
            self.new_error(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    n
                ),
            )
        } else {
            self.new_error(
                ExcKind::NameError,
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", n),
            )
        }
    }

    pub(crate) fn cell_get(&self, cell: Value) -> Value {
        match self.obj(cell) {
            Some(Object::Cell(v)) => *v,
            _ => Value::NULL,
        }
    }

    pub(crate) fn cell_set(&mut self, cell: Value, v: Value) {
        if let Some(Object::Cell(slot)) = cell.as_obj().and_then(|r| self.heap.get_mut(r)) {
            *slot = v;
        }
    }

    fn load_name(&mut self, locals: Value, globals: ObjRef, name: Qstr) -> PyResult<Value> {
        if let Some(d) = locals.as_obj() {
            if let Some(v) = self.dict_get_q(d, name) {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_q(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_q(self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// The `raise` statement.
    fn raise_op(&mut self, n: u8) -> PyErr {
        let frame = match self.frames.last_mut() {
            Some(f) => f,
            None => return PyErr(self.memory_error),
        };
        match n {
            0 => {
                let cur = self.current_handled_exception();
                match cur {
                    Some(e) => {
                        self.reraising = true;
                        PyErr(e)
                    }
                    None => self.new_error(ExcKind::RuntimeError, "No active exception to reraise"),
                }
            }
            1 => {
                let v = frame.pop();
                match self.make_raisable(v) {
                    Ok(e) => {
                        self.attach_context(e);
                        PyErr(e)
                    }
                    Err(e) => e,
                }
            }
            _ => {
                let cause = frame.pop();
                let v = frame.pop();
                let e = match self.make_raisable(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let cause = if cause.is_none() {
                    Value::NONE
                } else {
                    match self.make_raisable(cause) {
                        Ok(c) => c,
                        Err(e) => return e,
                    }
                };
                if let Some(Object::Exception(x)) = e.as_obj().and_then(|r| self.heap.get_mut(r)) {
                    x.cause = cause;
                    x.suppress_context = true;
                }
                self.attach_context(e);
                PyErr(e)
            }
        }
    }

    /// Set `__context__` of a newly raised exception to the exception being
    /// handled, if any.
    pub(crate) fn attach_context(&mut self, e: Value) {
        if let Some(cur) = self.current_handled_exception() {
            if cur.is(e) {
                return;
            }
            if let Some(Object::Exception(x)) = e.as_obj().and_then(|r| self.heap.get_mut(r)) {
                if x.context.is_null() || x.context.is_none() {
                    x.context = cur;
                }
            }
        }
    }

    fn make_function_op(&mut self, flags: u8) -> PyResult<()> {
        let frame = match self.frames.last_mut() {
            Some(f) => f,
            None => return Ok(()),
        };
        let code = frame.peek(0);
        let mut depth = 1;
        let closure = if flags & bc::MF_CLOSURE != 0 {
            depth += 1;
            frame.peek(depth - 1)
        } else {
            Value::NULL
        };
        let kwdefaults = if flags & bc::MF_KWDEFAULTS != 0 {
            depth += 1;
            frame.peek(depth - 1)
        } else {
            Value::NULL
        };
        let defaults = if flags & bc::MF_DEFAULTS != 0 {
            depth += 1;
            frame.peek(depth - 1)
        } else {
            Value::NULL
        };
        let globals = frame.globals;
        let f = self.make_function(code, globals, defaults, kwdefaults, closure)?;
        let frame = match self.frames.last_mut() {
            Some(f) => f,
            None => return Ok(()),
        };
        frame.drop_n(depth);
        frame.push(f);
        Ok(())
    }

    /// Build a function object from a code object and its parts.
    pub fn make_function(
        &mut self,
        code: Value,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let Some(code_ref) = code.as_obj() else {
            return Err(self.new_error(ExcKind::SystemError, "bad code object"));
        };
        let Object::Code(c) = self.heap.get(code_ref) else {
            return Err(self.new_error(ExcKind::SystemError, "bad code object"));
        };
        let c = c.clone();
        let defaults: Vec<Value> = self
            .seq_items(defaults)
            .map(|s| s.to_vec())
            .unwrap_or_default();
        let closure: Vec<Value> = self
            .seq_items(closure)
            .map(|s| s.to_vec())
            .unwrap_or_default();
        let module = self
            .dict_get_q(globals, qstr::DUNDER_NAME)
            .unwrap_or(Value::NONE);
        let name = c.name;
        let f = crate::objects::FunctionObj {
            code_ref,
            code: c,
            globals,
            name,
            defaults: defaults.into_boxed_slice(),
            kwdefaults,
            closure: closure.into_boxed_slice(),
            dict: None,
            module,
        };
        let r = self.alloc(Object::Function(alloc::boxed::Box::new(f)))?;
        Ok(Value::obj(r))
    }

    /// Return a frame's value-stack storage for reuse.
    pub(crate) fn recycle_frame(&mut self, frame: Frame) {
        let mut regs = frame.regs;
        if self.frame_pool.len() < 16 && regs.capacity() <= 256 {
            regs.clear();
            self.frame_pool.push(regs);
        }
    }

    /// Storage for a new frame's registers.
    pub(crate) fn frame_regs(&mut self, capacity: usize) -> Vec<Value> {
        match self.frame_pool.pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity),
        }
    }
}

/// Leave an exception handler: drop the innermost Handler block.
fn pop_handler_block(frame: &mut Frame) {
    if let Some(pos) = frame
        .blocks
        .iter()
        .rposition(|b| b.kind == BlockKind::Handler)
    {
        frame.blocks.remove(pos);
    }
}

/// Run the instructions that need nothing but the frame (locals,
/// constants, small-int arithmetic and comparisons, forward jumps, tests of
/// bools) in a tight loop, until one needs the VM. They allocate nothing, so
/// the per-instruction bookkeeping of the main loop can be skipped.
#[inline(always)]
fn run_simple_ops(frame: &mut Frame) {
    let code = frame.code.clone();
    let ops = &code.ops;
    loop {
        let Some(&op) = ops.get(frame.ip) else { return };
        match op {
            Op::LoadFast(i) => match frame.regs.get(i as usize) {
                Some(&v) if !v.is_null() => frame.regs.push(v),
                _ => return,
            },
            Op::StoreFast(i) => {
                if frame.regs.len() <= frame.stack_base || i as usize >= frame.stack_base {
                    return;
                }
                let v = frame.pop();
                frame.regs[i as usize] = v;
            }
            Op::LoadConst(i) => match code.consts.get(i as usize) {
                Some(&v) => frame.regs.push(v),
                None => return,
            },
            Op::Pop => {
                if frame.regs.len() <= frame.stack_base {
                    return;
                }
                frame.regs.pop();
            }
            Op::Jump(t) if t as usize > frame.ip => frame.ip = t as usize - 1,
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let Some(b) = frame.top().as_bool() else {
                    return;
                };
                if frame.regs.len() <= frame.stack_base {
                    return;
                }
                frame.regs.pop();
                let jump_when = matches!(op, Op::PopJumpIfTrue(_));
                if b == jump_when {
                    frame.ip = t as usize - 1;
                }
            }
            Op::Binary(b) | Op::Inplace(b) => {
                let (Some(x), Some(y)) = (frame.peek(1).as_int(), frame.peek(0).as_int()) else {
                    return;
                };
                let Some(r) = crate::objects::int::small_binop(b, x, y) else {
                    return;
                };
                frame.drop_n(2);
                frame.regs.push(r);
            }
            Op::Compare(c) => {
                let (Some(x), Some(y)) = (frame.peek(1).as_int(), frame.peek(0).as_int()) else {
                    return;
                };
                let r = match c {
                    bc::CmpOp::Lt => x < y,
                    bc::CmpOp::Le => x <= y,
                    bc::CmpOp::Eq => x == y,
                    bc::CmpOp::Ne => x != y,
                    bc::CmpOp::Gt => x > y,
                    bc::CmpOp::Ge => x >= y,
                };
                frame.drop_n(2);
                frame.regs.push(Value::bool(r));
            }
            _ => return,
        }
        frame.ip += 1;
    }
}
