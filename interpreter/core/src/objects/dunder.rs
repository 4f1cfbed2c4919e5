//! Special methods of the built-in types callable explicitly
//! (`(5).__add__(3)`, `int.__mul__(a, b)`, `super().__add__(x)` in a
//! subclass of int, `list.__len__(l)`...).
//!
//! The interpreter never goes through these for its own operators (the
//! operator paths in `vm/ops.rs` handle built-in values natively and look up
//! special methods only on user classes); they exist so that Python code can
//! name them. Each one works on the built-in value inside `self`
//! (`vm.native_of`), so a subclass's `super().__add__(o)` doesn't recurse
//! into the subclass's own `__add__`.

use super::native::NativeFunc;
use super::Object;
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};

/// What kind of built-in value `self` is, for deciding which right-hand
/// operands a numeric special method accepts (the others get
/// NotImplemented, as in CPython: `(1).__add__(1.5)` is NotImplemented).
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Int,
    Float,
    Complex,
    Other,
}

fn kind_of(vm: &Vm, v: Value) -> Kind {
    match vm.as_number(v) {
        Some(Num::Int(_) | Num::Big(_)) => Kind::Int,
        Some(Num::Float(_)) => Kind::Float,
        Some(Num::Complex(..)) => Kind::Complex,
        None => Kind::Other,
    }
}

/// Whether a number method of a `s`-kind self accepts an `o`-kind operand.
fn number_accepts(s: Kind, o: Kind) -> bool {
    match s {
        Kind::Int => o == Kind::Int,
        Kind::Float => matches!(o, Kind::Int | Kind::Float),
        Kind::Complex => o != Kind::Other,
        Kind::Other => true,
    }
}

