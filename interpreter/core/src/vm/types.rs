//! The built-in type objects, created once when the VM starts.

use super::{ExcKind, Vm};
use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::type_::{BaseKind, TypeObj};
use crate::objects::{self as o, Object};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        /// Handles of the built-in type objects.
        pub struct Types {
            $(pub $field: ObjRef,)*
            /// Exception types, indexed by `ExcKind as usize`.
            pub exceptions: Vec<ObjRef>,
            /// The one empty tuple.
            pub empty_tuple: Value,
        }

        impl Types {
            pub(crate) fn placeholder() -> Types {
                Types {
                    $($field: ObjRef::placeholder(),)*
                    exceptions: Vec::new(),
                    empty_tuple: Value::NONE,
                }
            }

            pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
                $(visit(Value::obj(self.$field));)*
                self.exceptions.iter().for_each(|e| visit(Value::obj(*e)));
                visit(self.empty_tuple);
            }
        }
    };
}

types_struct!(
    object,
    type_,
    none,
    not_implemented,
    ellipsis,
    bool_,
    int,
    float,
    complex,
    str_,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    native_function,
    bound_method,
    module,
    generator,
    coroutine,
    async_generator,
    cell,
    property,
    classmethod,
    staticmethod,
    super_,
    memoryview,
    code,
    dict_keys,
    dict_values,
    dict_items,
    iterator,
    enumerate,
    zip,
    map,
    filter,
    reversed,
);

impl Types {
    pub fn exception(&self, kind: ExcKind) -> ObjRef {
        self.exceptions
            .get(kind as usize)
            .copied()
            .unwrap_or(self.object)
    }
}

/// Create a built-in type object whose namespace holds `methods`.
pub fn make_builtin_type(
    vm: &mut Vm,
    name: &str,
    base: Option<ObjRef>,
    methods: &'static [NativeFunc],
    kind: BaseKind,
) -> ObjRef {
    let dict = alloc_or_abort(vm, Object::Dict(Default::default()));
    for m in methods {
        let key = vm.name_value(m.name);
        let _ = vm.dict_set_str(dict, key, Value::native(m));
    }
    let name_q = vm.intern(name);
    let mut mro = vec![];
    let mut bases = vec![];
    if let Some(b) = base {
        bases.push(b);
        if let Object::Type(t) = vm.heap.get(b) {
            mro.extend_from_slice(&t.mro);
        }
    }
    let r = alloc_or_abort(
        vm,
        Object::Type(Box::new(TypeObj {
            name: name_q,
            qualname: name_q,
            bases,
            mro: Vec::new(),
            dict,
            kind,
            builtin: true,
            builtin_base: None,
            metaclass: None,
            flags: 0,
        })),
    );
    mro.insert(0, r);
    if let Some(Object::Type(t)) = vm.heap.get_mut(r) {
        t.mro = mro;
        t.builtin_base = Some(r);
    }
    r
}

/// During start-up there is no way to report MemoryError: the heap budget
/// must hold the built-in types. An allocation failure leaves a dead handle
/// (never a panic) and the VM will be unusable, which `Vm::new`'s callers
/// avoid by sizing the heap sensibly.
/// Add a static method table to a built-in type's namespace.
pub fn add_methods(vm: &mut Vm, ty: ObjRef, methods: &'static [NativeFunc]) {
    let Object::Type(t) = vm.heap.get(ty) else {
        return;
    };
    let dict = t.dict;
    for m in methods {
        let key = vm.name_value(m.name);
        let _ = vm.dict_set_str(dict, key, Value::native(m));
    }
}

fn alloc_or_abort(vm: &mut Vm, obj: Object) -> ObjRef {
    match vm.alloc(obj) {
        Ok(r) => r,
        Err(_) => ObjRef::placeholder(),
    }
}

