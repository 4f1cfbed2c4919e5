//! `Value`: the one small `Copy` type that stands for every Python value.
//!
//! Its representation is private to this module: the rest of the VM builds
//! values with the constructors and takes them apart with `unpack()` or the
//! `as_*` accessors, so the representation can move from this Rust enum to
//! NaN-boxing without touching anything else.

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::qstr::Qstr;

#[derive(Clone, Copy)]
pub struct Value(Repr);

#[derive(Clone, Copy)]
enum Repr {
    /// "No value": an unbound local, an empty slot, a missing argument.
    /// Never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// Small ints: every int that fits in an i64 is immediate.
    Int(i64),
    Float(f64),
    /// An interned string.
    Str(Qstr),
    /// A built-in function or method living in a static table: calling it
    /// or passing it around never allocates.
    Native(&'static NativeFunc),
    /// Everything else lives on the GC heap.
    Obj(ObjRef),
}

/// The decoded form of a value, for `match`.
#[derive(Clone, Copy)]
pub enum Unpacked {
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Qstr),
    Native(&'static NativeFunc),
    Obj(ObjRef),
}

impl Value {
    pub const NULL: Value = Value(Repr::Null);
    pub const NONE: Value = Value(Repr::None);
    pub const TRUE: Value = Value(Repr::Bool(true));
    pub const FALSE: Value = Value(Repr::Bool(false));
    pub const NOT_IMPLEMENTED: Value = Value(Repr::NotImplemented);
    pub const ELLIPSIS: Value = Value(Repr::Ellipsis);

    #[inline]
    pub fn bool(b: bool) -> Value {
        Value(Repr::Bool(b))
    }
    #[inline]
    pub fn int(i: i64) -> Value {
        Value(Repr::Int(i))
    }
    #[inline]
    pub fn float(f: f64) -> Value {
        Value(Repr::Float(f))
    }
    #[inline]
    pub fn qstr(q: Qstr) -> Value {
        Value(Repr::Str(q))
    }
    #[inline]
    pub fn native(f: &'static NativeFunc) -> Value {
        Value(Repr::Native(f))
    }
    #[inline]
    pub fn obj(r: ObjRef) -> Value {
        Value(Repr::Obj(r))
    }

    #[inline]
    pub fn unpack(self) -> Unpacked {
        match self.0 {
            Repr::Null => Unpacked::Null,
            Repr::None => Unpacked::None,
            Repr::NotImplemented => Unpacked::NotImplemented,
            Repr::Ellipsis => Unpacked::Ellipsis,
            Repr::Bool(b) => Unpacked::Bool(b),
            Repr::Int(i) => Unpacked::Int(i),
            Repr::Float(f) => Unpacked::Float(f),
            Repr::Str(q) => Unpacked::Str(q),
            Repr::Native(f) => Unpacked::Native(f),
            Repr::Obj(r) => Unpacked::Obj(r),
        }
    }

    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self.0, Repr::Null)
    }
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self.0, Repr::None)
    }
    #[inline]
    pub fn is_not_implemented(self) -> bool {
        matches!(self.0, Repr::NotImplemented)
    }
    /// A small int (bools are not ints here; see `as_index_like`).
    #[inline]
    pub fn as_int(self) -> Option<i64> {
        match self.0 {
            Repr::Int(i) => Some(i),
            _ => None,
        }
    }
    /// A small int or a bool as 0/1, the values Python treats as ints
    /// without looking at the heap.
    #[inline]
    pub fn as_small_int(self) -> Option<i64> {
        match self.0 {
            Repr::Int(i) => Some(i),
            Repr::Bool(b) => Some(b as i64),
            _ => None,
        }
    }
    #[inline]
    pub fn as_float(self) -> Option<f64> {
        match self.0 {
            Repr::Float(f) => Some(f),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bool(self) -> Option<bool> {
        match self.0 {
            Repr::Bool(b) => Some(b),
            _ => None,
        }
    }
    #[inline]
    pub fn as_qstr(self) -> Option<Qstr> {
        match self.0 {
            Repr::Str(q) => Some(q),
            _ => None,
        }
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self.0 {
            Repr::Obj(r) => Some(r),
            _ => None,
        }
    }
    #[inline]
    pub fn as_native(self) -> Option<&'static NativeFunc> {
        match self.0 {
            Repr::Native(f) => Some(f),
            _ => None,
        }
    }

    /// Python's `is`: identity. Immediates compare by value (so small ints
    /// and interned strings are identical when equal, as in Pycopy).
    pub fn is(self, other: Value) -> bool {
        match (self.0, other.0) {
            (Repr::Null, Repr::Null)
            | (Repr::None, Repr::None)
            | (Repr::NotImplemented, Repr::NotImplemented)
            | (Repr::Ellipsis, Repr::Ellipsis) => true,
            (Repr::Bool(a), Repr::Bool(b)) => a == b,
            (Repr::Int(a), Repr::Int(b)) => a == b,
            (Repr::Float(a), Repr::Float(b)) => a.to_bits() == b.to_bits(),
            (Repr::Str(a), Repr::Str(b)) => a == b,
            (Repr::Native(a), Repr::Native(b)) => core::ptr::eq(a, b),
            (Repr::Obj(a), Repr::Obj(b)) => a == b,
            _ => false,
        }
    }

    /// A number identifying the value for `id()`; stable for the value's
    /// lifetime.
    pub fn identity(self) -> i64 {
        match self.0 {
            Repr::Null => 0,
            Repr::None => 1,
            Repr::NotImplemented => 2,
            Repr::Ellipsis => 3,
            Repr::Bool(b) => 4 + b as i64,
            Repr::Int(i) => i.wrapping_mul(8).wrapping_add(6),
            Repr::Float(f) => (f.to_bits() as i64).wrapping_mul(8).wrapping_add(7),
            Repr::Str(q) => (q.index() as i64) * 8 + 0x1000_0001,
            Repr::Native(f) => f as *const NativeFunc as usize as i64,
            Repr::Obj(r) => (r.index() as i64) * 16 + 0x4000_0000,
        }
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.0 {
            Repr::Null => write!(f, "<null>"),
            Repr::None => write!(f, "None"),
            Repr::NotImplemented => write!(f, "NotImplemented"),
            Repr::Ellipsis => write!(f, "Ellipsis"),
            Repr::Bool(b) => write!(f, "{}", b),
            Repr::Int(i) => write!(f, "{}", i),
            Repr::Float(x) => write!(f, "{:?}", x),
            Repr::Str(q) => write!(f, "qstr#{}", q.index()),
            Repr::Native(n) => write!(f, "<native {}>", n.name),
            Repr::Obj(r) => write!(f, "<obj #{}>", r.index()),
        }
    }
}
