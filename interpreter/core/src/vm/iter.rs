//! Iteration: iter()/next() over built-in and user iterables, unpacking,
//! and running generators (send/throw/close, `yield from`, await).

use super::interp::Exit;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::generator::{GenKind, GenState};
use crate::objects::iterator::{DictIterKind, IterObj};
use crate::objects::Object;
use crate::qstr;
use crate::value::{Unpacked, Value};
use alloc::format;
use alloc::vec::Vec;

impl Vm {
    pub fn new_iter(&mut self, it: IterObj) -> PyResult<Value> {
        let r = self.alloc(Object::Iterator(it))?;
        Ok(Value::obj(r))
    }

    /// iter(v).
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let it = match v.unpack() {
            Unpacked::Str(_) => IterObj::Str { s: v, byte_pos: 0 },
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                    IterObj::Seq { seq: v, index: 0 }
                }
                Object::MemoryView(_) => IterObj::Seq { seq: v, index: 0 },
                Object::Str(_) => IterObj::Str { s: v, byte_pos: 0 },
                Object::Range(rg) => IterObj::Range {
                    next: rg.start,
                    step: rg.step,
                    remaining: rg.len(),
                },
                Object::Dict(d) => IterObj::Dict {
                    dict: r,
                    pos: 0,
                    kind: DictIterKind::Keys,
                    len: d.table.len(),
                    left: d.table.len(),
                },
                Object::Set(s) => IterObj::Dict {
                    dict: r,
                    pos: 0,
                    kind: DictIterKind::Keys,
                    len: s.table.len(),
                    left: s.table.len(),
                },
                Object::DictView(dv) => {
                    let (d, kind) = (dv.dict, dv.kind);
                    let len = self.dict_len(d);
                    IterObj::Dict {
                        dict: d,
                        pos: 0,
                        kind,
                        len,
                        left: len,
                    }
                }
                Object::Iterator(_) | Object::Generator(_) => return Ok(v),
                Object::Instance(_)
                | Object::Exception(_)
                | Object::Type(_)
                | Object::Native(_) => {
                    return self.get_iter_user(v);
                }
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        self.new_iter(it)
    }

    fn get_iter_user(&mut self, v: Value) -> PyResult<Value> {
        if let Some(m) = self.type_attr(v, qstr::ITER) {
            if m.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call_special(m, v, &[])?;
            if self.type_attr(it, qstr::NEXT).is_none()
                && !matches!(self.obj(it), Some(Object::Iterator(_)))
            {
                let t = self.type_name(it);
                return Err(self.new_error(
                    ExcKind::TypeError,
                    format!("iter() returned non-iterator of type '{}'", t),
                ));
            }
            return Ok(it);
        }
        if self.type_attr(v, qstr::GETITEM).is_some() {
            return self.new_iter(IterObj::GetItem { obj: v, index: 0 });
        }
        let n = self.native_of(v);
        if !n.is(v) {
            return self.get_iter(n);
        }
        Err(self.not_iterable(v))
    }

    fn not_iterable(&mut self, v: Value) -> PyErr {
        let t = self.type_name(v);
        self.new_error(
            ExcKind::TypeError,
            format!("'{}' object is not iterable", t),
        )
    }

    /// next(it): Ok(None) when exhausted (StopIteration is not raised for
    /// built-in iteration).
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(r) = it.as_obj() else {
            return Err(self.not_an_iterator(it));
        };
        match self.heap.get(r) {
            Object::Iterator(_) => self.builtin_iter_next(r),
            Object::Generator(_) => match self.resume_generator(r, Value::NONE, None)? {
                Exit::Yield(v) => Ok(Some(v)),
                Exit::Return(_) => Ok(None),
            },
            _ => {
                let Some(m) = self.type_attr(it, qstr::NEXT) else {
                    return Err(self.not_an_iterator(it));
                };
                match self.call_special(m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exception_is(e.0, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn not_an_iterator(&mut self, v: Value) -> PyErr {
        let t = self.type_name(v);
        self.new_error(
            ExcKind::TypeError,
            format!("'{}' object is not an iterator", t),
        )
    }

    fn builtin_iter_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        // Copy out what's needed, then update the state.
        let Object::Iterator(it) = self.heap.get(r) else {
            return Ok(None);
        };
        match it {
            IterObj::Seq { seq, index } => {
                let (seq, index) = (*seq, *index);
                let item = match self.obj(seq) {
                    Some(Object::List(l)) => l.get(index).copied(),
                    Some(Object::Tuple(t)) => t.get(index).copied(),
                    Some(Object::Bytes(b)) => b.data.get(index).map(|x| Value::int(*x as i64)),
                    Some(Object::ByteArray(b)) => b.get(index).map(|x| Value::int(*x as i64)),
                    Some(Object::MemoryView(_)) => {
                        let n = self.builtin_len(seq).unwrap_or(0);
                        if index < n {
                            Some(self.getitem(seq, Value::int(index as i64))?)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                self.set_iter_state(r, |s| {
                    if let IterObj::Seq { index, .. } = s {
                        *index += 1;
                    }
                });
                if item.is_none() {
                    self.set_iter_state(r, |s| *s = IterObj::Done);
                }
                Ok(item)
            }
            IterObj::Str { s, byte_pos } => {
                let (s, pos) = (*s, *byte_pos);
                let text = self.str_of(s).unwrap_or("");
                let Some(c) = text.get(pos..).and_then(|t| t.chars().next()) else {
                    self.set_iter_state(r, |st| *st = IterObj::Done);
                    return Ok(None);
                };
                self.set_iter_state(r, |st| {
                    if let IterObj::Str { byte_pos, .. } = st {
                        *byte_pos += c.len_utf8();
                    }
                });
                let mut buf = [0u8; 4];
                Ok(Some(self.new_str(c.encode_utf8(&mut buf))?))
            }
            IterObj::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                let step = *step;
                self.set_iter_state(r, |s| {
                    if let IterObj::Range {
                        next, remaining, ..
                    } = s
                    {
                        *next = next.wrapping_add(step);
                        *remaining -= 1;
                    }
                });
                Ok(Some(Value::int(v)))
            }
            IterObj::Dict {
                dict,
                pos,
                kind,
                len,
                left,
            } => {
                let (d, pos, kind, len, left) = (*dict, *pos, *kind, *len, *left);
                let Some(table) = self.table(d) else {
                    return Ok(None);
                };
                if table.len() != len {
                    let what = if matches!(self.heap.get(d), Object::Set(_)) {
                        "Set"
                    } else {
                        "dictionary"
                    };
                    self.set_iter_state(r, |s| *s = IterObj::Done);
                    return Err(self.new_error(
                        ExcKind::RuntimeError,
                        format!("{} changed size during iteration", what),
                    ));
                }
                let Some((p, e)) = table.next_from(pos) else {
                    self.set_iter_state(r, |s| *s = IterObj::Done);
                    return Ok(None);
                };
                if left == 0 {
                    // (Sets have no such check in CPython.)
                    if matches!(self.heap.get(d), Object::Dict(_)) {
                        self.set_iter_state(r, |s| *s = IterObj::Done);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "dictionary keys changed during iteration",
                        ));
                    }
                }
                self.set_iter_state(r, |s| {
                    if let IterObj::Dict { pos, left, .. } = s {
                        *pos = p + 1;
                        *left = left.saturating_sub(1);
                    }
                });
                Ok(Some(match kind {
                    DictIterKind::Keys => e.key,
                    DictIterKind::Values => e.value,
                    DictIterKind::Items => self.new_tuple(alloc::vec![e.key, e.value])?,
                }))
            }
            IterObj::GetItem { obj, index } => {
                let (obj, index) = (*obj, *index);
                match self.getitem(obj, Value::int(index)) {
                    Ok(v) => {
                        self.set_iter_state(r, |s| {
                            if let IterObj::GetItem { index, .. } = s {
                                *index += 1;
                            }
                        });
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.exception_is(e.0, ExcKind::IndexError)
                            || self.exception_is(e.0, ExcKind::StopIteration) =>
                    {
                        self.set_iter_state(r, |s| *s = IterObj::Done);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = self.call(func, &[], &[])?;
                if self.eq(v, sentinel)? {
                    self.set_iter_state(r, |s| *s = IterObj::Done);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterObj::Enumerate { it, count } => {
                let (it, count) = (*it, *count);
                let Some(v) = self.iter_next(it)? else {
                    return Ok(None);
                };
                let next = self.binary_op(crate::bytecode::BinOp::Add, count, Value::int(1))?;
                self.set_iter_state(r, |s| {
                    if let IterObj::Enumerate { count, .. } = s {
                        *count = next;
                    }
                });
                Ok(Some(self.new_tuple(alloc::vec![count, v])?))
            }
            IterObj::Zip { iters, strict } => {
                let strict = *strict;
                let iters: Vec<Value> = iters.to_vec();
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (k, i) in iters.iter().enumerate() {
                    match self.iter_next(*i)? {
                        Some(v) => items.push(v),
                        None if !strict => return Ok(None),
                        None => return self.zip_strict_end(&iters, k),
                    }
                }
                Ok(Some(self.new_tuple(items)?))
            }
            IterObj::Map { func, iters } => {
                let func = *func;
                let iters: Vec<Value> = iters.to_vec();
                let mut items = Vec::with_capacity(iters.len());
                for i in iters {
                    match self.iter_next(i)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(func, &items, &[]).map(Some)
            }
            IterObj::Filter { func, it } => {
                let (func, it) = (*func, *it);
                loop {
                    let Some(v) = self.iter_next(it)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.is_true(v)?
                    } else {
                        let t = self.call(func, &[v], &[])?;
                        self.is_true(t)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterObj::Reversed { seq, remaining } => {
                let (seq, remaining) = (*seq, *remaining);
                if remaining == 0 {
                    return Ok(None);
                }
                let idx = remaining - 1;
                self.set_iter_state(r, |s| {
                    if let IterObj::Reversed { remaining, .. } = s {
                        *remaining -= 1;
                    }
                });
                // The sequence may have shrunk meanwhile.
                let len = self.len(seq)?;
                if idx >= len {
                    return Ok(None);
                }
                self.getitem(seq, Value::int(idx as i64)).map(Some)
            }
            IterObj::Done => Ok(None),
        }
    }

    fn set_iter_state(&mut self, r: ObjRef, f: impl FnOnce(&mut IterObj)) {
        if let Some(Object::Iterator(it)) = self.heap.get_mut(r) {
            f(it);
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(len) = self.seq_items(v).map(|items| items.len()) {
            self.check_ram(len * core::mem::size_of::<Value>())?;
            return Ok(self
                .seq_items(v)
                .map(|items| items.to_vec())
                .unwrap_or_default());
        }
        let it = self.get_iter(v)?;
        self.heap.temp_roots.push(it);
        let mut out = Vec::new();
        let mark = self.heap.temp_roots.len();
        while let Some(x) = self.iter_next(it)? {
            if out.len() == out.capacity() {
                // On a port with little RAM, growing `out` (and the roots
                // alongside) must be MemoryError, not a failed allocation.
                let grow = out.capacity().max(4) * 2 * core::mem::size_of::<Value>();
                self.check_ram(grow * 2)?;
                if out.try_reserve(1).is_err() || self.heap.temp_roots.try_reserve(1).is_err() {
                    return Err(self.out_of_memory());
                }
            }
            // Keep collected items alive (they may be fresh objects).
            self.heap.temp_roots.push(x);
            out.push(x);
        }
        let _ = mark;
        Ok(out)
    }

    /// iter(seq) for unpacking, with unpacking's message for non-iterables.
    pub fn unpack_iter(&mut self, seq: Value) -> PyResult<Value> {
        match self.get_iter(seq) {
            Err(e) if self.exception_is(e.0, ExcKind::TypeError) && !self.is_user_instance(seq) => {
                let t = self.type_name(seq);
                Err(self.new_error(
                    ExcKind::TypeError,
                    format!("cannot unpack non-iterable {} object", t),
                ))
            }
            other => other,
        }
    }

    /// `a, b, c = seq`.
    pub fn unpack_exact(&mut self, seq: Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(seq) {
            if items.len() == n {
                return Ok(items.to_vec());
            }
            let len = items.len();
            return Err(self.unpack_count_error(n, len));
        }
        let it = self.unpack_iter(seq)?;
        self.heap.temp_roots.push(it);
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(it)? {
                Some(v) => {
                    self.heap.temp_roots.push(v);
                    out.push(v);
                }
                None => {
                    let got = out.len();
                    return Err(self.unpack_count_error(n, got));
                }
            }
        }
        if self.iter_next(it)?.is_some() {
            return Err(self.new_error(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {})", n),
            ));
        }
        Ok(out)
    }

    fn unpack_count_error(&mut self, expected: usize, got: usize) -> PyErr {
        if got > expected {
            self.new_error(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {})", expected),
            )
        } else {
            self.new_error(
                ExcKind::ValueError,
                format!(
                    "not enough values to unpack (expected {}, got {})",
                    expected, got
                ),
            )
        }
    }

    /// `a, *b, c = seq`: the middle becomes a list.
    pub fn unpack_star(&mut self, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.seq_items(seq) {
            Some(_) => self.collect_iterable(seq)?,
            None => {
                let it = self.unpack_iter(seq)?;
                self.collect_iterable(it)?
            }
        };
        if items.len() < before + after {
            return Err(self.new_error(
                ExcKind::ValueError,
                format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                ),
            ));
        }
        let mid_end = items.len() - after;
        let middle = self.new_list(items[before..mid_end].to_vec())?;
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        out.push(middle);
        out.extend_from_slice(&items[mid_end..]);
        Ok(out)
    }

    // ----- generators -----

    /// Resume a generator with a value sent in (or an exception thrown
    /// in): the generator runs until it yields or returns.
    pub fn resume_generator(
        &mut self,
        g: ObjRef,
        send: Value,
        throw: Option<Value>,
    ) -> PyResult<Exit> {
        let Some(Object::Generator(gen)) = self.heap.get_mut(g) else {
            return Err(self.new_error(ExcKind::TypeError, "not a generator"));
        };
        match gen.state {
            GenState::Running => {
                return Err(self.new_error(ExcKind::ValueError, "generator already executing"));
            }
            GenState::Finished => {
                if let Some(exc) = throw {
                    return Err(PyErr(exc));
                }
                if gen.kind == GenKind::Coroutine {
                    return Err(self.new_error(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return Ok(Exit::Return(Value::NONE));
            }
            GenState::Created => {
                if throw.is_none() && !send.is_none() {
                    let what = match gen.kind {
                        GenKind::Generator => "generator",
                        GenKind::Coroutine => "coroutine",
                        GenKind::AsyncGenerator => "async generator",
                    };
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!("can't send non-None value to a just-started {}", what),
                    ));
                }
            }
            GenState::Suspended => {}
        }
        let Some(Object::Generator(gen)) = self.heap.get_mut(g) else {
            return Ok(Exit::Return(Value::NONE));
        };
        let was_created = gen.state == GenState::Created;
        let Some(mut frame) = gen.frame.take() else {
            gen.state = GenState::Finished;
            return Ok(Exit::Return(Value::NONE));
        };
        gen.state = GenState::Running;
        if self.frames.len() >= self.config.max_frames {
            if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
                gen.frame = Some(frame);
                gen.state = if was_created {
                    GenState::Created
                } else {
                    GenState::Suspended
                };
            }
            return Err(self.new_error(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        if let Err(e) = self.enter_native() {
            if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
                gen.frame = Some(frame);
                gen.state = if was_created {
                    GenState::Created
                } else {
                    GenState::Suspended
                };
            }
            return Err(e);
        }
        if !was_created && throw.is_none() {
            frame.push(send);
        }
        frame.is_entry = true;
        self.frames.push(*frame);
        let result = match throw {
            // Raise the exception at the point of the yield.
            Some(exc) => self.run_with_pending(PyErr(exc)),
            None => self.run(),
        };
        self.leave_native();
        match result {
            Ok(Exit::Yield(v)) => {
                // The generator's frame is still on top: move it back.
                if let Some(frame) = self.frames.pop() {
                    if let Some(Object::Generator(gen)) = self.heap.get_mut(g) {
                        gen.frame = Some(alloc::boxed::Box::new(frame));
                        gen.state = GenState::Suspended;
                    }
                }
                Ok(Exit::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                self.finish_generator(g);
                Ok(Exit::Return(v))
            }
            Err(e) => {
                self.finish_generator(g);
                // A StopIteration escaping a generator becomes RuntimeError.
                if self.exception_is(e.0, ExcKind::StopIteration) {
                    let kind = self.generator_kind(g);
                    let what = match kind {
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator => "async generator raised StopIteration",
                        GenKind::Generator => "generator raised StopIteration",
                    };
                    let err = self.new_error(ExcKind::RuntimeError, what);
                    if let Some(Object::Exception(x)) =
                        err.0.as_obj().and_then(|r| self.heap.get_mut(r))
                    {
                        x.cause = e.0;
                        x.context = e.0;
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    fn generator_kind(&self, g: ObjRef) -> GenKind {
        match self.heap.get(g) {
            Object::Generator(gen) => gen.kind,
            _ => GenKind::Generator,
        }
    }

    /// The frame on top is resumed by raising `err` in it (generator.throw).
    fn run_with_pending(&mut self, err: PyErr) -> PyResult<Exit> {
        // If the generator is delegating with `yield from`, throw into the
        // delegate first.
        if let Some(r) = self.throw_into_delegate(err)? {
            return Ok(r);
        }
        self.unwind_pending(err)?;
        self.run()
    }

    /// When the top frame is suspended in YieldFrom, pass a thrown
    /// exception to the sub-iterator. Returns Some(exit) if the delegate
    /// yielded; None if the exception should be raised in the frame itself
    /// (after the delegate finished or doesn't take throw()).
    fn throw_into_delegate(&mut self, err: PyErr) -> PyResult<Option<Exit>> {
        let Some(frame) = self.frames.last() else {
            return Ok(None);
        };
        let at_yield_from = frame.code.ops.get(frame.ip) == Some(&crate::bytecode::Op::YieldFrom);
        if !at_yield_from {
            return Ok(None);
        }
        let recv = frame.top();
        let outcome = if let Some(Object::Generator(_)) = self.obj(recv) {
            let gr = recv.as_obj().unwrap_or(crate::heap::ObjRef::placeholder());
            self.resume_generator(gr, Value::NONE, Some(err.0))
        } else {
            match self.getattr_opt(recv, qstr::THROW)? {
                Some(m) => match self.call(m, &[err.0], &[]) {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(e) if self.exception_is(e.0, ExcKind::StopIteration) => {
                        let v = self.stop_iteration_value(e.0);
                        Ok(Exit::Return(v))
                    }
                    Err(e) => Err(e),
                },
                None => return Ok(None),
            }
        };
        match outcome {
            Ok(Exit::Yield(v)) => {
                // Stay suspended at the YieldFrom.
                Ok(Some(Exit::Yield(v)))
            }
            Ok(Exit::Return(v)) => {
                // The delegate finished: continue after the YieldFrom with
                // its value.
                if let Some(frame) = self.frames.last_mut() {
                    frame.pop();
                    frame.push(v);
                    frame.ip += 1;
                }
                self.run().map(Some)
            }
            Err(e) => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.pop();
                    frame.ip += 1;
                }
                self.unwind_pending(e)?;
                self.run().map(Some)
            }
        }
    }

    /// Handle an exception in the top frame before running it.
    fn unwind_pending(&mut self, err: PyErr) -> PyResult<()> {
        self.unwind(err, false)
    }

    pub fn stop_iteration_value(&self, exc: Value) -> Value {
        match self.obj(exc) {
            Some(Object::Exception(e)) => self
                .tuple_items(e.args)
                .and_then(|a| a.first().copied())
                .unwrap_or(Value::NONE),
            _ => Value::NONE,
        }
    }

    /// `yield from v`: the iterator to delegate to.
    pub(crate) fn yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Object::Generator(g)) = self.obj(v) {
            if g.kind == GenKind::Coroutine {
                // Only allowed from a coroutine (await); the compiler uses
                // GetAwaitable there.
                return Ok(v);
            }
            return Ok(v);
        }
        self.get_iter(v)
    }

    /// Send a value to the delegate of a `yield from`/`await`.
    pub(crate) fn send_to(&mut self, recv: Value, v: Value) -> PyResult<Exit> {
        if let Some(r) = recv.as_obj() {
            if let Object::Generator(_) = self.heap.get(r) {
                return self.resume_generator(r, v, None);
            }
        }
        // Built-in iterators have no return value to lose.
        if v.is_none() && matches!(self.obj(recv), Some(Object::Iterator(_))) {
            return Ok(match self.iter_next(recv)? {
                Some(x) => Exit::Yield(x),
                None => Exit::Return(Value::NONE),
            });
        }
        // Others: send() (or __next__ for None), with StopIteration's value
        // as the result of the delegation.
        let r = if v.is_none() && self.type_attr(recv, qstr::SEND).is_none() {
            match self.type_attr(recv, qstr::NEXT) {
                Some(m) => self.call_special(m, recv, &[]),
                None => {
                    let t = self.type_name(recv);
                    return Err(self.type_error(format!("'{}' object is not an iterator", t)));
                }
            }
        } else {
            self.call_method(recv, qstr::SEND, &[v])
        };
        match r {
            Ok(x) => Ok(Exit::Yield(x)),
            Err(e) if self.exception_is(e.0, ExcKind::StopIteration) => {
                Ok(Exit::Return(self.stop_iteration_value(e.0)))
            }
            Err(e) => Err(e),
        }
    }

    /// The iterator behind `await v`.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Object::Generator(g)) = self.obj(v) {
            if g.kind == GenKind::Coroutine {
                return Ok(v);
            }
        }
        if let Some(m) = self.type_attr(v, qstr::AWAIT) {
            let it = self.call_special(m, v, &[])?;
            if let Some(Object::Generator(g)) = self.obj(it) {
                if g.kind == GenKind::Coroutine {
                    return Err(
                        self.new_error(ExcKind::TypeError, "__await__() returned a coroutine")
                    );
                }
            }
            return Ok(it);
        }
        let t = self.type_name(v);
        Err(self.new_error(
            ExcKind::TypeError,
            format!("object {} can't be used in 'await' expression", t),
        ))
    }
}

impl Vm {
    /// zip(strict=True) found iterator `k` exhausted: fine only when all
    /// of them end together, else CPython's ValueError.
    fn zip_strict_end(&mut self, iters: &[Value], k: usize) -> PyResult<Option<Value>> {
        let plural = |n: usize| {
            if n == 1 {
                alloc::string::String::from(" 1")
            } else {
                alloc::format!("s 1-{}", n)
            }
        };
        if k > 0 {
            return Err(self.value_error(alloc::format!(
                "zip() argument {} is shorter than argument{}",
                k + 1,
                plural(k)
            )));
        }
        for (j, i) in iters.iter().enumerate().skip(1) {
            if self.iter_next(*i)?.is_some() {
                return Err(self.value_error(alloc::format!(
                    "zip() argument {} is longer than argument{}",
                    j + 1,
                    plural(j)
                )));
            }
        }
        Ok(None)
    }
}