pub fn init_types(vm: &mut Vm) {
    use BaseKind::*;
    let object = make_builtin_type(vm, "object", None, o::object::METHODS, Object);
    vm.types.object = object;
    let obj = Some(object);
    vm.types.type_ = make_builtin_type(vm, "type", obj, o::type_::METHODS, NotSubclassable);
    // `type` is subclassable (metaclasses) through a special path in class
    // creation; its instances are Type objects.
    vm.types.none = make_builtin_type(vm, "NoneType", obj, o::none::METHODS, NotSubclassable);
    vm.types.not_implemented =
        make_builtin_type(vm, "NotImplementedType", obj, &[], NotSubclassable);
    vm.types.ellipsis = make_builtin_type(vm, "ellipsis", obj, &[], NotSubclassable);
    vm.types.int = make_builtin_type(vm, "int", obj, o::int::METHODS, Native);
    vm.types.bool_ = make_builtin_type(
        vm,
        "bool",
        Some(vm.types.int),
        o::bool::METHODS,
        NotSubclassable,
    );
    vm.types.float = make_builtin_type(vm, "float", obj, o::float::METHODS, Native);
    vm.types.complex = make_builtin_type(vm, "complex", obj, o::complex::METHODS, Native);
    vm.types.str_ = make_builtin_type(vm, "str", obj, o::str::METHODS, Native);
    vm.types.bytes = make_builtin_type(vm, "bytes", obj, o::bytes::METHODS, Native);
    vm.types.bytearray = make_builtin_type(vm, "bytearray", obj, o::bytearray::METHODS, Native);
    vm.types.list = make_builtin_type(vm, "list", obj, o::list::METHODS, Native);
    vm.types.tuple = make_builtin_type(vm, "tuple", obj, o::tuple::METHODS, Native);
    vm.types.dict = make_builtin_type(vm, "dict", obj, o::dict::METHODS, Native);
    vm.types.set = make_builtin_type(vm, "set", obj, o::set::SET_METHODS, Native);
    vm.types.frozenset = make_builtin_type(vm, "frozenset", obj, o::set::FROZENSET_METHODS, Native);
    vm.types.range = make_builtin_type(vm, "range", obj, o::range::METHODS, NotSubclassable);
    vm.types.slice = make_builtin_type(vm, "slice", obj, o::slice::METHODS, NotSubclassable);
    vm.types.function = make_builtin_type(vm, "function", obj, &[], NotSubclassable);
    vm.types.native_function =
        make_builtin_type(vm, "builtin_function_or_method", obj, &[], NotSubclassable);
    vm.types.bound_method = make_builtin_type(vm, "bound_method", obj, &[], NotSubclassable);
    vm.types.module = make_builtin_type(vm, "module", obj, &[], NotSubclassable);
    vm.types.generator =
        make_builtin_type(vm, "generator", obj, o::generator::METHODS, NotSubclassable);
    vm.types.coroutine =
        make_builtin_type(vm, "coroutine", obj, o::generator::METHODS, NotSubclassable);
    vm.types.async_generator = make_builtin_type(
        vm,
        "async_generator",
        obj,
        o::generator::ASYNC_METHODS,
        NotSubclassable,
    );
    vm.types.cell = make_builtin_type(vm, "cell", obj, &[], NotSubclassable);
    vm.types.property = make_builtin_type(vm, "property", obj, o::property::METHODS, Native);
    vm.types.classmethod = make_builtin_type(
        vm,
        "classmethod",
        obj,
        o::property::CLASSMETHOD_METHODS,
        NotSubclassable,
    );
    vm.types.staticmethod = make_builtin_type(
        vm,
        "staticmethod",
        obj,
        o::property::STATICMETHOD_METHODS,
        NotSubclassable,
    );
    vm.types.super_ = make_builtin_type(vm, "super", obj, &[], NotSubclassable);
    vm.types.memoryview = make_builtin_type(
        vm,
        "memoryview",
        obj,
        o::memoryview::METHODS,
        NotSubclassable,
    );
    vm.types.code = make_builtin_type(vm, "code", obj, &[], NotSubclassable);
    vm.types.dict_keys =
        make_builtin_type(vm, "dict_keys", obj, o::dict::VIEW_METHODS, NotSubclassable);
    vm.types.dict_values = make_builtin_type(
        vm,
        "dict_values",
        obj,
        o::dict::VIEW_METHODS,
        NotSubclassable,
    );
    vm.types.dict_items = make_builtin_type(
        vm,
        "dict_items",
        obj,
        o::dict::VIEW_METHODS,
        NotSubclassable,
    );
    vm.types.iterator =
        make_builtin_type(vm, "iterator", obj, o::iterator::METHODS, NotSubclassable);
    vm.types.enumerate =
        make_builtin_type(vm, "enumerate", obj, o::iterator::METHODS, NotSubclassable);
    vm.types.zip = make_builtin_type(vm, "zip", obj, o::iterator::METHODS, NotSubclassable);
    vm.types.map = make_builtin_type(vm, "map", obj, o::iterator::METHODS, NotSubclassable);
    vm.types.filter = make_builtin_type(vm, "filter", obj, o::iterator::METHODS, NotSubclassable);
    vm.types.reversed =
        make_builtin_type(vm, "reversed", obj, o::iterator::METHODS, NotSubclassable);

    // Special methods Python code can call explicitly (objects/dunder.rs).
    let t = &vm.types;
    let extra: [(ObjRef, &'static [NativeFunc]); 15] = [
        (t.int, o::dunder::INT),
        (t.float, o::dunder::FLOAT),
        (t.complex, o::dunder::COMPLEX),
        (t.str_, o::dunder::IMMUTABLE_SEQ),
        (t.bytes, o::dunder::IMMUTABLE_SEQ),
        (t.tuple, o::dunder::TUPLE),
        (t.list, o::dunder::LIST),
        (t.bytearray, o::dunder::BYTEARRAY),
        (t.dict, o::dunder::DICT),
        (t.set, o::dunder::SET),
        (t.frozenset, o::dunder::FROZENSET),
        (t.range, o::dunder::CONTAINER),
        (t.memoryview, o::dunder::MEMORYVIEW),
        (t.dict_keys, o::dunder::VIEW),
        (t.dict_items, o::dunder::VIEW),
    ];
    for (ty, methods) in extra {
        add_methods(vm, ty, methods);
    }
    add_methods(vm, vm.types.bytes, o::bytes::SHARED);
    add_methods(vm, vm.types.bytearray, o::bytes::SHARED);
    let t = &vm.types;
    let ordered = [
        t.int,
        t.float,
        t.str_,
        t.bytes,
        t.tuple,
        t.list,
        t.bytearray,
        t.set,
        t.frozenset,
    ];
    for ty in ordered {
        add_methods(vm, ty, o::dunder::CMP);
    }
    add_methods(vm, vm.types.dict_values, &o::dunder::VIEW[..7]);

    for &kind in ExcKind::ALL {
        let parent = kind
            .parent()
            .map(|p| vm.types.exception(p))
            .unwrap_or(object);
        let methods: &'static [NativeFunc] = if kind == ExcKind::BaseException {
            o::exception::METHODS
        } else {
            &[]
        };
        let t = make_builtin_type(vm, kind.name(), Some(parent), methods, Exception);
        vm.types.exceptions.push(t);
    }
    vm.types.empty_tuple = match vm.alloc(crate::objects::Object::Tuple(Box::new([]))) {
        Ok(r) => Value::obj(r),
        Err(_) => Value::NONE,
    };
}
