//! math: the spec's functions and constants on f64, computed by libm, with
//! CPython's error rules: a NaN from a non-NaN argument is ValueError("math
//! domain error"); an infinity from a finite argument is OverflowError("math
//! range error") where the function can overflow (exp, cosh...), else a
//! domain error (a pole, such as atanh(1)).

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::{float, int};
use crate::qstr::{self, Qstr};
use crate::value::{Unpacked, Value};
use crate::vm::ops::Num;
use crate::vm::{PyErr, PyResult, Vm};
use alloc::format;
use num_bigint::{BigInt, Sign};

pub(crate) fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// A real-number argument as f64, as CPython's math functions take it:
/// ints (big ones must fit a float), floats, and objects with `__float__`
/// or `__index__`; strings and complex numbers are TypeErrors.
pub(crate) fn real_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v.unpack() {
        Unpacked::Float(f) => return Ok(f),
        Unpacked::Int(i) => return Ok(i as f64),
        Unpacked::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    match vm.as_number(v) {
        Some(Num::Complex(..)) | None => {}
        Some(n) => return int::num_to_f64(vm, n),
    }
    if vm.is_user_instance(v) {
        return float::to_float(vm, v);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {}", t)))
}

/// Apply CPython's rules to the result `r` of a one-argument function.
fn check1(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

/// The same for two-argument functions (NaN from non-NaN arguments only).
fn check2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($name:ident, $f:path, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
            let x = real_arg(vm, args[0])?;
            check1(vm, x, $f(x), $can_overflow)
        }
    };
}

unary!(m_acos, libm::acos, false);
unary!(m_acosh, libm::acosh, false);
unary!(m_asin, libm::asin, false);
unary!(m_asinh, libm::asinh, false);
unary!(m_atan, libm::atan, false);
unary!(m_atanh, libm::atanh, false);
unary!(m_cos, libm::cos, false);
unary!(m_cosh, libm::cosh, true);
unary!(m_erf, libm::erf, false);
unary!(m_erfc, libm::erfc, false);
unary!(m_exp, libm::exp, true);
unary!(m_expm1, libm::expm1, true);
unary!(m_fabs, libm::fabs, false);
unary!(m_sin, libm::sin, false);
unary!(m_sinh, libm::sinh, true);
unary!(m_sqrt, libm::sqrt, false);
unary!(m_tan, libm::tan, false);
unary!(m_tanh, libm::tanh, false);

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && libm::floor(x) == x
}

fn m_gamma(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let r = libm::tgamma(x);
    if x.is_finite() && is_nonpositive_integer(x) {
        // The poles: 0 and the negative integers.
        return Err(domain_error(vm));
    }
    check1(vm, x, r, true)
}

fn m_lgamma(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    if x.is_finite() && is_nonpositive_integer(x) {
        return Err(domain_error(vm));
    }
    let r = libm::lgamma_r(x).0;
    check1(vm, x, r, true)
}

