//! ucollections: deque, namedtuple and OrderedDict.
//!
//! * deque(iterable, maxlen[, flags]): Pycopy's bounded deque (flags=1
//!   makes a full deque raise IndexError instead of dropping items), which
//!   also accepts what CPython's does (any iterable, maxlen optional).
//! * namedtuple(name, fields): a tuple subclass whose fields are
//!   properties reading the tuple by index.
//! * OrderedDict: a dict subclass (dicts keep insertion order already) with
//!   CPython's repr.

use super::{check_kwargs, kwarg};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc, VARARGS};
use crate::objects::property::PropertyObj;
use crate::objects::type_::BaseKind;
use crate::objects::{BoundMethod, NativeObject, Object};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

// ----- deque -----

struct Deque {
    ty: ObjRef,
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Pycopy's flag 1: appending to a full deque is an IndexError.
    check_overflow: bool,
}

impl NativeObject for Deque {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|v| visit(*v));
    }
    fn heap_bytes(&self) -> usize {
        self.items.capacity() * core::mem::size_of::<Value>()
    }
    crate::native_any!();
}

fn deque_mut(vm: &mut Vm, v: Value) -> Option<&mut Deque> {
    match vm.heap.get_mut(v.as_obj()?)? {
        Object::Native(n) => n.as_any_mut().downcast_mut::<Deque>(),
        _ => None,
    }
}

fn deque_ref(vm: &Vm, v: Value) -> Option<&Deque> {
    match vm.obj(v)? {
        Object::Native(n) => n.as_any().downcast_ref::<Deque>(),
        _ => None,
    }
}

fn not_a_deque(vm: &mut Vm) -> crate::vm::PyErr {
    vm.type_error("descriptor requires a 'deque' object")
}

