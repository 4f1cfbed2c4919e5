//! Classes: `class` statements (__build_class__), type(name, bases, dict),
//! the C3 method resolution order, and instantiation (__new__/__init__).

use super::call::Kwargs;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::bytecode::CO_NAMESPACE;
use crate::heap::ObjRef;
use crate::objects::native::{NativeFunc, VARARGS};
use crate::objects::type_::{BaseKind, TypeObj};
use crate::objects::{ExceptionObj, InstanceObj, Object};
use crate::qstr::{self, Qstr};
use crate::value::{Unpacked, Value};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

pub static BUILD_CLASS: NativeFunc =
    NativeFunc::function_kw("__build_class__", 2, VARARGS, build_class);

/// `class Name(bases, **kw): body` compiles to
/// `__build_class__(body_function, "Name", *bases, **kw)`.
fn build_class(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
    let body = args[0];
    let name = args[1];
    let bases: Vec<Value> = args[2..].to_vec();
    let mut metaclass = Value::NULL;
    let mut other_kw: Vec<(Value, Value)> = Vec::new();
    for &(k, v) in kwargs {
        if vm.str_of(k) == Some("metaclass") {
            metaclass = v;
        } else {
            other_kw.push((k, v));
        }
    }
    if metaclass.is_null() {
        // The most derived metaclass of the bases (type by default).
        metaclass = Value::obj(vm.types.type_);
        for b in &bases {
            let mt = vm.type_of(*b);
            let cur = metaclass.as_obj().unwrap_or(vm.types.type_);
            if vm.is_subtype(mt, cur) {
                metaclass = Value::obj(mt);
            }
        }
    }
    // Run the body with a fresh namespace.
    let ns = vm.new_dict()?;
    vm.heap.temp_roots.push(Value::obj(ns));
    let is_body = match vm.obj(body) {
        Some(Object::Function(f)) => f.code.flags & CO_NAMESPACE != 0,
        _ => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "__build_class__: func must be a function",
            ))
        }
    };
    let fr = body.as_obj().unwrap_or(vm.types.object);
    let cell = if is_body {
        let mut frame = vm.make_frame(fr, &[], &[])?;
        frame.locals = Value::obj(ns);
        vm.run_frame(frame)?
    } else {
        // An ordinary function given by hand (`__build_class__(f, "X")`):
        // it is called, but its locals are its own, so the namespace stays
        // empty, as in CPython.
        vm.call(body, &[], &[])?;
        Value::NONE
    };
    vm.heap.temp_roots.push(cell);
    let bases_t = vm.new_tuple(bases)?;
    let cls = vm.call(metaclass, &[name, bases_t, Value::obj(ns)], &other_kw)?;
    // Fill the __class__ cell used by zero-argument super().
    if let Some(Object::Cell(_)) = vm.obj(cell) {
        vm.cell_set(cell, cls);
    }
    Ok(cls)
}

impl Vm {
    /// Is `a` the same as or a subclass of `b`?
    pub fn is_subtype(&self, a: ObjRef, b: ObjRef) -> bool {
        if a == b {
            return true;
        }
        match self.heap.get(a) {
            Object::Type(t) => t.mro.contains(&b),
            _ => false,
        }
    }

    pub fn is_builtin_type(&self, t: ObjRef) -> bool {
        matches!(self.heap.get(t), Object::Type(tt) if tt.builtin)
    }

    pub fn is_type(&self, v: Value) -> bool {
        matches!(self.obj(v), Some(Object::Type(_)))
    }

    /// isinstance(v, cls) for one class.
    pub fn isinstance(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subtype(t, cls)
    }

