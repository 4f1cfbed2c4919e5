//! Heap objects: one enum variant per built-in layout, one file per type.
//!
//! Each file holds the type's data structure and its Python-visible methods
//! (a static table of `NativeFunc`s registered on the type object at start).

pub mod anext_awaitable;
pub mod bool;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod codec;
pub mod complex;
pub mod dict;
pub mod dunder;
pub mod exception;
pub mod float;
pub mod fpow;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iterator;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod none;
pub mod object;
pub mod property;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod table;
pub mod tuple;
pub mod type_;
pub mod unicode;
pub mod union_type;

use crate::value::Value;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::any::Any;

pub use code::Code;
pub use dict::DictObj;
pub use exception::ExceptionObj;
pub use function::{BoundMethod, FunctionObj};
pub use generator::GeneratorObj;
pub use instance::InstanceObj;
pub use iterator::IterObj;
pub use module::ModuleObj;
pub use property::PropertyObj;
pub use range::RangeObj;
pub use set::SetObj;
pub use slice::SliceObj;
pub use str::StrObj;
pub use type_::TypeObj;

use crate::heap::ObjRef;

/// An object defined by a module (a hash state, a compiled regex, a deque,
/// a file...) without its own variant here. The module keeps its type object
/// and hands it to the VM through `type_ref`.
pub trait NativeObject: Any {
    fn type_ref(&self) -> ObjRef;
    /// Report every Value this object holds (for the GC).
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    /// Payload bytes owned by this object (for the heap budget).
    fn heap_bytes(&self) -> usize {
        0
    }
    /// The object's bytes, if it supports the buffer protocol (array,
    /// BytesIO...): what memoryview, bytes(x) and file.write see.
    fn buffer(&self) -> Option<&[u8]> {
        None
    }
    /// The same bytes for writing (memoryview stores, readinto), if the
    /// buffer is writable.
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        None
    }
    /// The struct-style format code of the buffer's items (what
    /// memoryview reports and decodes): `b'B'` (bytes) unless overridden,
    /// e.g. by typed arrays.
    fn buffer_format(&self) -> u8 {
        b'B'
    }
    /// A port file handle this object owns: the VM closes it when the GC
    /// frees the object (a file dropped without close() must not keep its
    /// descriptor until the process ends).
    fn port_file_handle(&self) -> Option<u32> {
        None
    }
    /// For downcasting to the concrete type; every implementation is the
    /// same, written by `native_any!()`.
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// The `as_any`/`as_any_mut` pair of a `NativeObject` implementation
/// (`impl NativeObject for T { ...; native_any!(); }`): the same two lines
/// for every type, which a default method can't provide (it would need
/// `Self: Sized`, and then `dyn NativeObject` couldn't call it).
#[macro_export]
macro_rules! native_any {
    () => {
        fn as_any(&self) -> &dyn ::core::any::Any {
            self
        }
        fn as_any_mut(&mut self) -> &mut dyn ::core::any::Any {
            self
        }
    };
}

pub enum Object {
    /// A free arena slot.
    Free,
    Str(StrObj),
    Bytes(bytes::BytesObj),
    ByteArray(Vec<u8>),
    /// An int too big for a small int.
    BigInt(num_bigint::BigInt),
    Complex(f64, f64),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(DictObj),
    DictView(dict::DictViewObj),
    Set(SetObj),
    Range(RangeObj),
    Slice(SliceObj),
    Code(Rc<Code>),
    Function(Box<FunctionObj>),
    BoundMethod(BoundMethod),
    Cell(Value),
    Type(Box<TypeObj>),
    Instance(InstanceObj),
    Exception(Box<ExceptionObj>),
    Module(ModuleObj),
    Generator(Box<GeneratorObj>),
    Iterator(IterObj),
    Property(Box<PropertyObj>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(type, obj)`.
    Super(ObjRef, Value),
    MemoryView(memoryview::MemoryViewObj),
    Native(Box<dyn NativeObject>),
}

impl Object {
    /// Report every Value directly reachable from this object.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            Object::Free
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::BigInt(_)
            | Object::Complex(..)
            | Object::Range(_) => {}
            Object::List(items) => items.iter().for_each(|v| visit(*v)),
            Object::Tuple(items) => items.iter().for_each(|v| visit(*v)),
            Object::Dict(d) => d.table.trace(visit),
            Object::DictView(v) => visit(Value::obj(v.dict)),
            Object::Set(s) => s.table.trace(visit),
            Object::Slice(s) => {
                visit(s.start);
                visit(s.stop);
                visit(s.step);
            }
            Object::Code(c) => c.trace(visit),
            Object::Function(f) => f.trace(visit),
            Object::BoundMethod(m) => {
                visit(m.func);
                visit(m.self_);
            }
            Object::Cell(v) | Object::ClassMethod(v) | Object::StaticMethod(v) => visit(*v),
            Object::Type(t) => t.trace(visit),
            Object::Instance(i) => i.trace(visit),
            Object::Exception(e) => e.trace(visit),
            Object::Module(m) => visit(Value::obj(m.dict)),
            Object::Generator(g) => g.trace(visit),
            Object::Iterator(it) => it.trace(visit),
            Object::Property(p) => {
                visit(p.fget);
                visit(p.fset);
                visit(p.fdel);
                visit(p.doc);
            }
            Object::Super(t, v) => {
                visit(Value::obj(*t));
                visit(*v);
            }
            Object::MemoryView(m) => visit(m.base),
            Object::Native(n) => n.trace(visit),
        }
    }

    /// Payload bytes owned outside the arena slot, for the heap budget.
    pub fn heap_bytes(&self) -> usize {
        const V: usize = core::mem::size_of::<Value>();
        match self {
            Object::Str(s) => s.as_str().len(),
            Object::Bytes(b) => b.data.len(),
            Object::ByteArray(b) => b.capacity(),
            Object::BigInt(b) => b.bits() as usize / 8 + 8,
            Object::List(items) => items.capacity() * V,
            Object::Tuple(items) => items.len() * V,
            Object::Dict(d) => d.table.heap_bytes(),
            Object::Set(s) => s.table.heap_bytes(),
            Object::Code(c) => c.heap_bytes(),
            Object::Function(f) => core::mem::size_of::<FunctionObj>() + f.defaults.len() * V,
            Object::Type(t) => core::mem::size_of::<TypeObj>() + t.mro.len() * 4,
            Object::Exception(e) => core::mem::size_of::<ExceptionObj>() + e.traceback.len() * 12,
            Object::Generator(g) => g.heap_bytes(),
            Object::Property(_) => core::mem::size_of::<PropertyObj>(),
            Object::Native(n) => n.heap_bytes(),
            _ => 0,
        }
    }
}