fn deque_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["iterable", "maxlen"], "deque")?;
    let Some(ty) = super::is_type_with_new(vm, args[0], &DEQUE_METHODS[0]) else {
        return Err(vm.type_error("deque.__new__(X): X is not the deque type"));
    };
    let iterable = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "iterable"));
    let maxlen = match args.get(2).copied().or_else(|| kwarg(vm, kwargs, "maxlen")) {
        None => None,
        Some(m) if m.is_none() => None,
        Some(m) => {
            let n = vm.to_index(m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let check_overflow = match args.get(3) {
        Some(&f) => vm.to_index(f)? & 1 != 0,
        None => false,
    };
    let r = vm.alloc(Object::Native(Box::new(Deque {
        ty,
        items: VecDeque::new(),
        maxlen,
        check_overflow,
    })))?;
    let d = Value::obj(r);
    if let Some(it) = iterable {
        let items = vm.collect_iterable(it)?;
        for v in items {
            push(vm, d, v, false)?;
        }
    }
    Ok(d)
}

/// Append at the right (or left), dropping from the other end when full.
fn push(vm: &mut Vm, d: Value, v: Value, left: bool) -> PyResult<()> {
    let Some(dq) = deque_ref(vm, d) else {
        return Err(not_a_deque(vm));
    };
    let (len, cap) = (dq.items.len(), dq.items.capacity());
    if let Some(m) = dq.maxlen {
        if len >= m {
            if dq.check_overflow {
                return Err(vm.index_error("full"));
            }
            if m == 0 {
                return Ok(());
            }
        }
    }
    let grow = if len == cap {
        cap.max(4) * core::mem::size_of::<Value>()
    } else {
        0
    };
    vm.reserve(grow)?;
    let Some(dq) = deque_mut(vm, d) else {
        return Ok(());
    };
    let full = dq.maxlen.is_some_and(|m| dq.items.len() >= m);
    if left {
        if full {
            dq.items.pop_back();
        }
        dq.items.push_front(v);
    } else {
        if full {
            dq.items.pop_front();
        }
        dq.items.push_back(v);
    }
    let grown = dq.items.capacity().saturating_sub(cap) * core::mem::size_of::<Value>();
    vm.charge(grown);
    Ok(())
}

fn deque_append(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    push(vm, args[0], args[1], false)?;
    Ok(Value::NONE)
}

fn deque_appendleft(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    push(vm, args[0], args[1], true)?;
    Ok(Value::NONE)
}

fn deque_extend(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items = vm.collect_iterable(args[1])?;
    for v in items {
        push(vm, args[0], v, false)?;
    }
    Ok(Value::NONE)
}

fn deque_extendleft(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items = vm.collect_iterable(args[1])?;
    for v in items {
        push(vm, args[0], v, true)?;
    }
    Ok(Value::NONE)
}

fn pop_end(vm: &mut Vm, d: Value, left: bool) -> PyResult<Value> {
    let Some(dq) = deque_mut(vm, d) else {
        return Err(not_a_deque(vm));
    };
    let v = if left {
        dq.items.pop_front()
    } else {
        dq.items.pop_back()
    };
    match v {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pop_end(vm, args[0], false)
}

fn deque_popleft(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pop_end(vm, args[0], true)
}

fn deque_clear(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match deque_mut(vm, args[0]) {
        Some(dq) => dq.items.clear(),
        None => return Err(not_a_deque(vm)),
    }
    Ok(Value::NONE)
}

fn deque_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match deque_ref(vm, args[0]) {
        Some(dq) => Ok(Value::int(dq.items.len() as i64)),
        None => Err(not_a_deque(vm)),
    }
}

fn deque_bool(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match deque_ref(vm, args[0]) {
        Some(dq) => Ok(Value::bool(!dq.items.is_empty())),
        None => Err(not_a_deque(vm)),
    }
}

/// A list with the deque's items (what iteration and repr walk over).
fn items_list(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let items: Vec<Value> = match deque_ref(vm, d) {
        Some(dq) => dq.items.iter().copied().collect(),
        None => return Err(not_a_deque(vm)),
    };
    vm.new_list(items)
}

fn deque_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let l = items_list(vm, args[0])?;
    vm.get_iter(l)
}

fn deque_getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let i = vm.to_index(args[1])?;
    let Some(dq) = deque_ref(vm, args[0]) else {
        return Err(not_a_deque(vm));
    };
    let item = crate::objects::list::norm_index(i, dq.items.len()).and_then(|i| dq.items.get(i));
    match item {
        Some(v) => Ok(*v),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn deque_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let maxlen = match deque_ref(vm, args[0]) {
        Some(dq) => dq.maxlen,
        None => return Err(not_a_deque(vm)),
    };
    let l = items_list(vm, args[0])?;
    let inner = vm.repr_string(l)?;
    let s = match maxlen {
        Some(m) => format!("deque({}, maxlen={})", inner, m),
        None => format!("deque({})", inner),
    };
    vm.new_string(s)
}

fn deque_maxlen(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match deque_ref(vm, args[0]) {
        Some(dq) => Ok(dq.maxlen.map_or(Value::NONE, |m| Value::int(m as i64))),
        None => Err(not_a_deque(vm)),
    }
}

static DEQUE_GETTERS: &[NativeFunc] = &[NativeFunc::function("maxlen", 1, 1, deque_maxlen)];

static DEQUE_METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 4, deque_new).as_static(),
    NativeFunc::method("append", 2, 2, deque_append),
    NativeFunc::method("appendleft", 2, 2, deque_appendleft),
    NativeFunc::method("extend", 2, 2, deque_extend),
    NativeFunc::method("extendleft", 2, 2, deque_extendleft),
    NativeFunc::method("pop", 1, 1, deque_pop),
    NativeFunc::method("popleft", 1, 1, deque_popleft),
    NativeFunc::method("clear", 1, 1, deque_clear),
    NativeFunc::method("__len__", 1, 1, deque_len),
    NativeFunc::method("__bool__", 1, 1, deque_bool),
    NativeFunc::method("__iter__", 1, 1, deque_iter),
    NativeFunc::method("__getitem__", 2, 2, deque_getitem),
    NativeFunc::method("__repr__", 1, 1, deque_repr),
];

// ----- namedtuple -----

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// The field names: a sequence of strings, or one string of names
/// separated by spaces and/or commas.
fn field_names(vm: &mut Vm, fields: Value) -> PyResult<Vec<String>> {
    if let Some(s) = vm.str_of(fields) {
        return Ok(s
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|f| !f.is_empty())
            .map(String::from)
            .collect());
    }
    let items = vm.collect_iterable(fields)?;
    let mut names = Vec::with_capacity(items.len());
    for v in items {
        names.push(vm.str_string(v)?);
    }
    Ok(names)
}

