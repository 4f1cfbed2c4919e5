//! The built-in iterator objects (list/tuple/str/range/dict iterators,
//! enumerate, zip, map, filter, reversed, iter(callable, sentinel)).

use super::native::NativeFunc;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::boxed::Box;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterObj {
    /// Over a list, tuple, bytes or bytearray by index.
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over a str, by byte offset of the next code point.
    Str {
        s: Value,
        byte_pos: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// Over a dict's (or a set's) table; `len` is the size at creation, to
    /// detect changes during iteration.
    Dict {
        dict: ObjRef,
        pos: usize,
        kind: DictIterKind,
        len: usize,
        /// Entries still to come: a dict that yields more than `len`
        /// entries had keys replaced during iteration (CPython's check).
        left: usize,
    },
    /// The old protocol: obj[0], obj[1], ... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// iter(callable, sentinel).
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        iters: Box<[Value]>,
        /// zip(..., strict=True): unequal lengths raise ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// reversed() over a sequence: `remaining` items left, counting down.
    Reversed {
        seq: Value,
        remaining: usize,
    },
    /// An exhausted iterator.
    Done,
}

impl IterObj {
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } => visit(*seq),
            IterObj::Str { s, .. } => visit(*s),
            IterObj::Range { .. } | IterObj::Done => {}
            IterObj::Dict { dict, .. } => visit(Value::obj(*dict)),
            IterObj::GetItem { obj, .. } => visit(*obj),
            IterObj::Callable { func, sentinel } => {
                visit(*func);
                visit(*sentinel);
            }
            IterObj::Enumerate { it, count } => {
                visit(*it);
                visit(*count);
            }
            IterObj::Zip { iters, .. } => iters.iter().for_each(|v| visit(*v)),
            IterObj::Map { func, iters } => {
                visit(*func);
                iters.iter().for_each(|v| visit(*v));
            }
            IterObj::Filter { func, it } => {
                visit(*func);
                visit(*it);
            }
            IterObj::Reversed { seq, .. } => visit(*seq),
        }
    }
}

fn iter_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_error_no_msg(ExcKind::StopIteration)),
    }
}

fn iter_iter(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::method("__next__", 1, 1, iter_next),
    NativeFunc::method("__iter__", 1, 1, iter_iter),
];
