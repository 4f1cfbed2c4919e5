//! Attribute access: the descriptor protocol (functions bind, properties
//! and user descriptors run, class/static methods), instance and class
//! namespaces, `__getattr__`/`__setattr__`, and the built-in attributes of
//! built-in objects.

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::native::Binding;
use crate::objects::type_::{TF_GETATTR, TF_SETATTR};
use crate::objects::{BoundMethod, Object};
use crate::qstr::{self, Qstr};
use crate::value::{Unpacked, Value};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

impl Vm {
    /// Find `name` in the MRO of type `ty`, through the attribute cache.
    #[inline]
    pub fn lookup_in_mro(&self, ty: ObjRef, name: Qstr) -> Option<Value> {
        let slot = attr_cache_slot(ty, name);
        let e = self.attr_cache[slot].get();
        if e.ty == ty && e.name == name && e.epoch == self.attr_epoch {
            return if e.value.is_null() {
                None
            } else {
                Some(e.value)
            };
        }
        let found = self.lookup_in_mro_uncached(ty, name);
        self.attr_cache[slot].set(AttrCacheEntry {
            ty,
            name,
            epoch: self.attr_epoch,
            value: found.unwrap_or(Value::NULL),
        });
        found
    }

    /// Forget every cached class attribute (a class namespace changed, or
    /// a collection may have reused type handles).
    pub fn invalidate_attr_cache(&mut self) {
        self.attr_epoch = self.attr_epoch.wrapping_add(1);
    }