fn check_names(vm: &mut Vm, typename: &str, fields: &[String]) -> PyResult<()> {
    for name in core::iter::once(typename).chain(fields.iter().map(String::as_str)) {
        if !is_identifier(name) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: '{}'",
                name
            )));
        }
        if KEYWORDS.contains(&name) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: '{}'",
                name
            )));
        }
    }
    for (i, name) in fields.iter().enumerate() {
        if name.starts_with('_') {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: '{}'",
                name
            )));
        }
        if fields[..i].contains(name) {
            return Err(vm.value_error(format!("Encountered duplicate field name: '{}'", name)));
        }
    }
    Ok(())
}

/// The `_fields` of a namedtuple class, as strings.
fn class_fields(vm: &mut Vm, cls: Value) -> PyResult<Vec<Value>> {
    let q = vm.intern("_fields");
    let f = vm.getattr(cls, q)?;
    match vm.tuple_items(f) {
        Some(items) => Ok(items.to_vec()),
        None => Err(vm.type_error("_fields must be a tuple")),
    }
}

fn quoted_list(vm: &Vm, names: &[Value]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| format!("'{}'", vm.str_of(*n).unwrap_or("?")))
        .collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let sep = if init.len() > 1 { ", and " } else { " and " };
            format!("{}{}{}", init.join(", "), sep, last)
        }
    }
}

/// Cls(*args, **kwargs): bind the arguments to the fields like a Python
/// function with one parameter per field.
fn nt_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = args[0];
    let fields = class_fields(vm, cls)?;
    let name = match cls.as_obj() {
        Some(c) => vm.class_name(c),
        None => String::from("namedtuple"),
    };
    let given = &args[1..];
    if given.len() > fields.len() {
        return Err(vm.type_error(format!(
            "{}.__new__() takes {} positional arguments but {} were given",
            name,
            fields.len() + 1,
            given.len() + 1
        )));
    }
    let mut values: Vec<Value> = given.to_vec();
    values.resize(fields.len(), Value::NULL);
    for &(k, v) in kwargs {
        let pos = fields
            .iter()
            .position(|f| vm.str_of(*f).is_some() && vm.str_of(*f) == vm.str_of(k));
        let key = String::from(vm.str_of(k).unwrap_or("?"));
        match pos.and_then(|p| values.get_mut(p).map(|slot| (p, slot))) {
            Some((_, slot)) if slot.is_null() => *slot = v,
            Some(_) => {
                return Err(vm.type_error(format!(
                    "{}.__new__() got multiple values for argument '{}'",
                    name, key
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "{}.__new__() got an unexpected keyword argument '{}'",
                    name, key
                )))
            }
        }
    }
    let missing: Vec<Value> = fields
        .iter()
        .zip(&values)
        .filter(|(_, v)| v.is_null())
        .map(|(f, _)| *f)
        .collect();
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        let list = quoted_list(vm, &missing);
        return Err(vm.type_error(format!(
            "{}.__new__() missing {} required positional argument{}: {}",
            name,
            missing.len(),
            plural,
            list
        )));
    }
    let t = vm.new_tuple(values)?;
    let tuple_type = vm.types.tuple;
    vm.wrap_native(cls, t, tuple_type)
}

/// The getter of field `index` (bound as a method of the index).
fn nt_field(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let i = args[0].as_int().unwrap_or(0);
    let t = vm.native_of(args[1]);
    match vm.tuple_items(t).and_then(|items| items.get(i as usize)) {
        Some(v) => Ok(*v),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

static NT_FIELD: NativeFunc = NativeFunc::function("_field", 2, 2, nt_field);

fn nt_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let name = vm.class_name(cls);
    let fields = class_fields(vm, Value::obj(cls))?;
    let t = vm.native_of(args[0]);
    let items: Vec<Value> = vm.tuple_items(t).map(|i| i.to_vec()).unwrap_or_default();
    let mut out = format!("{}(", name);
    for (i, (f, v)) in fields.iter().zip(&items).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let fname = String::from(vm.str_of(*f).unwrap_or("?"));
        out.push_str(&fname);
        out.push('=');
        let r = vm.repr_string(*v)?;
        out.push_str(&r);
    }
    out.push(')');
    vm.new_string(out)
}

