//! Hashing, key equality and the dict/set table operations that may call
//! back into Python (`__hash__`, `__eq__`).

use super::{ExcKind, PyResult, Vm};
use crate::heap::ObjRef;
use crate::objects::table::{Find, Table};
use crate::objects::Object;
use crate::qstr::{self, Qstr};
use crate::value::{Unpacked, Value};
use alloc::vec::Vec;

/// The result of hashing without running Python code.
pub enum SimpleHash {
    Hash(i64),
    Unhashable,
    /// A user-defined __hash__ (or a tuple containing such a value).
    NeedsPython,
}

impl Vm {
    /// The table of a dict or set object.
    pub fn table(&self, r: ObjRef) -> Option<&Table> {
        match self.heap.get(r) {
            Object::Dict(d) => Some(&d.table),
            Object::Set(s) => Some(&s.table),
            _ => None,
        }
    }

    pub fn table_mut(&mut self, r: ObjRef) -> Option<&mut Table> {
        match self.heap.get_mut(r)? {
            Object::Dict(d) => Some(&mut d.table),
            Object::Set(s) => Some(&mut s.table),
            _ => None,
        }
    }

    /// Hash a value whose hash doesn't depend on Python code.
    pub fn hash_simple(&self, v: Value) -> SimpleHash {
        use SimpleHash::*;
        match v.unpack() {
            Unpacked::Null | Unpacked::None => Hash(0x5f3759df),
            Unpacked::NotImplemented => Hash(0x5f3759e0),
            Unpacked::Ellipsis => Hash(0x5f3759e1),
            Unpacked::Bool(b) => Hash(b as i64),
            Unpacked::Int(i) => Hash(crate::objects::int::hash_i64(i)),
            Unpacked::Float(f) => Hash(crate::objects::float::hash_f64(f)),
            Unpacked::Str(q) => Hash(self.qstrs.hash(q)),
            Unpacked::Native(_) => Hash(v.identity()),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Hash(s.hash()),
                Object::Bytes(b) => Hash(b.hash()),
                Object::BigInt(b) => Hash(crate::objects::int::hash_bigint(b)),
                Object::Complex(re, im) => {
                    let h = crate::objects::float::hash_f64(*re)
                        .wrapping_add(crate::objects::float::hash_f64(*im).wrapping_mul(1000003));
                    Hash(if h == -1 { -2 } else { h })
                }
                Object::Tuple(items) => {
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        match self.hash_simple(*item) {
                            Hash(h) => hashes.push(h),
                            other => return other,
                        }
                    }
                    Hash(crate::objects::tuple::hash_of_hashes(
                        hashes.into_iter(),
                        items.len(),
                    ))
                }
                Object::Set(s) if s.frozen => Hash(crate::objects::set::frozenset_hash(
                    s.table.iter().map(|e| e.hash),
                    s.table.len(),
                )),
                // (slices became hashable only in Python 3.12)
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::Slice(_) => Unhashable,
                // Keys and items views compare like sets: unhashable.
                Object::DictView(dv)
                    if !matches!(dv.kind, crate::objects::iterator::DictIterKind::Values) =>
                {
                    Unhashable
                }
                // Equal ranges hash alike: by (len, start, step) as CPython.
                Object::Range(rg) => {
                    let n = rg.len();
                    let (start, step) = match n {
                        0 => (-1, -1),
                        1 => (rg.start, -1),
                        _ => (rg.start, rg.step),
                    };
                    let hashes = [n, start, step].map(crate::objects::int::hash_i64);
                    Hash(crate::objects::tuple::hash_of_hashes(hashes.into_iter(), 3))
                }
                Object::Instance(_) | Object::Exception(_) | Object::Type(_) => {
                    // A class defining __eq__ without __hash__ is
                    // unhashable; one defining __hash__ needs Python.
                    let ty = self.type_of(v);
                    match self.lookup_user_attr(ty, qstr::HASH) {
                        Some(h) if h.is_none() => Unhashable,
                        Some(_) => NeedsPython,
                        None => {
                            if self.lookup_user_attr(ty, qstr::EQ).is_some() {
                                Unhashable
                            } else if let Object::Instance(i) = self.heap.get(r) {
                                if i.native.is_null() {
                                    Hash(v.identity())
                                } else {
                                    self.hash_simple(i.native)
                                }
                            } else {
                                Hash(v.identity())
                            }
                        }
                    }
                }
                // A module-defined type sets __hash__ to None to be
                // unhashable (array, like CPython's).
                // One whose type defines __hash__ itself (a union) hashes
                // by it.
                Object::Native(_) => match self.type_attr(v, qstr::HASH) {
                    Some(h) if h.is_none() => Unhashable,
                    _ => match self.heap.get(self.type_of(v)) {
                        Object::Type(t) if self.dict_get_q(t.dict, qstr::HASH).is_some() => {
                            NeedsPython
                        }
                        _ => Hash(v.identity()),
                    },
                },
                _ => Hash(v.identity()),
            },
        }
    }

    /// hash(v).
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match self.hash_simple(v) {
            SimpleHash::Hash(h) => Ok(h),
            SimpleHash::Unhashable => {
                // Name the unhashable part (a list inside a tuple).
                let mut culprit = v;
                while let Some(items) = self.tuple_items(culprit) {
                    let bad = items
                        .iter()
                        .copied()
                        .find(|x| matches!(self.hash_simple(*x), SimpleHash::Unhashable));
                    match bad {
                        Some(x) => culprit = x,
                        None => break,
                    }
                }
                let t = self.type_name(culprit);
                Err(self.new_error(
                    ExcKind::TypeError,
                    alloc::format!("unhashable type: '{}'", t),
                ))
            }
            SimpleHash::NeedsPython => {
                if let Some(items) = self.tuple_items(v) {
                    let items: Vec<Value> = items.to_vec();
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in &items {
                        hashes.push(self.hash(*item)?);
                    }
                    return Ok(crate::objects::tuple::hash_of_hashes(
                        hashes.into_iter(),
                        items.len(),
                    ));
                }
                let r = self.call_method(v, qstr::HASH, &[])?;
                match r.as_small_int() {
                    Some(h) => Ok(if h == -1 { -2 } else { h }),
                    None => match self.obj(r) {
                        Some(Object::BigInt(b)) => Ok(crate::objects::int::hash_bigint(b)),
                        _ => Err(self.new_error(
                            ExcKind::TypeError,
                            "__hash__ method should return an integer",
                        )),
                    },
                }
            }
        }
    }

    /// Equality that never runs Python code: None when it would have to.
    pub fn simple_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        match (a.unpack(), b.unpack()) {
            (Unpacked::Str(x), Unpacked::Str(y)) => Some(x == y),
            (Unpacked::Int(x), Unpacked::Int(y)) => Some(x == y),
            (Unpacked::Str(_), Unpacked::Obj(_)) | (Unpacked::Obj(_), Unpacked::Str(_)) => {
                match (self.str_of(a), self.str_of(b)) {
                    (Some(x), Some(y)) => Some(x == y),
                    _ => self.simple_eq_objects(a, b),
                }
            }
            (Unpacked::Obj(_), Unpacked::Obj(_)) => self.simple_eq_objects(a, b),
            _ => {
                if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
                    return Some(crate::objects::float::numbers_equal(&x, &y));
                }
                if self.is_user_instance(a) || self.is_user_instance(b) {
                    return None;
                }
                Some(false)
            }
        }
    }

    fn simple_eq_objects(&self, a: Value, b: Value) -> Option<bool> {
        if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
            return Some(x == y);
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            return None;
        }
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            return Some(crate::objects::float::numbers_equal(&x, &y));
        }
        match (self.obj(a)?, self.obj(b)?) {
            (Object::Bytes(x), Object::Bytes(y)) => Some(x.data == y.data),
            (Object::Tuple(x), Object::Tuple(y)) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.simple_eq(*p, *q)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Object::Set(_), Object::Set(_)) => None,
            (Object::List(_), _) | (_, Object::List(_)) => None,
            (Object::Dict(_), _) | (_, Object::Dict(_)) => None,
            (Object::ByteArray(_), _) | (_, Object::ByteArray(_)) => None,
            (Object::Range(_), Object::Range(_)) => None,
            (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => None,
            // A module-defined type may define __eq__ (a union does).
            (Object::Native(_), _) | (_, Object::Native(_)) => None,
            (Object::Bytes(_), _) | (_, Object::Bytes(_)) => Some(false),
            _ => Some(false),
        }
    }

    /// The position of `key` in the table of `owner` (a dict or set).
    pub(crate) fn table_find(
        &mut self,
        owner: ObjRef,
        key: Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let Some(table) = self.table(owner) else {
            return Ok(None);
        };
        match table.find_with(hash, |k| self.simple_eq(k, key)) {
            Find::Found(p) => return Ok(Some(p)),
            Find::Absent => return Ok(None),
            Find::Undecided => {}
        }
        // Slow path: some candidate needs Python's __eq__.
        let mut cands = core::mem::take(&mut self.candidates);
        if let Some(t) = self.table(owner) {
            t.candidates(hash, &mut cands);
        }
        let mut result = Ok(None);
        for &pos in &cands {
            let Some(k) = self.table(owner).and_then(|t| t.entry(pos)).map(|e| e.key) else {
                continue;
            };
            let equal = match self.simple_eq(k, key) {
                Some(b) => b,
                None => match self.eq(k, key) {
                    Ok(b) => b,
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                },
            };
            if equal {
                // The table may have changed under __eq__; check the entry.
                let still = self
                    .table(owner)
                    .and_then(|t| t.entry(pos))
                    .map(|e| e.key.is(k))
                    .unwrap_or(false);
                result = Ok(if still { Some(pos) } else { None });
                break;
            }
        }
        cands.clear();
        self.candidates = cands;
        result
    }

    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.table_find(d, key, h)?;
        Ok(pos.and_then(|p| self.table(d).and_then(|t| t.entry(p)).map(|e| e.value)))
    }

    pub fn dict_set(&mut self, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, key, h, value)
    }

    pub fn dict_set_hashed(&mut self, d: ObjRef, key: Value, h: i64, value: Value) -> PyResult<()> {
        match self.table_find(d, key, h)? {
            Some(pos) => {
                if let Some(t) = self.table_mut(d) {
                    t.set_value(pos, value);
                }
                Ok(())
            }
            None => self.table_insert_absent(d, key, h, value),
        }
    }

    /// Add an entry known to be absent, charging the table's growth.
    fn table_insert_absent(&mut self, d: ObjRef, key: Value, h: i64, value: Value) -> PyResult<()> {
        let Some(before) = self.table(d).map(|t| t.heap_bytes()) else {
            return Ok(());
        };
        let growth = self.table(d).map_or(0, |t| t.insert_growth());
        self.reserve(growth.max(64))?;
        if let Some(t) = self.table_mut(d) {
            t.insert_new(h, key, value);
        }
        let now = self.table(d).map_or(0, |t| t.heap_bytes());
        self.charge(now.saturating_sub(before));
        Ok(())
    }

    /// Remove `key`; returns its value if it was present.
    pub fn dict_remove(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.table_find(d, key, h)? {
            Some(pos) => Ok(self
                .table_mut(d)
                .and_then(|t| t.remove_at(pos))
                .map(|e| e.value)),
            None => Ok(None),
        }
    }

    /// Look up a str key by qstr without running Python code (attribute
    /// and global lookups).
    pub fn dict_get_q(&self, d: ObjRef, name: Qstr) -> Option<Value> {
        let table = self.table(d)?;
        let h = self.qstrs.hash(name);
        let text = self.qstrs.get(name);
        let found = table.find_with(h, |k| match k.unpack() {
            Unpacked::Str(q) => Some(q == name),
            _ => Some(self.str_of(k) == Some(text)),
        });
        match found {
            Find::Found(pos) => table.entry(pos).map(|e| e.value),
            _ => None,
        }
    }

    /// Store under a str key (a qstr or heap str value).
    pub fn dict_set_str(&mut self, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
        self.dict_set(d, key, value)
    }

    pub fn dict_set_q(&mut self, d: ObjRef, name: Qstr, value: Value) -> PyResult<()> {
        let h = self.qstrs.hash(name);
        let key = Value::qstr(name);
        let found = self.table(d).map(|t| {
            t.find_with(h, |k| match k.unpack() {
                Unpacked::Str(q) => Some(q == name),
                _ => Some(self.str_of(k) == Some(self.qstrs.get(name))),
            })
        });
        match found {
            Some(Find::Found(pos)) => {
                if let Some(t) = self.table_mut(d) {
                    t.set_value(pos, value);
                }
                Ok(())
            }
            // The str comparison above always decides: absent is absent.
            Some(_) => self.table_insert_absent(d, key, h, value),
            None => Ok(()),
        }
    }

    pub fn dict_remove_q(&mut self, d: ObjRef, name: Qstr) -> Option<Value> {
        let h = self.qstrs.hash(name);
        let text = self.qstrs.get(name);
        let pos = self.table(d)?.find_with(h, |k| match k.unpack() {
            Unpacked::Str(q) => Some(q == name),
            _ => Some(self.str_of(k) == Some(text)),
        });
        match pos {
            Find::Found(p) => self.table_mut(d)?.remove_at(p).map(|e| e.value),
            _ => None,
        }
    }

    pub fn dict_len(&self, d: ObjRef) -> usize {
        self.table(d).map_or(0, |t| t.len())
    }

    /// Add to a set (no-op if present).
    pub fn set_add(&mut self, s: ObjRef, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        if self.table_find(s, key, h)?.is_none() {
            self.table_insert_absent(s, key, h, Value::NONE)?;
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(self.table_find(s, key, h)?.is_some())
    }
}