    fn lookup_in_mro_uncached(&self, ty: ObjRef, name: Qstr) -> Option<Value> {
        let Object::Type(t) = self.heap.get(ty) else {
            return None;
        };
        for &c in &t.mro {
            if let Object::Type(ct) = self.heap.get(c) {
                if let Some(v) = self.dict_get_q(ct.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Find `name` in the MRO of `ty`, with the class that defines it.
    pub fn lookup_in_mro_owner(&self, ty: ObjRef, name: Qstr) -> Option<(Value, ObjRef)> {
        let Object::Type(t) = self.heap.get(ty) else {
            return None;
        };
        for &c in &t.mro {
            if let Object::Type(ct) = self.heap.get(c) {
                if let Some(v) = self.dict_get_q(ct.dict, name) {
                    return Some((v, c));
                }
            }
        }
        None
    }

    /// `name` looked up on the type of `obj` (for special methods).
    pub fn type_attr(&self, obj: Value, name: Qstr) -> Option<Value> {
        let ty = self.type_of(obj);
        self.lookup_in_mro(ty, name)
    }

    fn type_flags(&self, ty: ObjRef) -> u32 {
        match self.heap.get(ty) {
            Object::Type(t) => t.flags,
            _ => 0,
        }
    }

    /// Is `v` a data descriptor (defines __set__ or __delete__, or is a
    /// property)?
    fn is_data_descriptor(&self, v: Value) -> bool {
        match self.obj(v) {
            Some(Object::Property(_)) => true,
            Some(Object::Instance(_)) => {
                let t = self.type_of(v);
                self.lookup_user_attr(t, qstr::SET).is_some()
                    || self.lookup_user_attr(t, qstr::DELETE).is_some()
            }
            _ => false,
        }
    }

    /// The instance namespace of an object, if it has one.
    pub fn instance_dict(&self, obj: Value) -> Option<ObjRef> {
        match self.obj(obj)? {
            Object::Instance(i) => i.dict,
            Object::Function(f) => f.dict,
            Object::Exception(e) => e.dict,
            Object::Module(m) => Some(m.dict),
            _ => None,
        }
    }

    /// Apply the descriptor protocol to an attribute found on the type of
    /// `obj` (`owner` is that type).
    fn bind_attr(&mut self, attr: Value, obj: Value, owner: ObjRef) -> PyResult<Value> {
        match attr.unpack() {
            Unpacked::Native(nf) => match nf.binding {
                Binding::Method => {
                    let r = self.alloc(Object::BoundMethod(BoundMethod {
                        func: attr,
                        self_: obj,
                    }))?;
                    Ok(Value::obj(r))
                }
                Binding::ClassMethod => {
                    let r = self.alloc(Object::BoundMethod(BoundMethod {
                        func: attr,
                        self_: Value::obj(owner),
                    }))?;
                    Ok(Value::obj(r))
                }
                _ => Ok(attr),
            },
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Function(_) => {
                    let b = self.alloc(Object::BoundMethod(BoundMethod {
                        func: attr,
                        self_: obj,
                    }))?;
                    Ok(Value::obj(b))
                }
                Object::ClassMethod(f) => {
                    let f = *f;
                    let b = self.alloc(Object::BoundMethod(BoundMethod {
                        func: f,
                        self_: Value::obj(owner),
                    }))?;
                    Ok(Value::obj(b))
                }
                Object::StaticMethod(f) => Ok(*f),
                Object::Property(p) => {
                    let fget = p.fget;
                    if fget.is_none() || fget.is_null() {
                        return Err(self.new_error(ExcKind::AttributeError, "unreadable attribute"));
                    }
                    self.call(fget, &[obj], &[])
                }
                Object::Instance(_) => {
                    let t = self.type_of(attr);
                    match self.lookup_user_attr(t, qstr::GET) {
                        Some(get) => self.call_special(get, attr, &[obj, Value::obj(owner)]),
                        None => Ok(attr),
                    }
                }
                _ => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// getattr(obj, name): AttributeError if missing.
    pub fn getattr(&mut self, obj: Value, name: Qstr) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    pub fn attribute_error(&mut self, obj: Value, name: Qstr) -> PyErr {
        let n = String::from(self.qstr_str(name));
        let msg = match self.obj(obj) {
            Some(Object::Type(t)) => {
                let tn = String::from(self.qstr_str(t.name));
                format!("type object '{}' has no attribute '{}'", tn, n)
            }
            Some(Object::Module(m)) => {
                let mn = String::from(self.qstr_str(m.name));
                format!("module '{}' has no attribute '{}'", mn, n)
            }
            _ => {
                let t = self.type_name(obj);
                format!("'{}' object has no attribute '{}'", t, n)
            }
        };
        self.new_error(ExcKind::AttributeError, msg)
    }

    /// getattr without raising AttributeError: Ok(None) when missing.
    pub fn getattr_opt(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if let Some(r) = obj.as_obj() {
            match self.heap.get(r) {
                Object::Super(start, inst) => {
                    let (start, inst) = (*start, *inst);
                    return self.super_getattr(start, inst, name);
                }
                Object::Type(_) => return self.type_getattr(r, name),
                Object::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.dict_get_q(d, name) {
                        return Ok(Some(v));
                    }
                    if name == qstr::DUNDER_DICT {
                        return Ok(Some(Value::obj(d)));
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(Some(v));
                    }
                    // Module-level __getattr__ (PEP 562).
                    if let Some(ga) = self.dict_get_q(d, qstr::GETATTR) {
                        let n = Value::qstr(name);
                        return match self.call(ga, &[n], &[]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.exception_is(e.0, ExcKind::AttributeError) => Ok(None),
                            Err(e) => Err(e),
                        };
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
        let ty = self.type_of(obj);
        let attr = self.lookup_in_mro(ty, name);
        if let Some(a) = attr {
            if self.is_data_descriptor(a) {
                return self.bind_attr(a, obj, ty).map(Some);
            }
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = self.dict_get_q(d, name) {
                return Ok(Some(v));
            }
        }
        if let Some(a) = attr {
            return self.bind_attr(a, obj, ty).map(Some);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if self.type_flags(ty) & TF_GETATTR != 0 {
            if let Some(ga) = self.lookup_user_attr(ty, qstr::GETATTR) {
                // Its AttributeError (with its own message) propagates.
                let n = Value::qstr(name);
                return self.call_special(ga, obj, &[n]).map(Some);
            }
        }
        Ok(None)
    }

    /// Attribute lookup on a class: its MRO, then its metaclass.
    fn type_getattr(&mut self, cls: ObjRef, name: Qstr) -> PyResult<Option<Value>> {
        if let Some(a) = self.lookup_in_mro(cls, name) {
            let v = match a.unpack() {
                Unpacked::Native(nf) if nf.binding == Binding::ClassMethod => {
                    let r = self.alloc(Object::BoundMethod(BoundMethod {
                        func: a,
                        self_: Value::obj(cls),
                    }))?;
                    Value::obj(r)
                }
                Unpacked::Obj(r) => match self.heap.get(r) {
                    Object::ClassMethod(f) => {
                        let f = *f;
                        let b = self.alloc(Object::BoundMethod(BoundMethod {
                            func: f,
                            self_: Value::obj(cls),
                        }))?;
                        Value::obj(b)
                    }
                    Object::StaticMethod(f) => *f,
                    Object::Instance(_) => {
                        let t = self.type_of(a);
                        match self.lookup_user_attr(t, qstr::GET) {
                            Some(get) => {
                                self.call_special(get, a, &[Value::NONE, Value::obj(cls)])?
                            }
                            None => a,
                        }
                    }
                    _ => a,
                },
                _ => a,
            };
            return Ok(Some(v));
        }
        let cls_v = Value::obj(cls);
        if let Some(v) = self.special_attr(cls_v, name)? {
            return Ok(Some(v));
        }
        // Methods of the metaclass (type.mro(), user metaclass methods).
        let meta = self.type_of(cls_v);
        if let Some(a) = self.lookup_in_mro(meta, name) {
            return self.bind_attr(a, cls_v, meta).map(Some);
        }
        Ok(None)
    }

    /// For `obj.name(...)`: (function, self) without allocating a bound
    /// method when possible, else (callable, Null).
    pub fn load_method(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        let is_type_or_module = matches!(
            self.obj(obj),
            Some(Object::Type(_)) | Some(Object::Module(_)) | Some(Object::Super(..))
        );
        if !is_type_or_module {
            let ty = self.type_of(obj);
            if let Some(a) = self.lookup_in_mro(ty, name) {
                let plain_method = match a.unpack() {
                    Unpacked::Native(nf) => nf.binding == Binding::Method,
                    Unpacked::Obj(r) => matches!(self.heap.get(r), Object::Function(_)),
                    _ => false,
                };
                if plain_method {
                    let shadowed = match self.instance_dict(obj) {
                        Some(d) => self.dict_get_q(d, name).is_some(),
                        None => false,
                    };
                    if !shadowed {
                        return Ok((a, obj));
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, Value::NULL))
    }

    /// The attributes built-in objects have without a namespace entry.
    fn special_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if name == qstr::DUNDER_CLASS {
            return Ok(Some(Value::obj(self.type_of(obj))));
        }
        let text = self.qstr_str(name);
        let Some(r) = obj.as_obj() else {
            return Ok(match (obj.unpack(), text) {
                (Unpacked::Int(i), "real" | "numerator") => Some(Value::int(i)),
                (Unpacked::Bool(b), "real" | "numerator") => Some(Value::int(b as i64)),
                (Unpacked::Int(_) | Unpacked::Bool(_), "imag") => Some(Value::int(0)),
                (Unpacked::Int(_) | Unpacked::Bool(_), "denominator") => Some(Value::int(1)),
                (Unpacked::Float(f), "real") => Some(Value::float(f)),
                (Unpacked::Float(_), "imag") => Some(Value::float(0.0)),
                (Unpacked::Native(nf), "__name__" | "__qualname__") => {
                    let n = nf.name;
                    Some(self.new_str(n)?)
                }
                _ => None,
            });
        };
        let v = match (self.heap.get(r), text) {
            (Object::Type(t), "__name__") => Some(Value::qstr(t.name)),
            (Object::Type(t), "__qualname__") => Some(Value::qstr(t.qualname)),
            (Object::Type(t), "__mro__") => {
                let m: Vec<Value> = t.mro.iter().map(|c| Value::obj(*c)).collect();
                Some(self.new_tuple(m)?)
            }
            (Object::Type(t), "__bases__") => {
                let b: Vec<Value> = t.bases.iter().map(|c| Value::obj(*c)).collect();
                Some(self.new_tuple(b)?)
            }
            (Object::Type(t), "__base__") => {
                Some(t.bases.first().map_or(Value::NONE, |b| Value::obj(*b)))
            }
            (Object::Type(t), "__dict__") => {
                // A copy: the namespace changes only through setattr, which
                // keeps the attribute cache right (CPython gives a read-only
                // proxy here).
                let src = t.dict;
                let entries = crate::objects::dict::entries(self, src);
                let d = self.new_dict()?;
                for (k, v) in entries {
                    self.dict_set(d, k, v)?;
                }
                Some(Value::obj(d))
            }
            (Object::Type(t), "__module__") if t.builtin => Some(self.name_value("builtins")),
            (Object::Type(_), "__doc__") => Some(Value::NONE),
            (Object::Instance(_), "__dict__") => {
                let d = self.ensure_instance_dict(obj)?;
                Some(Value::obj(d))
            }
            (Object::Function(f), "__name__") => Some(Value::qstr(f.name)),
            (Object::Function(f), "__qualname__") => Some(Value::qstr(f.code.qualname)),
            (Object::Function(f), "__module__") => Some(f.module),
            (Object::Function(f), "__globals__") => Some(Value::obj(f.globals)),
            (Object::Function(f), "__code__") => Some(Value::obj(f.code_ref)),
            (Object::Function(f), "__closure__") => {
                if f.closure.is_empty() {
                    Some(Value::NONE)
                } else {
                    let c = f.closure.to_vec();
                    Some(self.new_tuple(c)?)
                }
            }
            (Object::Function(f), "__defaults__") => {
                if f.defaults.is_empty() {
                    Some(Value::NONE)
                } else {
                    let d = f.defaults.to_vec();
                    Some(self.new_tuple(d)?)
                }
            }
            (Object::Function(_), "__doc__") => Some(Value::NONE),
            (Object::Function(_), "__dict__") => {
                let d = self.ensure_instance_dict(obj)?;
                Some(Value::obj(d))
            }
            (Object::BoundMethod(m), "__self__") => Some(m.self_),
            (Object::BoundMethod(m), "__func__") => Some(m.func),
            (Object::BoundMethod(m), "__name__" | "__qualname__") => {
                let f = m.func;
                return self.getattr_opt(f, name);
            }
            (Object::Module(m), "__name__") => Some(Value::qstr(m.name)),
            (Object::Exception(e), "args") => Some(e.args),
            (Object::Exception(e), "__cause__") => Some(if e.cause.is_null() {
                Value::NONE
            } else {
                e.cause
            }),
            (Object::Exception(e), "__context__") => Some(if e.context.is_null() {
                Value::NONE
            } else {
                e.context
            }),
            (Object::Exception(e), "__suppress_context__") => Some(Value::bool(e.suppress_context)),
            (Object::Exception(_), "__traceback__") => Some(Value::NONE),
            (Object::Exception(e), "value") if self.is_stop_iteration_class(e.class) => Some(
                self.tuple_items(e.args)
                    .and_then(|a| a.first().copied())
                    .unwrap_or(Value::NONE),
            ),
            (Object::Exception(e), "code") if self.class_is(e.class, ExcKind::SystemExit) => Some(
                self.tuple_items(e.args)
                    .and_then(|a| a.first().copied())
                    .unwrap_or(Value::NONE),
            ),
            (Object::Exception(e), "errno") if self.class_is(e.class, ExcKind::OSError) => Some(
                self.tuple_items(e.args)
                    .and_then(|a| a.first().copied())
                    .unwrap_or(Value::NONE),
            ),
            (Object::Exception(e), "strerror") if self.class_is(e.class, ExcKind::OSError) => Some(
                self.tuple_items(e.args)
                    .and_then(|a| a.get(1).copied())
                    .unwrap_or(Value::NONE),
            ),
            (Object::Exception(e), "msg") if self.class_is(e.class, ExcKind::SyntaxError) => Some(
                self.tuple_items(e.args)
                    .and_then(|a| a.first().copied())
                    .unwrap_or(Value::NONE),
            ),
            (Object::Exception(e), "name") if self.class_is(e.class, ExcKind::ImportError) => {
                Some(Value::NONE)
            }
            (Object::BigInt(_), "real" | "numerator") => Some(obj),
            (Object::BigInt(_), "imag") => Some(Value::int(0)),
            (Object::BigInt(_), "denominator") => Some(Value::int(1)),
            (Object::Complex(re, _), "real") => Some(Value::float(*re)),
            (Object::Complex(_, im), "imag") => Some(Value::float(*im)),
            (Object::Range(rg), "start") => Some(Value::int(rg.start)),
            (Object::Range(rg), "stop") => Some(Value::int(rg.stop)),
            (Object::Range(rg), "step") => Some(Value::int(rg.step)),
            (Object::Slice(s), "start") => Some(s.start),
            (Object::Slice(s), "stop") => Some(s.stop),
            (Object::Slice(s), "step") => Some(s.step),
            (Object::Property(p), "fget") => Some(p.fget),
            (Object::Property(p), "fset") => Some(p.fset),
            (Object::Property(p), "fdel") => Some(p.fdel),
            (Object::Property(p), "__doc__") => Some(p.doc),
            (Object::ClassMethod(f) | Object::StaticMethod(f), "__func__") => Some(*f),
            (Object::Generator(g), "__name__") => Some(Value::qstr(g.name)),
            (Object::Generator(g), "__qualname__") => Some(Value::qstr(g.qualname)),
            (Object::Cell(v), "cell_contents") => {
                if v.is_null() {
                    return Err(self.new_error(ExcKind::ValueError, "Cell is empty"));
                }
                Some(*v)
            }
            (Object::Code(c), "co_name") => Some(Value::qstr(c.name)),
            (Object::Code(c), "co_filename") => Some(Value::qstr(c.filename)),
            (Object::Code(c), "co_argcount") => Some(Value::int(c.argcount as i64)),
            // Instances of subclasses of int, float, complex... have their
            // value's attributes (real, imag, start...).
            (Object::Instance(i), _) if !i.native.is_null() => {
                let n = i.native;
                return self.special_attr(n, name);
            }
            (Object::MemoryView(m), "readonly") => Some(Value::bool(m.readonly)),
            (Object::MemoryView(m), "itemsize") => Some(Value::int(m.itemsize as i64)),
            (Object::MemoryView(m), "nbytes") => Some(Value::int(m.len as i64)),
            (Object::MemoryView(m), "obj") => Some(m.base),
            (Object::MemoryView(m), "format") => {
                let f = [m.format];
                Some(self.new_str(core::str::from_utf8(&f).unwrap_or("B"))?)
            }
            (Object::MemoryView(_), "ndim") => Some(Value::int(1)),
            (Object::MemoryView(_), "contiguous" | "c_contiguous" | "f_contiguous") => {
                Some(Value::bool(true))
            }
            (Object::MemoryView(m), "strides") => {
                let n = Value::int(m.itemsize as i64);
                Some(self.new_tuple(alloc::vec![n])?)
            }
            (Object::MemoryView(_), "suboffsets") => Some(self.new_tuple(alloc::vec![])?),
            (Object::MemoryView(m), "shape") => {
                let n = Value::int((m.len / (m.itemsize.max(1) as usize)) as i64);
                Some(self.new_tuple(alloc::vec![n])?)
            }
            _ => None,
        };
        Ok(v)
    }

    fn is_stop_iteration_class(&self, cls: ObjRef) -> bool {
        self.class_is(cls, ExcKind::StopIteration)
    }

    /// Is class `cls` the built-in exception `kind` or a subclass of it?
    pub fn class_is(&self, cls: ObjRef, kind: ExcKind) -> bool {
        self.is_subtype(cls, self.types.exception(kind))
    }

    /// The instance dict, created on first use.
    pub fn ensure_instance_dict(&mut self, obj: Value) -> PyResult<ObjRef> {
        if let Some(d) = self.instance_dict(obj) {
            return Ok(d);
        }
        let d = self.new_dict()?;
        match obj.as_obj().and_then(|r| self.heap.get_mut(r)) {
            Some(Object::Instance(i)) => i.dict = Some(d),
            Some(Object::Function(f)) => f.dict = Some(d),
            Some(Object::Exception(e)) => e.dict = Some(d),
            _ => {}
        }
        Ok(d)
    }

    /// setattr(obj, name, value).
    pub fn setattr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if self.type_flags(ty) & TF_SETATTR != 0 {
            if let Some(sa) = self.lookup_user_attr(ty, qstr::SETATTR) {
                let n = Value::qstr(name);
                self.call_special(sa, obj, &[n, value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// object.__setattr__: descriptors, then the instance namespace.
    pub fn generic_setattr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        if let Some(r) = obj.as_obj() {
            if let Object::Type(t) = self.heap.get(r) {
                if t.builtin {
                    let tn = String::from(self.qstr_str(t.name));
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!(
                            "cannot set '{}' attribute of immutable type '{}'",
                            self.qstr_str(name),
                            tn
                        ),
                    ));
                }
                let d = t.dict;
                self.dict_set_q(d, name, value)?;
                self.invalidate_attr_cache();
                self.refresh_type_flags(r, name);
                return Ok(());
            }
            if let Object::Module(m) = self.heap.get(r) {
                let d = m.dict;
                return self.dict_set_q(d, name, value);
            }
        }
        let ty = self.type_of(obj);
        if let Some(a) = self.lookup_in_mro(ty, name) {
            match self.obj(a) {
                Some(Object::Property(p)) => {
                    let fset = p.fset;
                    if fset.is_none() || fset.is_null() {
                        let n = String::from(self.qstr_str(name));
                        let t = self.type_name(obj);
                        return Err(self.new_error(
                            ExcKind::AttributeError,
                            format!("property '{}' of '{}' object has no setter", n, t),
                        ));
                    }
                    self.call(fset, &[obj, value], &[])?;
                    return Ok(());
                }
                Some(Object::Instance(_)) => {
                    let at = self.type_of(a);
                    if let Some(set) = self.lookup_user_attr(at, qstr::SET) {
                        self.call_special(set, a, &[obj, value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(r) = obj.as_obj() {
            match self.heap.get(r) {
                // A bare object() has no instance dict.
                Object::Instance(i) if i.class == self.types.object => {
                    let n = String::from(self.qstr_str(name));
                    return Err(self.new_error(
                        ExcKind::AttributeError,
                        format!("'object' object has no attribute '{}'", n),
                    ));
                }
                Object::Instance(_) | Object::Function(_) => {
                    let d = self.ensure_instance_dict(obj)?;
                    return self.dict_set_q(d, name, value);
                }
                Object::Exception(_) => {
                    let text = self.qstr_str(name);
                    match text {
                        "__cause__" => {
                            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                                e.cause = value;
                                e.suppress_context = true;
                            }
                            return Ok(());
                        }
                        "__context__" => {
                            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                                e.context = value;
                            }
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            let b = self.is_true(value)?;
                            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                                e.suppress_context = b;
                            }
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        "args" => {
                            let items = self.collect_iterable(value)?;
                            let t = self.new_tuple(items)?;
                            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                                e.args = t;
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                    let d = self.ensure_instance_dict(obj)?;
                    return self.dict_set_q(d, name, value);
                }
                _ => {}
            }
        }
        let n = String::from(self.qstr_str(name));
        let t = self.type_name(obj);
        Err(self.new_error(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{}'", t, n),
        ))
    }

    pub fn delattr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        let ty = self.type_of(obj);
        if self.type_flags(ty) & crate::objects::type_::TF_DELATTR != 0 {
            if let Some(da) = self.lookup_user_attr(ty, qstr::DELATTR) {
                let n = Value::qstr(name);
                self.call_special(da, obj, &[n])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        if let Some(r) = obj.as_obj() {
            if let Object::Type(t) = self.heap.get(r) {
                if !t.builtin {
                    let d = t.dict;
                    if self.dict_remove_q(d, name).is_some() {
                        self.invalidate_attr_cache();
                        self.refresh_type_flags(r, name);
                        return Ok(());
                    }
                }
                return Err(self.attribute_error(obj, name));
            }
        }
        let ty = self.type_of(obj);
        if let Some(a) = self.lookup_in_mro(ty, name) {
            match self.obj(a) {
                Some(Object::Property(p)) => {
                    let fdel = p.fdel;
                    if fdel.is_none() || fdel.is_null() {
                        let n = String::from(self.qstr_str(name));
                        let t = self.type_name(obj);
                        return Err(self.new_error(
                            ExcKind::AttributeError,
                            format!("property '{}' of '{}' object has no deleter", n, t),
                        ));
                    }
                    self.call(fdel, &[obj], &[])?;
                    return Ok(());
                }
                Some(Object::Instance(_)) => {
                    let at = self.type_of(a);
                    if let Some(del) = self.lookup_user_attr(at, qstr::DELETE) {
                        self.call_special(del, a, &[obj])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(d) = self.instance_dict(obj) {
            if self.dict_remove_q(d, name).is_some() {
                return Ok(());
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// After a class attribute changes, recompute the cached flags of the
    /// class (e.g. a __getattr__ added later).
    fn refresh_type_flags(&mut self, cls: ObjRef, _name: Qstr) {
        let flags = self.compute_type_flags(cls);
        if let Some(Object::Type(t)) = self.heap.get_mut(cls) {
            t.flags = flags;
        }
    }

    /// Flags of a class from the special methods its MRO defines.
    pub fn compute_type_flags(&self, cls: ObjRef) -> u32 {
        use crate::objects::type_::*;
        let mut flags = 0;
        if self.lookup_user_attr(cls, qstr::GETATTR).is_some() {
            flags |= TF_GETATTR;
        }
        if self.lookup_user_attr(cls, qstr::SETATTR).is_some() {
            flags |= TF_SETATTR;
        }
        if self.lookup_user_attr(cls, qstr::DELATTR).is_some() {
            flags |= TF_DELATTR;
        }
        flags
    }
}

/// One entry of the class-attribute cache: the result of looking `name` up
/// in the MRO of `ty` (Null: not found) at cache epoch `epoch`.
#[derive(Clone, Copy)]
pub struct AttrCacheEntry {
    pub ty: ObjRef,
    pub name: Qstr,
    pub epoch: u32,
    pub value: Value,
}

/// Entries in the class-attribute cache (a power of two).
pub const ATTR_CACHE_SIZE: usize = 1024;

#[inline]
fn attr_cache_slot(ty: ObjRef, name: Qstr) -> usize {
    ((ty.index().wrapping_mul(0x9e37_79b9) ^ name.index().wrapping_mul(0x85eb_ca6b)) >> 4) as usize
        & (ATTR_CACHE_SIZE - 1)
}