fn nt_asdict(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let fields = class_fields(vm, Value::obj(cls))?;
    let t = vm.native_of(args[0]);
    let items: Vec<Value> = vm.tuple_items(t).map(|i| i.to_vec()).unwrap_or_default();
    let d = vm.new_dict()?;
    for (f, v) in fields.iter().zip(items) {
        vm.dict_set(d, *f, v)?;
    }
    Ok(Value::obj(d))
}

fn nt_replace(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let fields = class_fields(vm, Value::obj(cls))?;
    let t = vm.native_of(args[0]);
    let mut items: Vec<Value> = vm.tuple_items(t).map(|i| i.to_vec()).unwrap_or_default();
    let mut unknown = Vec::new();
    for &(k, v) in kwargs {
        let pos = fields.iter().position(|f| vm.str_of(*f) == vm.str_of(k));
        match pos.and_then(|p| items.get_mut(p)) {
            Some(slot) => *slot = v,
            None => unknown.push(k),
        }
    }
    if !unknown.is_empty() {
        let l = vm.new_list(unknown)?;
        let r = vm.repr_string(l)?;
        return Err(vm.value_error(format!("Got unexpected field names: {}", r)));
    }
    let nt = vm.new_tuple(items)?;
    let tuple_type = vm.types.tuple;
    vm.wrap_native(Value::obj(cls), nt, tuple_type)
}

fn nt_make(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items = vm.collect_iterable(args[1])?;
    let mut all = Vec::with_capacity(items.len() + 1);
    all.push(args[0]);
    all.extend(items);
    nt_new(vm, &all, &[])
}

static NT_NEW: NativeFunc = NativeFunc::function_kw("__new__", 1, VARARGS, nt_new).as_static();
static NT_REPR: NativeFunc = NativeFunc::method("__repr__", 1, 1, nt_repr);
static NT_ASDICT: NativeFunc = NativeFunc::method("_asdict", 1, 1, nt_asdict);
static NT_REPLACE: NativeFunc = NativeFunc::method_kw("_replace", 1, 1, nt_replace);
static NT_MAKE: NativeFunc = NativeFunc::classmethod("_make", 2, 2, nt_make);

fn namedtuple(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["typename", "field_names"], "namedtuple")?;
    let (Some(name), Some(fields)) = (
        args.first()
            .copied()
            .or_else(|| kwarg(vm, kwargs, "typename")),
        args.get(1)
            .copied()
            .or_else(|| kwarg(vm, kwargs, "field_names")),
    ) else {
        return Err(vm.type_error("namedtuple() missing required argument 'field_names'"));
    };
    let typename = vm.str_string(name)?;
    let names = field_names(vm, fields)?;
    check_names(vm, &typename, &names)?;

    let ns = vm.new_dict()?;
    let mut field_values = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let q = vm.intern(n);
        field_values.push(Value::qstr(q));
        // A read-only property whose getter is NT_FIELD bound to the index.
        let getter = vm.alloc(Object::BoundMethod(BoundMethod {
            func: Value::native(&NT_FIELD),
            self_: Value::int(i as i64),
        }))?;
        let prop = vm.alloc(Object::Property(Box::new(PropertyObj {
            fget: Value::obj(getter),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        })))?;
        vm.dict_set_q(ns, q, Value::obj(prop))?;
    }
    let fields_tuple = vm.new_tuple(field_values)?;
    for (key, v) in [
        ("_fields", fields_tuple),
        ("__new__", Value::native(&NT_NEW)),
        ("__repr__", Value::native(&NT_REPR)),
        ("_asdict", Value::native(&NT_ASDICT)),
        ("_replace", Value::native(&NT_REPLACE)),
        ("_make", Value::native(&NT_MAKE)),
    ] {
        let q = vm.intern(key);
        vm.dict_set_q(ns, q, v)?;
    }
    let tuple_type = Value::obj(vm.types.tuple);
    let bases = vm.new_tuple(alloc::vec![tuple_type])?;
    let type_type = vm.types.type_;
    vm.new_class(type_type, name, bases, Value::obj(ns), &[])
}