fn binop_method(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let (s, o) = (vm.native_of(args[0]), vm.native_of(args[1]));
    let (ks, ko) = (kind_of(vm, s), kind_of(vm, o));
    if ks != Kind::Other && !number_accepts(ks, ko) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = if reflected { (o, s) } else { (s, o) };
    // Sequence concatenation and repetition raise TypeError for a wrong
    // operand rather than returning NotImplemented, as CPython's do.
    if ks == Kind::Other && matches!(op, BinOp::Add | BinOp::Mul) {
        return vm.binary_op(op, a, b);
    }
    if vm.is_user_instance(o) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match vm.builtin_binop(op, a, b)? {
        Some(v) => Ok(v),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn divmod_method(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    let (s, o) = (vm.native_of(args[0]), vm.native_of(args[1]));
    let (ks, ko) = (kind_of(vm, s), kind_of(vm, o));
    if ks == Kind::Complex || ko == Kind::Complex || !number_accepts(ks, ko) || ko == Kind::Other {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = if reflected { (o, s) } else { (s, o) };
    crate::modules::builtins::divmod_values(vm, a, b)
}

fn cmp_method(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (s, o) = (vm.native_of(args[0]), vm.native_of(args[1]));
    let (ks, ko) = (kind_of(vm, s), kind_of(vm, o));
    if ks != Kind::Other {
        if !number_accepts(ks, ko) || ko == Kind::Other {
            return Ok(Value::NOT_IMPLEMENTED);
        }
    } else if vm.is_user_instance(o) || !comparable_kinds(vm, s, o) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match vm.builtin_compare(op, s, o)? {
        Some(r) => Ok(Value::bool(r)),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// Whether two non-numeric built-in values are of types that compare with
/// each other (same type, or both bytes-like, or both sets).
fn comparable_kinds(vm: &Vm, a: Value, b: Value) -> bool {
    if vm.is_str(a) || vm.is_str(b) {
        return vm.is_str(a) && vm.is_str(b);
    }
    let (Some(x), Some(y)) = (vm.obj(a), vm.obj(b)) else {
        return a.is(b);
    };
    matches!(
        (x, y),
        (Object::List(_), Object::List(_))
            | (Object::Tuple(_), Object::Tuple(_))
            | (Object::Dict(_), Object::Dict(_))
            | (Object::Set(_), Object::Set(_))
            | (Object::Range(_), Object::Range(_))
            | (
                Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_),
                Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_)
            )
            | (Object::DictView(_), _)
            | (_, Object::DictView(_))
    )
}

macro_rules! binops {
    ($($name:ident = $op:ident, $refl:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
            binop_method(vm, args, BinOp::$op, $refl)
        })*
    };
}

binops! {
    add = Add, false; radd = Add, true;
    sub = Sub, false; rsub = Sub, true;
    mul = Mul, false; rmul = Mul, true;
    truediv = TrueDiv, false; rtruediv = TrueDiv, true;
    floordiv = FloorDiv, false; rfloordiv = FloorDiv, true;
    mod_ = Mod, false; rmod = Mod, true;
    pow_ = Pow, false; rpow = Pow, true;
    lshift = LShift, false; rlshift = LShift, true;
    rshift = RShift, false; rrshift = RShift, true;
    and = And, false; rand = And, true;
    or = Or, false; ror = Or, true;
    xor = Xor, false; rxor = Xor, true;
}

fn pow3(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.get(2) {
        Some(m) if !m.is_none() => {
            let (s, e) = (vm.native_of(args[0]), vm.native_of(args[1]));
            if kind_of(vm, s) != Kind::Int || kind_of(vm, e) != Kind::Int {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let m = vm.native_of(*m);
            super::int::pow_mod(vm, s, e, m)
        }
        _ => pow_(vm, args),
    }
}

fn divmod(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    divmod_method(vm, args, false)
}
fn rdivmod(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    divmod_method(vm, args, true)
}

macro_rules! cmps {
    ($($name:ident = $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
            cmp_method(vm, args, CmpOp::$op)
        })*
    };
}

cmps! {
    eq = Eq; ne = Ne; lt = Lt; le = Le; gt = Gt; ge = Ge;
}

fn unary(vm: &mut Vm, args: &[Value], op: UnaryOp) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.unary_op(op, s)
}
fn neg(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Neg)
}
fn pos(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Pos)
}
fn invert(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Invert)
}
fn abs(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    crate::modules::builtins::abs_value(vm, s)
}
fn bool_(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.is_true(s).map(Value::bool)
}
fn hash(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.hash(s).map(Value::int)
}
fn repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.repr(s)
}
fn str_(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.to_str(s)
}
fn float_(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    match vm.as_number(s) {
        Some(n @ (Num::Int(_) | Num::Big(_) | Num::Float(_))) => {
            super::int::num_to_f64(vm, n).map(Value::float)
        }
        _ => {
            let t = vm.type_name(s);
            Err(vm.type_error(alloc::format!("must be real number, not {}", t)))
        }
    }
}
fn int_self(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    super::int::to_int(vm, s)
}
fn int_round(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    let mut a = alloc::vec![s];
    a.extend(args.get(1).copied());
    crate::modules::builtins::round_value(vm, &a)
}
fn format(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.format(s, args[1])
}
fn len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.len(s).map(|n| Value::int(n as i64))
}
fn iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.get_iter(s)
}
fn contains(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.contains(s, args[1]).map(Value::bool)
}
fn getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.getitem(s, args[1])
}
fn setitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.setitem(s, args[1], args[2])?;
    Ok(Value::NONE)
}
fn delitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    vm.delitem(s, args[1])?;
    Ok(Value::NONE)
}
/// `__iadd__`/`__imul__`/`__ior__`...: the in-place operator on the
/// built-in value, returning `self` (the subclass instance) when the value
/// was updated in place.
fn inplace(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    // A set's in-place operators take only sets (CPython's return
    // NotImplemented for anything else).
    let is_set = |vm: &Vm, v: Value| matches!(vm.obj(v), Some(Object::Set(_)));
    if is_set(vm, s) && !is_set(vm, vm.native_of(args[1])) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = vm.inplace_op(op, s, args[1])?;
    Ok(if r.is(s) { args[0] } else { r })
}
fn iadd(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::Add)
}
fn imul(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::Mul)
}
fn ior(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::Or)
}
fn iand(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::And)
}
fn ixor(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::Xor)
}
fn isub(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    inplace(vm, args, BinOp::Sub)
}
fn reversed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = vm.native_of(args[0]);
    crate::modules::builtins::reversed_value(vm, s)
}

const fn m(name: &'static str, n: u8, f: fn(&mut Vm, &[Value]) -> PyResult<Value>) -> NativeFunc {
    NativeFunc::method(name, n, n, f)
}

/// The rich comparisons, added to every type below that orders its values.
pub static CMP: &[NativeFunc] = &[
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
    m("__lt__", 2, lt),
    m("__le__", 2, le),
    m("__gt__", 2, gt),
    m("__ge__", 2, ge),
];

pub static INT: &[NativeFunc] = &[
    m("__add__", 2, add),
    m("__radd__", 2, radd),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__truediv__", 2, truediv),
    m("__rtruediv__", 2, rtruediv),
    m("__floordiv__", 2, floordiv),
    m("__rfloordiv__", 2, rfloordiv),
    m("__mod__", 2, mod_),
    m("__rmod__", 2, rmod),
    m("__divmod__", 2, divmod),
    m("__rdivmod__", 2, rdivmod),
    NativeFunc::method("__pow__", 2, 3, pow3),
    m("__rpow__", 2, rpow),
    m("__lshift__", 2, lshift),
    m("__rlshift__", 2, rlshift),
    m("__rshift__", 2, rshift),
    m("__rrshift__", 2, rrshift),
    m("__and__", 2, and),
    m("__rand__", 2, rand),
    m("__or__", 2, or),
    m("__ror__", 2, ror),
    m("__xor__", 2, xor),
    m("__rxor__", 2, rxor),
    m("__neg__", 1, neg),
    m("__pos__", 1, pos),
    m("__abs__", 1, abs),
    m("__invert__", 1, invert),
    m("__bool__", 1, bool_),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
    m("__float__", 1, float_),
    m("__trunc__", 1, int_self),
    m("__floor__", 1, int_self),
    m("__ceil__", 1, int_self),
    NativeFunc::method("__round__", 1, 2, int_round),
];

