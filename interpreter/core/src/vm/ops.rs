//! Operators: arithmetic, comparison, truth, length, subscription and
//! containment, with the special-method protocol for user classes
//! (`__add__` then the reflected `__radd__`, subclass priority, in-place
//! forms) and native fast paths for built-in types.

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::heap::ObjRef;
use crate::objects::{self as o, Object};
use crate::qstr::{self, Qstr};
use crate::value::{Unpacked, Value};
use alloc::format;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// A number taken out of a value (big ints are copied).
#[derive(Clone)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    pub fn to_f64(&self) -> f64 {
        match self {
            Num::Int(i) => *i as f64,
            Num::Big(b) => {
                o::int::bigint_to_f64(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                })
            }
            Num::Float(f) => *f,
            Num::Complex(re, _) => *re,
        }
    }
    pub fn is_int(&self) -> bool {
        matches!(self, Num::Int(_) | Num::Big(_))
    }
}

pub fn binop_dunder(op: BinOp) -> (Qstr, Qstr, Qstr) {
    use BinOp::*;
    match op {
        Add => (qstr::ADD, qstr::RADD, qstr::IADD),
        Sub => (qstr::SUB, qstr::RSUB, qstr::ISUB),
        Mul => (qstr::MUL, qstr::RMUL, qstr::IMUL),
        MatMul => (qstr::MATMUL, qstr::RMATMUL, qstr::IMATMUL),
        TrueDiv => (qstr::TRUEDIV, qstr::RTRUEDIV, qstr::ITRUEDIV),
        FloorDiv => (qstr::FLOORDIV, qstr::RFLOORDIV, qstr::IFLOORDIV),
        Mod => (qstr::MOD, qstr::RMOD, qstr::IMOD),
        Pow => (qstr::POW, qstr::RPOW, qstr::IPOW),
        LShift => (qstr::LSHIFT, qstr::RLSHIFT, qstr::ILSHIFT),
        RShift => (qstr::RSHIFT, qstr::RRSHIFT, qstr::IRSHIFT),
        And => (qstr::AND, qstr::RAND, qstr::IAND),
        Or => (qstr::OR, qstr::ROR, qstr::IOR),
        Xor => (qstr::XOR, qstr::RXOR, qstr::IXOR),
    }
}

fn cmp_dunder(op: CmpOp) -> Qstr {
    match op {
        CmpOp::Lt => qstr::LT,
        CmpOp::Le => qstr::LE,
        CmpOp::Eq => qstr::EQ,
        CmpOp::Ne => qstr::NE,
        CmpOp::Gt => qstr::GT,
        CmpOp::Ge => qstr::GE,
    }
}