// ----- OrderedDict -----

fn od_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    let name = vm.class_name(cls);
    let Some(d) = vm.native_of(args[0]).as_obj() else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'dict' object"));
    };
    let entries = crate::objects::dict::entries(vm, d);
    if entries.is_empty() {
        return vm.new_string(format!("{}()", name));
    }
    let mut pairs = Vec::with_capacity(entries.len());
    for (k, v) in entries {
        pairs.push(vm.new_tuple(alloc::vec![k, v])?);
    }
    let l = vm.new_list(pairs)?;
    let inner = vm.repr_string(l)?;
    vm.new_string(format!("{}({})", name, inner))
}

/// Two OrderedDicts are equal only with their items in the same order; with
/// a plain dict, order does not matter.
fn od_eq(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (a, b) = (args[0], args[1]);
    let dict_of = |vm: &Vm, v: Value| match vm.obj(vm.native_of(v)) {
        Some(Object::Dict(_)) => vm.native_of(v).as_obj(),
        _ => None,
    };
    let (Some(da), Some(db)) = (dict_of(vm, a), dict_of(vm, b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    // Both are OrderedDicts (or subclasses) when b's class has this __eq__.
    let ordered = vm
        .lookup_in_mro(vm.type_of(b), crate::qstr::EQ)
        .and_then(|m| m.as_native())
        .is_some_and(|m| core::ptr::eq(m, &OD_EQ));
    if !ordered {
        return Ok(Value::bool(crate::objects::dict::dicts_equal(vm, da, db)?));
    }
    let (ea, eb) = (
        crate::objects::dict::entries(vm, da),
        crate::objects::dict::entries(vm, db),
    );
    if ea.len() != eb.len() {
        return Ok(Value::FALSE);
    }
    // __eq__ of the items may change the dicts: keep what we compare alive.
    for &(k, v) in ea.iter().chain(&eb) {
        vm.heap.temp_roots.push(k);
        vm.heap.temp_roots.push(v);
    }
    for ((ka, va), (kb, vb)) in ea.into_iter().zip(eb) {
        if !vm.eq(ka, kb)? || !vm.eq(va, vb)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// copy() gives an instance of the same class (as CPython's does), not a
/// plain dict.
fn od_copy(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = vm.type_of(args[0]);
    vm.call(Value::obj(cls), &[args[0]], &[])
}

static OD_REPR: NativeFunc = NativeFunc::method("__repr__", 1, 1, od_repr);
static OD_EQ: NativeFunc = NativeFunc::method("__eq__", 2, 2, od_eq);
static OD_COPY: NativeFunc = NativeFunc::method("copy", 1, 1, od_copy);

static FUNCTIONS: &[NativeFunc] = &[NativeFunc::function_kw("namedtuple", 0, 2, namedtuple)];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;

    let deque = super::new_native_type(
        vm,
        "ucollections.deque",
        "deque",
        DEQUE_METHODS,
        DEQUE_GETTERS,
        BaseKind::NotSubclassable,
    )?;
    let q = vm.intern("deque");
    vm.dict_set_q(d, q, Value::obj(deque))?;

    let ns = vm.new_dict()?;
    let m = vm.new_str("collections")?;
    vm.dict_set_q(ns, crate::qstr::DUNDER_MODULE, m)?;
    for f in [&OD_REPR, &OD_EQ, &OD_COPY] {
        let q = vm.intern(f.name);
        vm.dict_set_q(ns, q, Value::native(f))?;
    }
    let dict_type = Value::obj(vm.types.dict);
    let bases = vm.new_tuple(alloc::vec![dict_type])?;
    let name = vm.new_str("OrderedDict")?;
    let type_type = vm.types.type_;
    let od = vm.new_class(type_type, name, bases, Value::obj(ns), &[])?;
    let q = vm.intern("OrderedDict");
    vm.dict_set_q(d, q, od)?;
    Ok(())
}