pub static FLOAT: &[NativeFunc] = &[
    m("__add__", 2, add),
    m("__radd__", 2, radd),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__truediv__", 2, truediv),
    m("__rtruediv__", 2, rtruediv),
    m("__floordiv__", 2, floordiv),
    m("__rfloordiv__", 2, rfloordiv),
    m("__mod__", 2, mod_),
    m("__rmod__", 2, rmod),
    m("__divmod__", 2, divmod),
    m("__rdivmod__", 2, rdivmod),
    NativeFunc::method("__pow__", 2, 3, pow3),
    m("__rpow__", 2, rpow),
    m("__neg__", 1, neg),
    m("__pos__", 1, pos),
    m("__abs__", 1, abs),
    m("__bool__", 1, bool_),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
    m("__float__", 1, float_),
];

pub static COMPLEX: &[NativeFunc] = &[
    m("__format__", 2, format),
    m("__add__", 2, add),
    m("__radd__", 2, radd),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__truediv__", 2, truediv),
    m("__rtruediv__", 2, rtruediv),
    NativeFunc::method("__pow__", 2, 3, pow3),
    m("__rpow__", 2, rpow),
    m("__neg__", 1, neg),
    m("__pos__", 1, pos),
    m("__abs__", 1, abs),
    m("__bool__", 1, bool_),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
];

/// tuple.
pub static TUPLE: &[NativeFunc] = &[
    m("__add__", 2, add),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

/// str and bytes: immutable sequences with `%` formatting.
pub static IMMUTABLE_SEQ: &[NativeFunc] = &[
    m("__format__", 2, format),
    m("__add__", 2, add),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__mod__", 2, mod_),
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

/// list.
pub static LIST: &[NativeFunc] = &[
    m("__add__", 2, add),
    m("__iadd__", 2, iadd),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__imul__", 2, imul),
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__setitem__", 3, setitem),
    m("__delitem__", 2, delitem),
    m("__reversed__", 1, reversed),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

/// bytearray.
pub static BYTEARRAY: &[NativeFunc] = &[
    m("__add__", 2, add),
    m("__iadd__", 2, iadd),
    m("__mul__", 2, mul),
    m("__rmul__", 2, rmul),
    m("__imul__", 2, imul),
    m("__mod__", 2, mod_),
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__setitem__", 3, setitem),
    m("__delitem__", 2, delitem),
    m("__reversed__", 1, reversed),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

pub static DICT: &[NativeFunc] = &[
    m("__or__", 2, or),
    m("__ror__", 2, ror),
    m("__ior__", 2, ior),
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
    m("__reversed__", 1, reversed),
];

pub static SET: &[NativeFunc] = &[
    m("__or__", 2, or),
    m("__ror__", 2, ror),
    m("__and__", 2, and),
    m("__rand__", 2, rand),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__xor__", 2, xor),
    m("__rxor__", 2, rxor),
    m("__ior__", 2, ior),
    m("__iand__", 2, iand),
    m("__isub__", 2, isub),
    m("__ixor__", 2, ixor),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

pub static FROZENSET: &[NativeFunc] = &[
    m("__or__", 2, or),
    m("__ror__", 2, ror),
    m("__and__", 2, and),
    m("__rand__", 2, rand),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__xor__", 2, xor),
    m("__rxor__", 2, rxor),
    m("__hash__", 1, hash),
    m("__repr__", 1, repr),
    m("__str__", 1, str_),
];

/// The dict views (keys and items views also have the set operators).
pub static VIEW: &[NativeFunc] = &[
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
    m("__repr__", 1, repr),
    m("__reversed__", 1, reversed),
    m("__or__", 2, or),
    m("__ror__", 2, ror),
    m("__and__", 2, and),
    m("__rand__", 2, rand),
    m("__sub__", 2, sub),
    m("__rsub__", 2, rsub),
    m("__xor__", 2, xor),
    m("__rxor__", 2, rxor),
];

/// memoryview: a sequence whose items can be stored (not deleted).
pub static MEMORYVIEW: &[NativeFunc] = &[
    m("__len__", 1, len),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__setitem__", 3, setitem),
    m("__delitem__", 2, delitem),
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
    m("__repr__", 1, repr),
];

/// range: a read-only sequence.
pub static CONTAINER: &[NativeFunc] = &[
    m("__len__", 1, len),
    m("__reversed__", 1, reversed),
    m("__iter__", 1, iter),
    m("__contains__", 2, contains),
    m("__getitem__", 2, getitem),
    m("__eq__", 2, eq),
    m("__ne__", 2, ne),
    m("__repr__", 1, repr),
];
