//! Type objects: built-in types and user classes alike.

use crate::heap::ObjRef;
use crate::qstr::Qstr;
use crate::value::Value;
use alloc::vec::Vec;

/// The native layout of a type's instances: what `object.__new__` builds
/// for a class deriving (directly or not) from the type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    /// A plain instance with a dict.
    Object,
    /// An exception instance.
    Exception,
    /// A user subclass of another built-in: an Instance whose `native`
    /// holds an object of that built-in type.
    Native,
    /// Types whose instances can't be created by calling a subclass
    /// (function, generator, ...).
    NotSubclassable,
}

pub struct TypeObj {
    pub name: Qstr,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the type itself.
    pub mro: Vec<ObjRef>,
    /// The class namespace (a dict).
    pub dict: ObjRef,
    pub kind: BaseKind,
    /// Built-in types can't be modified from Python.
    pub builtin: bool,
    /// The nearest built-in type in the MRO (itself for built-ins).
    pub builtin_base: Option<ObjRef>,
    /// The metaclass (type for ordinary classes).
    pub metaclass: Option<ObjRef>,
    /// Whether a class in the MRO defines __getattr__ / __setattr__ /
    /// __eq__..., cached at class creation for fast paths.
    pub flags: u32,
}

/// TypeObj.flags bits.
pub const TF_GETATTR: u32 = 1;
pub const TF_SETATTR: u32 = 2;
pub const TF_DELATTR: u32 = 4;
pub const TF_GETATTRIBUTE: u32 = 8;
/// Instances of the class have a user-defined descriptor in the MRO
/// (property or __get__/__set__ class): attribute access can't take the
/// dict-only fast path.
pub const TF_DESCRIPTORS: u32 = 16;

impl TypeObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|b| visit(Value::obj(*b)));
        self.mro.iter().for_each(|b| visit(Value::obj(*b)));
        visit(Value::obj(self.dict));
        if let Some(m) = self.metaclass {
            visit(Value::obj(m));
        }
        if let Some(b) = self.builtin_base {
            visit(Value::obj(b));
        }
    }
}