impl Vm {
    /// The value as a number (bools count as ints), looking through
    /// instances of int/float subclasses.
    pub fn as_number(&self, v: Value) -> Option<Num> {
        match v.unpack() {
            Unpacked::Int(i) => Some(Num::Int(i)),
            Unpacked::Bool(b) => Some(Num::Int(b as i64)),
            Unpacked::Float(f) => Some(Num::Float(f)),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(Num::Big(b.clone())),
                Object::Complex(re, im) => Some(Num::Complex(*re, *im)),
                Object::Instance(i) if !i.native.is_null() => self.as_number(i.native),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int value (not float) as Num::Int/Num::Big.
    pub fn as_int_num(&self, v: Value) -> Option<Num> {
        self.as_number(v).filter(|n| n.is_int())
    }

    /// Instance of a user-defined class (which may define special methods).
    #[inline]
    pub fn is_user_instance(&self, v: Value) -> bool {
        match v.unpack() {
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Instance(_) => true,
                Object::Exception(e) => !self.is_builtin_type(e.class),
                Object::Type(t) => t.metaclass.is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// For an instance of a subclass of a built-in type, its native value.
    pub fn native_of(&self, v: Value) -> Value {
        match self.obj(v) {
            Some(Object::Instance(i)) if !i.native.is_null() => i.native,
            _ => v,
        }
    }

    /// Look `name` up in the MRO of `ty`, considering only user-defined
    /// classes (built-in types implement their operators natively).
    pub fn lookup_user_attr(&self, ty: ObjRef, name: Qstr) -> Option<Value> {
        let Object::Type(t) = self.heap.get(ty) else {
            return None;
        };
        for &c in &t.mro {
            if let Object::Type(ct) = self.heap.get(c) {
                if ct.builtin {
                    continue;
                }
                if let Some(v) = self.dict_get_q(ct.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// A special method defined by the user class of `v`, if any.
    pub fn user_special(&self, v: Value, name: Qstr) -> Option<Value> {
        if !self.is_user_instance(v) {
            return None;
        }
        let ty = self.type_of(v);
        self.lookup_user_attr(ty, name)
    }

    /// Call a special method found on the type (binding `v` as self).
    pub fn call_special(&mut self, method: Value, v: Value, args: &[Value]) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v);
        all.extend_from_slice(args);
        self.call_descriptor(method, v, &all)
    }

    /// Call an attribute found in a type's MRO as a method of `self_`.
    fn call_descriptor(
        &mut self,
        method: Value,
        self_: Value,
        args_with_self: &[Value],
    ) -> PyResult<Value> {
        match self.obj(method) {
            Some(Object::StaticMethod(f)) => {
                let f = *f;
                self.call(f, &args_with_self[1..], &[])
            }
            Some(Object::ClassMethod(f)) => {
                let f = *f;
                let ty = Value::obj(self.type_of(self_));
                let mut all = args_with_self.to_vec();
                all[0] = ty;
                self.call(f, &all, &[])
            }
            _ => self.call(method, args_with_self, &[]),
        }
    }

    // ----- binary operators -----

    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        // bool & | ^ bool stays a bool.
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match op {
                BinOp::And => return Ok(Value::bool(x & y)),
                BinOp::Or => return Ok(Value::bool(x | y)),
                BinOp::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        // Small-int fast paths.
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            if let Some(v) = o::int::small_binop(op, x, y) {
                return Ok(v);
            }
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            if let Some(r) = o::float::float_binop(self, op, x, y) {
                return r;
            }
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            return self.binary_op_user(op, a, b);
        }
        match self.builtin_binop(op, a, b)? {
            Some(v) => Ok(v),
            None => Err(self.unsupported_operands(op, a, b)),
        }
    }

    pub fn unsupported_operands(&mut self, op: BinOp, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        // Sequence concatenation has its own messages.
        if op == BinOp::Add && !self.is_user_instance(a) {
            let na = self.native_of(a);
            let kind = if self.is_str(na) {
                Some("str")
            } else {
                match self.obj(na) {
                    Some(Object::List(_)) => Some("list"),
                    Some(Object::Tuple(_)) => Some("tuple"),
                    Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                        return self.new_error(
                            ExcKind::TypeError,
                            format!("can't concat {} to {}", tb, ta),
                        )
                    }
                    _ => None,
                }
            };
            if let Some(k) = kind {
                return self.new_error(
                    ExcKind::TypeError,
                    format!("can only concatenate {} (not \"{}\") to {}", k, tb, k),
                );
            }
        }
        self.new_error(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                ta,
                tb
            ),
        )
    }

    fn binary_op_user(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (name, rname, _) = binop_dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let am = self.user_special(a, name);
        let bm = if ta != tb {
            self.user_special(b, rname)
        } else {
            None
        };
        // A subclass's reflected method goes first.
        if let Some(bm) = bm {
            if self.is_subtype(tb, ta) && !self.is_subtype(ta, tb) {
                let r = self.call_special(bm, b, &[a])?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
                return self.binary_op_user_rest(op, a, b, am, None);
            }
        }
        self.binary_op_user_rest(op, a, b, am, bm)
    }

    fn binary_op_user_rest(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        am: Option<Value>,
        bm: Option<Value>,
    ) -> PyResult<Value> {
        if let Some(am) = am {
            let r = self.call_special(am, a, &[b])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(bm) = bm {
            let r = self.call_special(bm, b, &[a])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        // Built-in operands (or the built-in part of subclass instances)
        // get the built-in operation, which may accept user objects (str %
        // obj, seq * obj-with-__index__).
        let (na, nb) = (self.native_of(a), self.native_of(b));
        if let Some(v) = self.builtin_binop(op, na, nb)? {
            return Ok(v);
        }
        Err(self.unsupported_operands(op, a, b))
    }

    /// Built-in types' operators; Ok(None) means "not supported".
    pub fn builtin_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        // Numbers.
        let (na, nb) = (self.as_number(a), self.as_number(b));
        if let (Some(x), Some(y)) = (na, nb) {
            return o::int::number_binop(self, op, a, b, x.is_int() && y.is_int()).map(Some);
        }
        if let Some(v) = self.native_binop(op, a, b)? {
            return Ok(Some(v));
        }
        match op {
            BinOp::Add => o::list::concat(self, a, b),
            BinOp::Mul => self.seq_repeat(a, b),
            BinOp::Mod => {
                if self.is_str(a) {
                    return o::str::percent_format(self, a, b).map(Some);
                }
                if matches!(
                    self.obj(a),
                    Some(Object::Bytes(_)) | Some(Object::ByteArray(_))
                ) {
                    return o::bytes::percent_format(self, a, b).map(Some);
                }
                Ok(None)
            }
            BinOp::Or
                if matches!(
                    (self.obj(a), self.obj(b)),
                    (Some(Object::Dict(_)), Some(Object::Dict(_)))
                ) =>
            {
                o::dict::union(self, a, b).map(Some)
            }
            // `int | None`: a union of classes.
            BinOp::Or if self.is_type(a) || self.is_type(b) => o::union_type::union(self, a, b),
            BinOp::Or | BinOp::And | BinOp::Xor | BinOp::Sub => o::set::set_binop(self, op, a, b),
            _ => Ok(None),
        }
    }

    /// `seq * n` and `n * seq`; Ok(None) when neither side is a sequence.
    fn seq_repeat(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let is_seq = |vm: &Vm, v: Value| {
            vm.is_str(v)
                || matches!(
                    vm.obj(v),
                    Some(
                        Object::List(_)
                            | Object::Tuple(_)
                            | Object::Bytes(_)
                            | Object::ByteArray(_)
                    )
                )
        };
        let (seq, count) = if is_seq(self, a) {
            (a, b)
        } else if is_seq(self, b) {
            (b, a)
        } else {
            return Ok(None);
        };
        let has_index =
            self.as_int_num(count).is_some() || self.user_special(count, qstr::INDEX).is_some();
        if !has_index {
            let t = self.type_name(count);
            return Err(self.new_error(
                ExcKind::TypeError,
                format!("can't multiply sequence by non-int of type '{}'", t),
            ));
        }
        let n = self.to_index(count)?;
        o::list::repeat(self, seq, n)
    }

    /// `to_index` for a subscript (`seq[i]`): too big is IndexError.
    pub fn to_subscript_index(&mut self, v: Value) -> PyResult<i64> {
        self.to_index(v).map_err(|e| {
            if self.exception_is(e.0, ExcKind::OverflowError) {
                self.index_error("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })
    }

    /// A special method of a module-defined object's type (array, file,
    /// ...): such types implement their operators as entries of their
    /// method tables, which the VM consults here.
    pub fn native_special(&self, v: Value, name: Qstr) -> Option<Value> {
        match self.obj(v) {
            Some(Object::Native(_)) => self.type_attr(v, name),
            _ => None,
        }
    }

    /// `a op b` when an operand is a module-defined object: its method,
    /// then the other operand's reflected one.
    fn native_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (name, rname, _) = binop_dunder(op);
        if let Some(m) = self.native_special(a, name) {
            let r = self.call_special(m, a, &[b])?;
            if !r.is_not_implemented() {
                return Ok(Some(r));
            }
        }
        if let Some(m) = self.native_special(b, rname) {
            let r = self.call_special(m, b, &[a])?;
            if !r.is_not_implemented() {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Rich comparison when an operand is a module-defined object.
    fn native_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let Some(m) = self.native_special(a, cmp_dunder(op)) {
            let r = self.call_special(m, a, &[b])?;
            if !r.is_not_implemented() {
                return self.is_true(r).map(Some);
            }
        }
        if let Some(m) = self.native_special(b, cmp_dunder(op.swapped())) {
            let r = self.call_special(m, b, &[a])?;
            if !r.is_not_implemented() {
                return self.is_true(r).map(Some);
            }
        }
        Ok(None)
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            if let Some(v) = o::int::small_binop(op, x, y) {
                return Ok(v);
            }
        }
        if self.is_user_instance(a) {
            let (_, _, iname) = binop_dunder(op);
            if let Some(m) = self.user_special(a, iname) {
                let r = self.call_special(m, a, &[b])?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        // Mutable built-ins update in place.
        let target = self.native_of(a);
        if let Some(m) = self.native_special(target, binop_dunder(op).2) {
            let r = self.call_special(m, target, &[b])?;
            if !r.is_not_implemented() {
                return Ok(a);
            }
        }
        if let Some(r) = target.as_obj() {
            match (self.heap.get(r), op) {
                (Object::List(_), BinOp::Add) => {
                    o::list::extend(self, r, b)?;
                    return Ok(a);
                }
                (Object::List(_), BinOp::Mul) => {
                    if let Some(n) = b.as_small_int() {
                        o::list::repeat_in_place(self, r, n)?;
                        return Ok(a);
                    }
                }
                (Object::ByteArray(_), BinOp::Add) => {
                    o::bytearray::iadd(self, r, b)?;
                    return Ok(a);
                }
                (Object::ByteArray(_), BinOp::Mul) => {
                    if let Some(n) = b.as_small_int() {
                        o::bytearray::repeat_in_place(self, r, n)?;
                        return Ok(a);
                    }
                }
                (Object::Set(s), BinOp::Or | BinOp::And | BinOp::Xor | BinOp::Sub) if !s.frozen =>
                {
                    #[allow(clippy::collapsible_match)]
                    if o::set::set_inplace(self, op, r, b)? {
                        return Ok(a);
                    }
                }
                (Object::Dict(_), BinOp::Or) => {
                    o::dict::update_from(self, r, b)?;
                    return Ok(a);
                }
                _ => {}
            }
        }
        let result = self.binary_op(op, a, b);
        match result {
            Err(e) if self.is_unsupported_operands_error(e, op, a, b) => {
                // Name the augmented operator, as CPython does (`+=`).
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                let sym = match op {
                    BinOp::Pow => "**",
                    _ => op.symbol(),
                };
                Err(self.new_error(
                    ExcKind::TypeError,
                    format!(
                        "unsupported operand type(s) for {}=: '{}' and '{}'",
                        sym, ta, tb
                    ),
                ))
            }
            other => other,
        }
    }

    /// Whether `e` is the TypeError `unsupported_operands(op, a, b)` makes.
    fn is_unsupported_operands_error(&self, e: PyErr, op: BinOp, a: Value, b: Value) -> bool {
        let Some(Object::Exception(x)) = self.obj(e.0) else {
            return false;
        };
        let Some(msg) = self
            .tuple_items(x.args)
            .and_then(|items| items.first().copied())
            .and_then(|m| self.str_of(m))
        else {
            return false;
        };
        let expected = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        );
        self.exception_is(e.0, ExcKind::TypeError) && msg == expected
    }

    // ----- unary operators -----

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::bool(!self.is_true(v)?));
        }
        if self.is_user_instance(v) {
            let name = match op {
                UnaryOp::Neg => qstr::NEG,
                UnaryOp::Pos => qstr::POS,
                UnaryOp::Invert => qstr::INVERT,
                UnaryOp::Not => qstr::BOOL,
            };
            if let Some(m) = self.user_special(v, name) {
                return self.call_special(m, v, &[]);
            }
            let n = self.native_of(v);
            if !n.is(v) {
                return self.unary_op(op, n);
            }
        } else if let Some(n) = self.as_number(v) {
            if let Some(r) = o::int::number_unary(self, op, n) {
                return r;
            }
        }
        let t = self.type_name(v);
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        Err(self.new_error(
            ExcKind::TypeError,
            format!("bad operand type for unary {}: '{}'", sym, t),
        ))
    }

    // ----- comparisons -----

    /// Rich comparison; the result may be any object for user classes.
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            return Ok(Value::bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }));
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            return self.compare_user(op, a, b);
        }
        match self.builtin_compare(op, a, b)? {
            Some(r) => Ok(Value::bool(r)),
            None => match op {
                CmpOp::Eq => Ok(Value::bool(a.is(b))),
                CmpOp::Ne => Ok(Value::bool(!a.is(b))),
                _ => Err(self.unorderable(op, a, b)),
            },
        }
    }

    fn unorderable(&mut self, op: CmpOp, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.new_error(
            ExcKind::TypeError,
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta,
                tb
            ),
        )
    }

    fn compare_user(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let name = cmp_dunder(op);
        let rname = cmp_dunder(op.swapped());
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mut am = self.user_special(a, name);
        let mut bm = self.user_special(b, rname);
        if bm.is_some() && ta != tb && self.is_subtype(tb, ta) {
            // Reflected method of the subclass first.
            let r = self.call_special(bm.unwrap_or(Value::NONE), b, &[a])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
            bm = None;
        }
        if let Some(m) = am.take() {
            let r = self.call_special(m, a, &[b])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(m) = bm {
            let r = self.call_special(m, b, &[a])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        // __ne__ defaults to the inverse of __eq__ (the left operand's, then
        // the reflected right one's).
        if op == CmpOp::Ne {
            for (x, y) in [(a, b), (b, a)] {
                if let Some(eq) = self.user_special(x, qstr::EQ) {
                    let r = self.call_special(eq, x, &[y])?;
                    if !r.is_not_implemented() {
                        return Ok(Value::bool(!self.is_true(r)?));
                    }
                }
            }
        }
        let (na, nb) = (self.native_of(a), self.native_of(b));
        if (!na.is(a) || !nb.is(b)) && !self.is_user_instance(na) && !self.is_user_instance(nb) {
            if let Some(r) = self.builtin_compare(op, na, nb)? {
                return Ok(Value::bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.unorderable(op, a, b)),
        }
    }

    /// Comparison of built-in values; Ok(None) when the types don't compare.
    pub fn builtin_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            return o::float::compare_numbers(self, op, x, y);
        }
        if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
            return Ok(Some(cmp_ord(op, x.cmp(y))));
        }
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Some(r));
        }
        let (Some(ra), Some(rb)) = (a.as_obj(), b.as_obj()) else {
            return Ok(match op {
                CmpOp::Eq => Some(a.is(b)),
                CmpOp::Ne => Some(!a.is(b)),
                _ => None,
            });
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_)) => {
                o::list::compare_seqs(self, op, a, b).map(Some)
            }
            (Object::Bytes(_) | Object::ByteArray(_), Object::Bytes(_) | Object::ByteArray(_)) => {
                let x = self.bytes_of(a).unwrap_or(&[]);
                let y = self.bytes_of(b).unwrap_or(&[]);
                Ok(Some(cmp_ord(op, x.cmp(y))))
            }
            (Object::Dict(_), Object::Dict(_)) => match op {
                CmpOp::Eq => o::dict::dicts_equal(self, ra, rb).map(Some),
                CmpOp::Ne => o::dict::dicts_equal(self, ra, rb).map(|e| Some(!e)),
                _ => Ok(None),
            },
            (Object::Set(_), Object::Set(_)) => o::set::compare_sets(self, op, ra, rb).map(Some),
            (Object::DictView(_), _) | (_, Object::DictView(_)) => {
                o::dict::compare_views(self, op, a, b)
            }
            (Object::Slice(x), Object::Slice(y)) => {
                // Slices compare as (start, stop, step) tuples.
                let (tx, ty) = (
                    [x.start, x.stop, x.step].to_vec(),
                    [y.start, y.stop, y.step].to_vec(),
                );
                let tx = self.new_tuple(tx)?;
                let ty = self.new_tuple(ty)?;
                o::list::compare_seqs(self, op, tx, ty).map(Some)
            }
            (Object::Range(x), Object::Range(y)) => {
                let eq = o::range::ranges_equal(x, y);
                Ok(match op {
                    CmpOp::Eq => Some(eq),
                    CmpOp::Ne => Some(!eq),
                    _ => None,
                })
            }
            (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => {
                let eq = match (self.bytes_of(a), self.bytes_of(b)) {
                    (Some(x), Some(y)) => x == y,
                    _ => a.is(b),
                };
                Ok(match op {
                    CmpOp::Eq => Some(eq),
                    CmpOp::Ne => Some(!eq),
                    _ => None,
                })
            }
            _ => Ok(match op {
                CmpOp::Eq => Some(a.is(b)),
                CmpOp::Ne => Some(!a.is(b)),
                _ => None,
            }),
        }
    }

    pub fn compare_bool(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(op, a, b)?;
        match r.as_bool() {
            Some(b) => Ok(b),
            None => self.is_true(r),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            // Identity implies equality for containers' purposes, as in
            // CPython (so [nan] == [nan]); `nan == nan` itself goes
            // through compare().
            if a.as_float().is_none() {
                return Ok(true);
            }
        }
        if let Some(r) = self.simple_eq(a, b) {
            return Ok(r);
        }
        self.compare_bool(CmpOp::Eq, a, b)
    }

    // ----- truth, length -----

    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        match v.unpack() {
            Unpacked::Bool(b) => return Ok(b),
            Unpacked::None | Unpacked::Null => return Ok(false),
            Unpacked::Int(i) => return Ok(i != 0),
            Unpacked::Float(f) => return Ok(f != 0.0),
            Unpacked::Str(q) => return Ok(!self.qstrs.get(q).is_empty()),
            Unpacked::Native(_) | Unpacked::Ellipsis | Unpacked::NotImplemented => return Ok(true),
            Unpacked::Obj(_) => {}
        }
        if self.is_user_instance(v) {
            if let Some(m) = self.user_special(v, qstr::BOOL) {
                let r = self.call_special(m, v, &[])?;
                return match r.as_bool() {
                    Some(b) => Ok(b),
                    None => {
                        let t = self.type_name(r);
                        Err(self.new_error(
                            ExcKind::TypeError,
                            format!("__bool__ should return bool, returned {}", t),
                        ))
                    }
                };
            }
            if let Some(m) = self.user_special(v, qstr::LEN) {
                let r = self.call_special(m, v, &[])?;
                let n = self.len_result(r)?;
                return Ok(n != 0);
            }
            let n = self.native_of(v);
            if n.is(v) {
                return Ok(true);
            }
            return self.is_true(n);
        }
        if let Some(Object::Native(_)) = self.obj(v) {
            if let Some(m) = self.native_special(v, qstr::BOOL) {
                let r = self.call_special(m, v, &[])?;
                return self.is_true(r);
            }
            if let Some(m) = self.native_special(v, qstr::LEN) {
                let r = self.call_special(m, v, &[])?;
                return Ok(self.len_result(r)? != 0);
            }
            return Ok(true);
        }
        Ok(match self.obj(v) {
            Some(Object::BigInt(_)) => true,
            Some(Object::Complex(re, im)) => *re != 0.0 || *im != 0.0,
            Some(_) => match self.builtin_len(v) {
                Some(n) => n != 0,
                None => true,
            },
            None => true,
        })
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r.as_small_int() {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.new_error(ExcKind::ValueError, "__len__() should return >= 0")),
            None => {
                let t = self.type_name(r);
                Err(self.new_error(
                    ExcKind::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", t),
                ))
            }
        }
    }

    /// len() of built-in containers.
    pub fn builtin_len(&self, v: Value) -> Option<usize> {
        match v.unpack() {
            Unpacked::Str(q) => Some(self.qstrs.get(q).chars().count()),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.char_len()),
                Object::Bytes(b) => Some(b.data.len()),
                Object::ByteArray(b) => Some(b.len()),
                Object::List(l) => Some(l.len()),
                Object::Tuple(t) => Some(t.len()),
                Object::Dict(d) => Some(d.table.len()),
                Object::Set(s) => Some(s.table.len()),
                Object::DictView(dv) => Some(self.dict_len(dv.dict)),
                // (a range longer than usize: `len()` raises OverflowError)
                Object::Range(rg) => usize::try_from(rg.len()).ok(),
                Object::MemoryView(m) => Some(m.len / (m.itemsize.max(1) as usize)),
                Object::Instance(i) if !i.native.is_null() => self.builtin_len(i.native),
                Object::Native(_) => None,
                _ => None,
            },
            _ => None,
        }
    }

    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if self.is_user_instance(v) {
            if let Some(m) = self.user_special(v, qstr::LEN) {
                let r = self.call_special(m, v, &[])?;
                return self.len_result(r);
            }
        }
        if let Some(n) = self.builtin_len(v) {
            return Ok(n);
        }
        if let Some(Object::Range(_)) = self.obj(v) {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        let n = self.native_of(v);
        if let Some(Object::Native(_)) = self.obj(n) {
            if let Some(r) = self.call_method_opt(n, qstr::LEN, &[])? {
                return self.len_result(r);
            }
        }
        let t = self.type_name(v);
        Err(self.new_error(
            ExcKind::TypeError,
            format!("object of type '{}' has no len()", t),
        ))
    }

    // ----- subscription -----

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(r) = obj.as_obj() {
            match self.heap.get(r) {
                Object::List(l) => {
                    if let Some(i) = key.as_small_int() {
                        let len = l.len() as i64;
                        let idx = if i < 0 { i + len } else { i };
                        if idx >= 0 && idx < len {
                            return Ok(l[idx as usize]);
                        }
                        return Err(self.new_error(ExcKind::IndexError, "list index out of range"));
                    }
                }
                Object::Dict(_) => {
                    if let Some(v) = self.dict_get(r, key)? {
                        return Ok(v);
                    }
                    return Err(self.key_error(key));
                }
                Object::Instance(_) | Object::Exception(_) | Object::Type(_) => {
                    if let Some(m) = self.user_special(obj, qstr::GETITEM) {
                        return self.call_special(m, obj, &[key]);
                    }
                    // dict subclasses: __missing__ for absent keys.
                    if let Some(d) = self
                        .native_of(obj)
                        .as_obj()
                        .filter(|d| matches!(self.heap.get(*d), Object::Dict(_)))
                    {
                        if let Some(v) = self.dict_get(d, key)? {
                            return Ok(v);
                        }
                        if let Some(m) = self.user_special(obj, qstr::MISSING) {
                            return self.call_special(m, obj, &[key]);
                        }
                        return Err(self.key_error(key));
                    }
                    if let Object::Type(_) = self.heap.get(r) {
                        return self.class_getitem(r, key);
                    }
                    let n = self.native_of(obj);
                    if !n.is(obj) {
                        return self.getitem(n, key);
                    }
                }
                _ => {}
            }
        }
        o::list::getitem_builtin(self, obj, key)
    }

    /// `cls[key]` on a class: the built-in containers' generic aliases
    /// (`list[int]`) are the class itself; other classes need
    /// `__class_getitem__` (implicitly a class method, as in CPython).
    fn class_getitem(&mut self, cls: ObjRef, key: Value) -> PyResult<Value> {
        let t = &self.types;
        if [t.list, t.tuple, t.dict, t.set, t.frozenset, t.type_].contains(&cls) {
            return Ok(Value::obj(cls));
        }
        let name = self.intern_static("__class_getitem__");
        if let Some(f) = self.lookup_in_mro(cls, name) {
            let plain = matches!(self.obj(f), Some(Object::Function(_)));
            if plain {
                return self.call(f, &[Value::obj(cls), key], &[]);
            }
            let f = self.getattr(Value::obj(cls), name)?;
            return self.call(f, &[key], &[]);
        }
        let n = self.class_name(cls);
        Err(self.new_error(
            ExcKind::TypeError,
            format!("type '{}' is not subscriptable", n),
        ))
    }

    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(r) = obj.as_obj() {
            match self.heap.get(r) {
                Object::List(l) => {
                    if let Some(i) = key.as_small_int() {
                        let len = l.len() as i64;
                        let idx = if i < 0 { i + len } else { i };
                        if idx >= 0 && idx < len {
                            if let Some(l) = self.list_mut(r) {
                                l[idx as usize] = value;
                            }
                            return Ok(());
                        }
                        return Err(self
                            .new_error(ExcKind::IndexError, "list assignment index out of range"));
                    }
                }
                Object::Dict(_) => return self.dict_set(r, key, value),
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(m) = self.user_special(obj, qstr::SETITEM) {
                        self.call_special(m, obj, &[key, value])?;
                        return Ok(());
                    }
                    let n = self.native_of(obj);
                    if !n.is(obj) {
                        return self.setitem(n, key, value);
                    }
                }
                _ => {}
            }
        }
        o::list::setitem_builtin(self, obj, key, value)
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Some(r) = obj.as_obj() {
            match self.heap.get(r) {
                Object::Dict(_) => {
                    if self.dict_remove(r, key)?.is_none() {
                        return Err(self.key_error(key));
                    }
                    return Ok(());
                }
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(m) = self.user_special(obj, qstr::DELITEM) {
                        self.call_special(m, obj, &[key])?;
                        return Ok(());
                    }
                    let n = self.native_of(obj);
                    if !n.is(obj) {
                        return self.delitem(n, key);
                    }
                }
                _ => {}
            }
        }
        o::list::delitem_builtin(self, obj, key)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if self.is_user_instance(container) {
            if let Some(m) = self.user_special(container, qstr::CONTAINS) {
                let r = self.call_special(m, container, &[item])?;
                return self.is_true(r);
            }
            let n = self.native_of(container);
            if n.is(container) {
                // Fall back to iteration (__iter__ or __getitem__).
                return self.contains_by_iteration(container, item);
            }
            return self.contains(n, item);
        }
        if let (Some(hay), Some(needle)) = (self.str_of(container), self.str_of(item)) {
            return Ok(hay.contains(needle));
        }
        if let Some(r) = container.as_obj() {
            match self.heap.get(r) {
                Object::Dict(_) | Object::Set(_) => {
                    let h = self.hash(item)?;
                    return Ok(self.table_find(r, item, h)?.is_some());
                }
                Object::DictView(dv) => {
                    let (d, kind) = (dv.dict, dv.kind);
                    return o::dict::view_contains(self, d, kind, item);
                }
                Object::List(_) | Object::Tuple(_) => {
                    let n = self.seq_items(container).map_or(0, |s| s.len());
                    let mut i = 0;
                    while i < n {
                        let Some(x) = self.seq_items(container).and_then(|s| s.get(i)).copied()
                        else {
                            break;
                        };
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Object::Range(rg) => {
                    let rg = *rg;
                    return Ok(o::range::contains(self, &rg, item));
                }
                Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) => {
                    return o::bytes::contains(self, container, item);
                }
                Object::Str(_) => {
                    let t = self.type_name(item);
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!("'in <string>' requires string as left operand, not {}", t),
                    ));
                }
                _ => {}
            }
        }
        if self.is_str(container) {
            let t = self.type_name(item);
            return Err(self.new_error(
                ExcKind::TypeError,
                format!("'in <string>' requires string as left operand, not {}", t),
            ));
        }
        self.contains_by_iteration(container, item)
    }

    fn contains_by_iteration(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            // (As CPython: any TypeError from iter() becomes this one.)
            Err(e) if self.exception_is(e.0, ExcKind::TypeError) => {
                let t = self.type_name(container);
                return Err(self.new_error(
                    ExcKind::TypeError,
                    format!("argument of type '{}' is not iterable", t),
                ));
            }
            Err(e) => return Err(e),
        };
        self.heap.temp_roots.push(it);
        while let Some(x) = self.iter_next(it)? {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The bytes of a bytes-like value (bytes, bytearray, memoryview).
    pub fn bytes_of(&self, v: Value) -> Option<&[u8]> {
        match self.obj(v)? {
            Object::Bytes(b) => Some(&b.data),
            Object::ByteArray(b) => Some(b),
            Object::MemoryView(m) => {
                let base = self.buffer_of(m.base)?;
                base.get(m.offset..m.offset + m.len)
            }
            Object::Instance(i) if !i.native.is_null() => self.bytes_of(i.native),
            Object::Native(_) => self.buffer_of(v),
            _ => None,
        }
    }

    /// The raw buffer of any object supporting the buffer protocol (also
    /// str's UTF-8, as Pycopy's memoryview(str) allows).
    pub fn buffer_of(&self, v: Value) -> Option<&[u8]> {
        match v.unpack() {
            Unpacked::Str(q) => Some(self.qstrs.get(q).as_bytes()),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.as_str().as_bytes()),
                Object::Bytes(b) => Some(&b.data),
                Object::ByteArray(b) => Some(b),
                Object::MemoryView(_) => self.bytes_of(v),
                Object::Native(n) => crate::modules::buffer_of_native(n.as_ref()),
                Object::Instance(i) if !i.native.is_null() => self.buffer_of(i.native),
                _ => None,
            },
            _ => None,
        }
    }

    /// A KeyError carrying the key.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        match self.make_exception(ExcKind::KeyError, &[key]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    /// An int index from an int, bool or object with __index__; one that
    /// doesn't fit a machine word is OverflowError (subscripts, which raise
    /// IndexError instead, use `to_subscript_index`).
    pub fn to_index(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        match self.as_number(v) {
            Some(Num::Int(i)) => return Ok(i),
            Some(Num::Big(_)) => {
                return Err(self.new_error(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ => {}
        }
        if let Some(m) = self.user_special(v, qstr::INDEX) {
            let r = self.call_special(m, v, &[])?;
            if let Some(i) = r.as_small_int() {
                return Ok(i);
            }
        }
        let t = self.type_name(v);
        Err(self.new_error(
            ExcKind::TypeError,
            format!("'{}' object cannot be interpreted as an integer", t),
        ))
    }
}

pub fn cmp_ord(op: CmpOp, o: core::cmp::Ordering) -> bool {
    use core::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}
