//! float: immediate f64 values.

use super::int::{bigint_to_f64, HASH_MODULUS};
use super::native::NativeFunc;
use crate::bytecode::{BinOp, CmpOp};
use crate::format::float_ops;
use crate::value::Value;
use crate::vm::ops::{cmp_ord, Num};
use crate::vm::{PyResult, Vm};
use alloc::format;
use alloc::string::String;
use num_bigint::BigInt;

/// Python's hash of a float: equal to the hash of an equal int, computed
/// modulo 2**61 - 1 from the exact binary value.
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f == 0.0 {
        return 0;
    }
    let bits = f.to_bits();
    let neg = (bits >> 63) != 0;
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let (mant, exp) = if raw_exp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), raw_exp - 1075)
    };
    // value = mant * 2**exp; 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
    let m = (mant % HASH_MODULUS) as u128;
    let e = exp.rem_euclid(61) as u32;
    let h = ((m << e) % HASH_MODULUS as u128) as i64;
    let h = if neg { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's repr() of a float: the shortest string that reads back the
/// same, scientific notation for exponents < -4 or >= 16.
pub fn repr(f: f64) -> String {
    crate::format::float_repr::float_repr(f)
}

/// Equality across int/float/complex.
pub fn numbers_equal(x: &Num, y: &Num) -> bool {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => a == b,
        (Num::Big(a), Num::Big(b)) => a == b,
        (Num::Int(_), Num::Big(_)) | (Num::Big(_), Num::Int(_)) => false,
        (Num::Complex(a, b), Num::Complex(c, d)) => a == c && b == d,
        (Num::Complex(a, b), other) | (other, Num::Complex(a, b)) => {
            *b == 0.0 && numbers_equal(&Num::Float(*a), other)
        }
        (Num::Float(a), Num::Float(b)) => a == b,
        (Num::Float(f), i) | (i, Num::Float(f)) => {
            float_int_cmp(*f, i) == Some(core::cmp::Ordering::Equal)
        }
    }
}

/// Exact comparison of a float with an int (None for NaN).
fn float_int_cmp(f: f64, i: &Num) -> Option<core::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Less
        });
    }
    match i {
        Num::Int(n) => {
            if n.unsigned_abs() < (1 << 53) {
                return f.partial_cmp(&(*n as f64));
            }
            let fb = float_to_bigint_floor(f);
            Some(cmp_big_with_float(&BigInt::from(*n), fb, f).reverse())
        }
        Num::Big(b) => {
            let fb = float_to_bigint_floor(f);
            Some(cmp_big_with_float(b, fb, f).reverse())
        }
        _ => None,
    }
}

/// floor(f) as a BigInt (f finite).
fn float_to_bigint_floor(f: f64) -> BigInt {
    let t = libm::floor(f);
    if t.abs() < 9.0e18 {
        return BigInt::from(t as i64);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as u64;
    }
    if t < 0.0 {
        -b
    } else {
        b
    }
}

/// Compare int `b` with float `f` whose floor is `fb`.
fn cmp_big_with_float(b: &BigInt, fb: BigInt, f: f64) -> core::cmp::Ordering {
    use core::cmp::Ordering::*;
    match b.cmp(&fb) {
        Less => Less,
        Greater => Greater,
        Equal => {
            if libm::floor(f) == f {
                Equal
            } else {
                Less
            }
        }
    }
}

pub fn compare_numbers(vm: &mut Vm, op: CmpOp, x: Num, y: Num) -> PyResult<Option<bool>> {
    use core::cmp::Ordering;
    let ord: Option<Ordering> = match (&x, &y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Big(a), Num::Big(b)) => Some(a.cmp(b)),
        (Num::Int(a), Num::Big(b)) => Some(BigInt::from(*a).cmp(b)),
        (Num::Big(a), Num::Int(b)) => Some(a.cmp(&BigInt::from(*b))),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(f), i @ (Num::Int(_) | Num::Big(_))) => float_int_cmp(*f, i),
        (i @ (Num::Int(_) | Num::Big(_)), Num::Float(f)) => {
            float_int_cmp(*f, i).map(|o| o.reverse())
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let _ = vm;
            return Ok(match op {
                CmpOp::Eq => Some(numbers_equal(&x, &y)),
                CmpOp::Ne => Some(!numbers_equal(&x, &y)),
                _ => None,
            });
        }
    };
    Ok(Some(match ord {
        Some(o) => cmp_ord(op, o),
        None => op == CmpOp::Ne,
    }))
}

/// Float arithmetic; None when the operator doesn't apply to floats.
pub fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
    Some(match op {
        BinOp::Add => Ok(Value::float(x + y)),
        BinOp::Sub => Ok(Value::float(x - y)),
        BinOp::Mul => Ok(Value::float(x * y)),
        BinOp::TrueDiv => {
            if y == 0.0 {
                Err(vm.zero_division("float division by zero"))
            } else {
                Ok(Value::float(x / y))
            }
        }
        BinOp::FloorDiv => match float_ops::float_floordiv(x, y) {
            Ok(r) => Ok(Value::float(r)),
            Err(e) => Err(super::str::format_error(vm, e)),
        },
        BinOp::Mod => match float_ops::float_mod(x, y) {
            Ok(r) => Ok(Value::float(r)),
            Err(e) => Err(super::str::format_error(vm, e)),
        },
        BinOp::Pow => float_pow(vm, x, y),
        _ => return None,
    })
}

fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    // The special values first, in CPython's order: an infinite operand
    // decides before a zero base or a negative one does.
    let special = y == 0.0 || x.is_nan() || y.is_nan() || y.is_infinite() || x.is_infinite();
    if !special {
        if x == 0.0 && y < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && libm::floor(y) != y {
            // A negative base with a fractional exponent gives a complex.
            let r = super::fpow::pow(-x, y);
            if r.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            let angle = core::f64::consts::PI * y;
            return super::complex::new_complex(vm, r * libm::cos(angle), r * libm::sin(angle));
        }
    }
    let r = super::fpow::pow(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// float(x).
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(n) = vm.as_number(v) {
        return match n {
            Num::Big(b) => match bigint_to_f64(&b) {
                Some(f) => Ok(f),
                None => Err(vm.overflow_error("int too large to convert to float")),
            },
            Num::Complex(..) => Err(
                vm.type_error("float() argument must be a string or a real number, not 'complex'")
            ),
            other => Ok(other.to_f64()),
        };
    }
    if let Some(s) = vm.str_of(vm.native_of(v)).map(String::from) {
        return parse_float(vm, &s);
    }
    if let Some(b) = vm
        .bytes_of(v)
        .map(|b| String::from_utf8_lossy(b).into_owned())
    {
        return parse_float(vm, &b);
    }
    if vm.is_user_instance(v) {
        if let Some(m) = vm.user_special(v, crate::qstr::FLOAT) {
            let r = vm.call_special(m, v, &[])?;
            if let Some(f) = r.as_float() {
                return Ok(f);
            }
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("__float__ returned non-float (type {})", t)));
        }
        if let Some(m) = vm.user_special(v, crate::qstr::INDEX) {
            let r = vm.call_special(m, v, &[])?;
            return to_float(vm, r);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        t
    )))
}

pub fn parse_float(vm: &mut Vm, s: &str) -> PyResult<f64> {
    match crate::format::float_parse::parse_float(s) {
        Ok(f) => Ok(f),
        Err(e) => Err(super::str::format_error(vm, e)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = match args.get(1) {
        Some(v) => to_float(vm, *v)?,
        None => 0.0,
    };
    let t = vm.types.float;
    vm.wrap_native(args[0], Value::float(f), t)
}

fn self_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.native_of(v).as_float() {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'float' object but received a '{}'",
                t
            )))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    Ok(Value::bool(f.is_finite() && libm::floor(f) == f))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    match float_ops::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let n = vm.new_bigint(n)?;
            let d = vm.new_bigint(d)?;
            vm.new_tuple(alloc::vec![n, d])
        }
        Err(e) => Err(super::str::format_error(vm, e)),
    }
}

fn float_hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    vm.new_string(float_ops::float_hex(f))
}

fn float_fromhex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(s) = vm.str_of(args[1]).map(String::from) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let f = float_ops::float_fromhex(&s).map_err(|e| super::str::format_error(vm, e))?;
    let t = vm.types.float;
    if args[0].as_obj() == Some(t) {
        Ok(Value::float(f))
    } else {
        vm.call(args[0], &[Value::float(f)], &[])
    }
}

fn float_conjugate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::float(self_float(vm, args[0])?))
}

fn float_trunc(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    super::int::float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    super::int::float_to_int(vm, libm::floor(f))
}

fn float_ceil(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    super::int::float_to_int(vm, libm::ceil(f))
}

fn float_format(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = vm.native_of(args[0]);
    vm.format(v, args[1])
}

fn float_round(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    round_float(vm, f, args.get(1).copied())
}

/// round(f[, ndigits]).
pub fn round_float(vm: &mut Vm, f: f64, ndigits: Option<Value>) -> PyResult<Value> {
    match ndigits {
        Some(n) if !n.is_none() => {
            let nd = vm.to_clamped_index(n)?;
            match float_ops::round_float(f, nd) {
                Ok(r) => Ok(Value::float(r)),
                Err(e) => Err(super::str::format_error(vm, e)),
            }
        }
        _ => match float_ops::round_to_int(f) {
            Ok(p) => super::int::parsed_int_value(vm, p),
            Err(e) => Err(super::str::format_error(vm, e)),
        },
    }
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 2, float_new).as_static(),
    NativeFunc::method("is_integer", 1, 1, float_is_integer),
    NativeFunc::method("as_integer_ratio", 1, 1, float_as_integer_ratio),
    NativeFunc::method("conjugate", 1, 1, float_conjugate),
    NativeFunc::method("__trunc__", 1, 1, float_trunc),
    NativeFunc::method("__int__", 1, 1, float_trunc),
    NativeFunc::method("__floor__", 1, 1, float_floor),
    NativeFunc::method("__ceil__", 1, 1, float_ceil),
    NativeFunc::method("__round__", 1, 2, float_round),
    NativeFunc::method("hex", 1, 1, float_hex),
    NativeFunc::function("fromhex", 2, 2, float_fromhex).as_classmethod(),
    NativeFunc::method("__format__", 2, 2, float_format),
];