    /// The C3 linearisation of a new class with the given bases.
    fn c3_mro(&mut self, cls: ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
        for b in bases {
            if let Object::Type(t) = self.heap.get(*b) {
                seqs.push(t.mro.clone());
            }
        }
        seqs.push(bases.to_vec());
        let mut out = vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            // A head that appears in no tail.
            let mut chosen = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    chosen = Some(head);
                    break;
                }
            }
            let Some(c) = chosen else {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    "Cannot create a consistent method resolution order (MRO)",
                ));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// type(name, bases, dict) for metaclass `meta`.
    pub fn new_class(
        &mut self,
        meta: ObjRef,
        name: Value,
        bases: Value,
        ns: Value,
        kwargs: &Kwargs,
    ) -> PyResult<Value> {
        let Some(name_s) = self.str_of(name).map(String::from) else {
            return Err(self.new_error(ExcKind::TypeError, "type() argument 1 must be str"));
        };
        let mut base_refs: Vec<ObjRef> = Vec::new();
        if let Some(items) = self.seq_items(bases) {
            for &b in items {
                match b.as_obj() {
                    Some(r) if matches!(self.heap.get(r), Object::Type(_)) => base_refs.push(r),
                    _ => return Err(self.new_error(ExcKind::TypeError, "bases must be types")),
                }
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.types.object);
        }
        // The instance layout comes from the bases.
        let mut kind = BaseKind::Object;
        let mut builtin_base: Option<ObjRef> = None;
        for &b in &base_refs {
            let Object::Type(bt) = self.heap.get(b) else {
                continue;
            };
            let (bk, bb) = (bt.kind, bt.builtin_base);
            if bk == BaseKind::NotSubclassable && b != self.types.type_ {
                let n = String::from(self.qstr_str(bt.name));
                return Err(self.new_error(
                    ExcKind::TypeError,
                    format!("type '{}' is not an acceptable base type", n),
                ));
            }
            match bk {
                BaseKind::Exception => {
                    if kind == BaseKind::Native {
                        return Err(self.layout_conflict());
                    }
                    kind = BaseKind::Exception;
                }
                BaseKind::Native => {
                    if kind == BaseKind::Exception {
                        return Err(self.layout_conflict());
                    }
                    if let (Some(existing), Some(new)) = (builtin_base, bb) {
                        if existing != new
                            && !self.is_subtype(existing, new)
                            && !self.is_subtype(new, existing)
                        {
                            return Err(self.layout_conflict());
                        }
                    }
                    kind = BaseKind::Native;
                    if bb.is_some() {
                        builtin_base = bb;
                    }
                }
                _ => {}
            }
        }
        // A class deriving from `type` is a metaclass: its instances are types.
        let derives_type = base_refs
            .iter()
            .any(|b| self.is_subtype(*b, self.types.type_));
        let Some(ns_ref) = ns.as_obj() else {
            return Err(self.new_error(ExcKind::TypeError, "type() argument 3 must be dict"));
        };
        // The class namespace: a copy of the body's dict.
        let dict = self.new_dict()?;
        let entries: Vec<(Value, Value)> = self
            .table(ns_ref)
            .map(|t| t.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        for (k, v) in &entries {
            self.dict_set(dict, *k, *v)?;
        }
        // `__qualname__` from the body moves from the namespace to the type.
        let qualname = match self.dict_remove_q(dict, qstr::DUNDER_QUALNAME) {
            None => self.intern(&name_s),
            Some(q) => match self.str_of(q).map(String::from) {
                Some(s) => self.intern(&s),
                None => {
                    let t = self.type_name(q);
                    return Err(
                        self.type_error(format!("type __qualname__ must be a str, not {}", t))
                    );
                }
            },
        };
        if self.dict_get_q(dict, qstr::DUNDER_MODULE).is_none() {
            if let Some(f) = self.frames.last() {
                let g = f.globals;
                if let Some(m) = self.dict_get_q(g, qstr::DUNDER_NAME) {
                    self.dict_set_q(dict, qstr::DUNDER_MODULE, m)?;
                }
            }
        }
        // __new__ given as a plain function is implicitly a staticmethod,
        // __init_subclass__ a classmethod.
        if let Some(n) = self.dict_get_q(dict, qstr::NEW) {
            if matches!(self.obj(n), Some(Object::Function(_))) {
                let sm = self.alloc(Object::StaticMethod(n))?;
                self.dict_set_q(dict, qstr::NEW, Value::obj(sm))?;
            }
        }
        if let Some(n) = self.dict_get_q(dict, qstr::INIT_SUBCLASS) {
            if matches!(self.obj(n), Some(Object::Function(_))) {
                let cm = self.alloc(Object::ClassMethod(n))?;
                self.dict_set_q(dict, qstr::INIT_SUBCLASS, Value::obj(cm))?;
            }
        }
        let name_q = self.intern(&name_s);
        let metaclass = if meta == self.types.type_ {
            None
        } else {
            Some(meta)
        };
        let cls = self.alloc(Object::Type(Box::new(TypeObj {
            name: name_q,
            qualname,
            bases: base_refs.clone(),
            mro: Vec::new(),
            dict,
            kind: if derives_type { BaseKind::Object } else { kind },
            builtin: false,
            builtin_base: if derives_type {
                Some(self.types.type_)
            } else {
                builtin_base
            },
            metaclass,
            flags: 0,
        })))?;
        let mro = self.c3_mro(cls, &base_refs)?;
        let flags_mro = mro.clone();
        if let Some(Object::Type(t)) = self.heap.get_mut(cls) {
            t.mro = flags_mro;
        }
        let flags = self.compute_type_flags(cls);
        if let Some(Object::Type(t)) = self.heap.get_mut(cls) {
            t.flags = flags;
        }
        // __set_name__ on descriptors.
        for (k, v) in entries {
            if self.is_user_instance(v) {
                if let Some(m) = self.user_special(v, qstr::SET_NAME) {
                    self.call_special(m, v, &[Value::obj(cls), k])?;
                }
            }
        }
        let _ = mro;
        // The parent's __init_subclass__ sees the new class and the class
        // keywords.
        if let Some(hook) = self.super_getattr(cls, Value::obj(cls), qstr::INIT_SUBCLASS)? {
            self.call(hook, &[], kwargs)?;
        }
        Ok(Value::obj(cls))
    }

    fn layout_conflict(&mut self) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            "multiple bases have instance lay-out conflict",
        )
    }

    /// Calling a class: type(x), type(name, bases, dict), built-in
    /// constructors, and user classes (__new__ then __init__).
    pub fn call_type(&mut self, cls: ObjRef, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
        if cls == self.types.type_ {
            if args.len() == 1 && kwargs.is_empty() {
                return Ok(Value::obj(self.type_of(args[0])));
            }
            if args.len() == 3 {
                return self.new_class(cls, args[0], args[1], args[2], kwargs);
            }
            return Err(self.new_error(ExcKind::TypeError, "type() takes 1 or 3 arguments"));
        }
        // A metaclass (subclass of type) being called to make a class.
        let is_meta = self.is_subtype(cls, self.types.type_);
        let new = self.lookup_in_mro_owner(cls, qstr::NEW);
        let new_is_object = new.is_none_or(|(_, owner)| owner == self.types.object);
        let obj = match new {
            Some((n, owner))
                if !(is_meta && owner == self.types.type_) && owner != self.types.object =>
            {
                let f = match self.obj(n) {
                    Some(Object::StaticMethod(f)) => *f,
                    _ => n,
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::obj(cls));
                all.extend_from_slice(args);
                self.call(f, &all, kwargs)?
            }
            _ => {
                if is_meta && args.len() == 3 {
                    self.new_class(cls, args[0], args[1], args[2], kwargs)?
                } else {
                    self.object_new(cls)?
                }
            }
        };
        // __init__ runs when __new__ returned an instance of the class.
        if !self.isinstance(obj, cls) {
            return Ok(obj);
        }
        self.heap.temp_roots.push(obj);
        if let Some((init, owner)) = self.lookup_in_mro_owner(cls, qstr::INIT) {
            if owner == self.types.object {
                // object.__init__ with arguments is an error only when
                // __new__ was not overridden either.
                if (!args.is_empty() || !kwargs.is_empty()) && new_is_object {
                    let n = self.class_name(cls);
                    return Err(
                        self.new_error(ExcKind::TypeError, format!("{}() takes no arguments", n))
                    );
                }
                return Ok(obj);
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj);
            all.extend_from_slice(args);
            let r = self.call(init, &all, kwargs)?;
            if !r.is_none() {
                let t = self.type_name(r);
                return Err(self.new_error(
                    ExcKind::TypeError,
                    format!("__init__() should return None, not '{}'", t),
                ));
            }
        }
        Ok(obj)
    }

    pub fn class_name(&self, cls: ObjRef) -> String {
        match self.heap.get(cls) {
            Object::Type(t) => String::from(self.qstr_str(t.name)),
            _ => String::from("?"),
        }
    }

    /// object.__new__(cls): an empty instance with the class's layout.
    pub fn object_new(&mut self, cls: ObjRef) -> PyResult<Value> {
        let Object::Type(t) = self.heap.get(cls) else {
            return Err(self.new_error(
                ExcKind::TypeError,
                "object.__new__(X): X is not a type object",
            ));
        };
        let (kind, bb) = (t.kind, t.builtin_base);
        match kind {
            BaseKind::Object => {
                let r = self.alloc(Object::Instance(InstanceObj {
                    class: cls,
                    dict: None,
                    native: Value::NULL,
                }))?;
                Ok(Value::obj(r))
            }
            BaseKind::Exception => {
                let args = self.types.empty_tuple;
                let r = self.alloc(Object::Exception(Box::new(ExceptionObj {
                    class: cls,
                    args,
                    traceback: Vec::new(),
                    cause: Value::NONE,
                    context: Value::NONE,
                    suppress_context: false,
                    dict: None,
                })))?;
                Ok(Value::obj(r))
            }
            BaseKind::Native => {
                // A subclass of a built-in: build the built-in part with
                // its constructor called without arguments.
                let base = bb.unwrap_or(self.types.object);
                let native = self.call_type(base, &[], &[])?;
                let r = self.alloc(Object::Instance(InstanceObj {
                    class: cls,
                    dict: None,
                    native,
                }))?;
                Ok(Value::obj(r))
            }
            BaseKind::NotSubclassable => {
                let n = self.class_name(cls);
                Err(self.new_error(
                    ExcKind::TypeError,
                    format!("cannot create '{}' instances", n),
                ))
            }
        }
    }

    /// Wrap a native value in an instance of a user subclass `cls`, or
    /// return it as is when `cls` is the built-in type itself.
    pub fn wrap_native(&mut self, cls: Value, native: Value, builtin: ObjRef) -> PyResult<Value> {
        match cls.as_obj() {
            Some(c) if c != builtin && self.is_subtype(c, builtin) => {
                let r = self.alloc(Object::Instance(InstanceObj {
                    class: c,
                    dict: None,
                    native,
                }))?;
                Ok(Value::obj(r))
            }
            _ => Ok(native),
        }
    }

    /// Zero-argument super(): the calling frame's first argument and its
    /// `__class__` cell.
    pub fn super_from_frame(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): no arguments"));
        };
        let code = frame.code.clone();
        if code.argcount == 0 {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let mut first = frame.regs.first().copied().unwrap_or(Value::NULL);
        // The first argument may live in a cell if a closure captured it.
        if let Some(i) = code.cell_params.iter().position(|p| *p == Some(0)) {
            let cell = frame
                .regs
                .get(code.nlocals() + i)
                .copied()
                .unwrap_or(Value::NULL);
            first = self.cell_get(cell);
        }
        let class_q = self.intern("__class__");
        let Some(fi) = code.freevars.iter().position(|q| *q == class_q) else {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): __class__ cell not found"));
        };
        let Some(frame) = self.frames.last() else {
            return Ok(Value::NONE);
        };
        let cell = frame
            .regs
            .get(code.nlocals() + code.cellvars.len() + fi)
            .copied()
            .unwrap_or(Value::NULL);
        let cls = self.cell_get(cell);
        let Some(cls_r) = cls.as_obj() else {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): empty __class__ cell"));
        };
        if first.is_null() {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): arg[0] deleted"));
        }
        let r = self.alloc(Object::Super(cls_r, first))?;
        Ok(Value::obj(r))
    }

    /// Attribute lookup through a super object: the MRO of the instance's
    /// type, after `start`.
    pub fn super_getattr(
        &mut self,
        start: ObjRef,
        obj: Value,
        name: Qstr,
    ) -> PyResult<Option<Value>> {
        let obj_type = match self.obj(obj) {
            Some(Object::Type(_)) if obj.as_obj().is_some_and(|r| self.is_subtype(r, start)) => {
                obj.as_obj().unwrap_or(start)
            }
            _ => self.type_of(obj),
        };
        let mro: Vec<ObjRef> = match self.heap.get(obj_type) {
            Object::Type(t) => t.mro.clone(),
            _ => Vec::new(),
        };
        let pos = mro
            .iter()
            .position(|c| *c == start)
            .map_or(mro.len(), |p| p + 1);
        for &c in &mro[pos..] {
            let Object::Type(ct) = self.heap.get(c) else {
                continue;
            };
            let d = ct.dict;
            if let Some(a) = self.dict_get_q(d, name) {
                // super(C, cls) in a classmethod: obj is C or a subclass, and
                // functions come back unbound.
                let instance_is_class = matches!(self.obj(obj), Some(Object::Type(_)))
                    && obj.as_obj().is_some_and(|o| self.is_subtype(o, start));
                return match a.unpack() {
                    Unpacked::Native(nf) => match nf.binding {
                        crate::objects::native::Binding::Method if !instance_is_class => {
                            let r =
                                self.alloc(Object::BoundMethod(crate::objects::BoundMethod {
                                    func: a,
                                    self_: obj,
                                }))?;
                            Ok(Some(Value::obj(r)))
                        }
                        crate::objects::native::Binding::ClassMethod => {
                            let owner = if instance_is_class {
                                obj
                            } else {
                                Value::obj(obj_type)
                            };
                            let r =
                                self.alloc(Object::BoundMethod(crate::objects::BoundMethod {
                                    func: a,
                                    self_: owner,
                                }))?;
                            Ok(Some(Value::obj(r)))
                        }
                        _ => Ok(Some(a)),
                    },
                    Unpacked::Obj(r) => match self.heap.get(r) {
                        Object::Function(_) if !instance_is_class => {
                            let b =
                                self.alloc(Object::BoundMethod(crate::objects::BoundMethod {
                                    func: a,
                                    self_: obj,
                                }))?;
                            Ok(Some(Value::obj(b)))
                        }
                        Object::ClassMethod(f) => {
                            let f = *f;
                            let owner = if instance_is_class {
                                obj
                            } else {
                                Value::obj(obj_type)
                            };
                            let b =
                                self.alloc(Object::BoundMethod(crate::objects::BoundMethod {
                                    func: f,
                                    self_: owner,
                                }))?;
                            Ok(Some(Value::obj(b)))
                        }
                        Object::StaticMethod(f) => Ok(Some(*f)),
                        Object::Property(p) => {
                            let g = p.fget;
                            self.call(g, &[obj], &[]).map(Some)
                        }
                        _ => Ok(Some(a)),
                    },
                    _ => Ok(Some(a)),
                };
            }
        }
        Ok(None)
    }

    /// The qstr name of a class.
    pub fn type_qname(&self, cls: ObjRef) -> Qstr {
        match self.heap.get(cls) {
            Object::Type(t) => t.name,
            _ => qstr::EMPTY,
        }
    }
}