fn m_degrees(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    Ok(Value::float(x * (180.0 / core::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    Ok(Value::float(x * (core::f64::consts::PI / 180.0)))
}

fn m_atan2(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let y = real_arg(vm, args[0])?;
    let x = real_arg(vm, args[1])?;
    Ok(Value::float(libm::atan2(y, x)))
}

fn m_copysign(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let y = real_arg(vm, args[1])?;
    Ok(Value::float(libm::copysign(x, y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let y = real_arg(vm, args[1])?;
    // fmod(x, ±inf) is x for finite x (C leaves this to the library).
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    check2(vm, x, y, libm::fmod(x, y))
}

fn m_pow(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let y = real_arg(vm, args[1])?;
    let r = libm::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            // A negative number to a non-integer power.
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            // 0 to a negative power is a pole; anything else overflowed.
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(Value::float(r))
}

fn m_isfinite(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    Ok(Value::bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    Ok(Value::bool(x.is_nan()))
}

fn m_frexp(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    vm.new_tuple(alloc::vec![Value::float(m), Value::int(e as i64)])
}

fn m_ldexp(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let exp = match vm.as_number(args[1]) {
        Some(Num::Int(i)) => i,
        // Exponents beyond i64 over- or underflow whatever x is.
        Some(Num::Big(b)) => {
            if b.sign() == Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Beyond these exponents every finite non-zero x over- or underflows,
    // so clamping to i32 for scalbn changes nothing.
    let n = exp.clamp(-2200, 2200) as i32;
    let r = libm::scalbn(x, n);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn m_modf(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = real_arg(vm, args[0])?;
    let (frac, whole) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    vm.new_tuple(alloc::vec![Value::float(frac), Value::float(whole)])
}

/// ceil/floor/trunc: ints are returned as they are, floats become ints,
/// user objects may define the special method.
fn rounding(vm: &mut Vm, v: Value, method: Qstr, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(m) = vm.user_special(v, method) {
        return vm.call_special(m, v, &[]);
    }
    let n = vm.as_number(v);
    match n {
        Some(Num::Int(i)) => return Ok(Value::int(i)),
        Some(Num::Big(b)) => return vm.new_bigint(b),
        _ => {}
    }
    if method == qstr::TRUNC && n.is_none() && vm.is_user_instance(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("type {} doesn't define __trunc__ method", t)));
    }
    let x = real_arg(vm, v)?;
    int::float_to_int(vm, f(x))
}

fn m_ceil(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    rounding(vm, args[0], qstr::CEIL, libm::ceil)
}

fn m_floor(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    rounding(vm, args[0], qstr::FLOOR, libm::floor)
}

fn m_trunc(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    rounding(vm, args[0], qstr::TRUNC, libm::trunc)
}

/// A logarithm of any positive int or real: ints too big for a float are
/// split into mantissa and power of two, as CPython does.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::Big(b)) = vm.as_number(v) {
        if b.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        if let Some(x) = int::bigint_to_f64(&b) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = real_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

/// A positive big int as m * 2**e with 0.5 <= m < 1 (m from its top 64
/// bits, rounded to a float).
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top: BigInt = b >> shift;
    let (_, digits) = top.to_u64_digits();
    let top = digits.first().copied().unwrap_or(0) as f64;
    // top has (bits - shift) bits: scale it below 1.
    let m = libm::scalbn(top, -((bits - shift) as i32));
    (m, bits)
}

fn m_log(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let num = log_of(vm, args[0], libm::log)?;
    match args.get(1) {
        None => Ok(Value::float(num)),
        Some(&base) => {
            let den = log_of(vm, base, libm::log)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn m_log2(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::float(log_of(vm, args[0], libm::log2)?))
}

fn m_log10(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::float(log_of(vm, args[0], libm::log10)?))
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("acos", 1, 1, m_acos),
    NativeFunc::function("acosh", 1, 1, m_acosh),
    NativeFunc::function("asin", 1, 1, m_asin),
    NativeFunc::function("asinh", 1, 1, m_asinh),
    NativeFunc::function("atan", 1, 1, m_atan),
    NativeFunc::function("atan2", 2, 2, m_atan2),
    NativeFunc::function("atanh", 1, 1, m_atanh),
    NativeFunc::function("ceil", 1, 1, m_ceil),
    NativeFunc::function("copysign", 2, 2, m_copysign),
    NativeFunc::function("cos", 1, 1, m_cos),
    NativeFunc::function("cosh", 1, 1, m_cosh),
    NativeFunc::function("degrees", 1, 1, m_degrees),
    NativeFunc::function("erf", 1, 1, m_erf),
    NativeFunc::function("erfc", 1, 1, m_erfc),
    NativeFunc::function("exp", 1, 1, m_exp),
    NativeFunc::function("expm1", 1, 1, m_expm1),
    NativeFunc::function("fabs", 1, 1, m_fabs),
    NativeFunc::function("floor", 1, 1, m_floor),
    NativeFunc::function("fmod", 2, 2, m_fmod),
    NativeFunc::function("frexp", 1, 1, m_frexp),
    NativeFunc::function("gamma", 1, 1, m_gamma),
    NativeFunc::function("isfinite", 1, 1, m_isfinite),
    NativeFunc::function("isinf", 1, 1, m_isinf),
    NativeFunc::function("isnan", 1, 1, m_isnan),
    NativeFunc::function("ldexp", 2, 2, m_ldexp),
    NativeFunc::function("lgamma", 1, 1, m_lgamma),
    NativeFunc::function("log", 1, 2, m_log),
    NativeFunc::function("log10", 1, 1, m_log10),
    NativeFunc::function("log2", 1, 1, m_log2),
    NativeFunc::function("modf", 1, 1, m_modf),
    NativeFunc::function("pow", 2, 2, m_pow),
    NativeFunc::function("radians", 1, 1, m_radians),
    NativeFunc::function("sin", 1, 1, m_sin),
    NativeFunc::function("sinh", 1, 1, m_sinh),
    NativeFunc::function("sqrt", 1, 1, m_sqrt),
    NativeFunc::function("tan", 1, 1, m_tan),
    NativeFunc::function("tanh", 1, 1, m_tanh),
    NativeFunc::function("trunc", 1, 1, m_trunc),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    use core::f64::consts;
    for (name, v) in [
        ("e", consts::E),
        ("pi", consts::PI),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::float(v))?;
    }
    Ok(())
}
