//! complex numbers.

use super::native::NativeFunc;
use super::Object;
use crate::bytecode::BinOp;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::string::String;

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let r = vm.alloc(Object::Complex(re, im))?;
    Ok(Value::obj(r))
}

pub fn write_repr(re: f64, im: f64, out: &mut String) {
    out.push_str(&crate::format::float_repr::complex_repr(re, im));
}

pub fn to_complex(vm: &mut Vm, n: Num) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Complex(re, im) => (re, im),
        other => (super::int::num_to_f64(vm, other)?, 0.0),
    })
}

pub fn complex_binop(
    vm: &mut Vm,
    op: BinOp,
    (a, b): (f64, f64),
    (c, d): (f64, f64),
) -> PyResult<Value> {
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => quot(vm, (a, b), (c, d))?,
        BinOp::Pow if d == 0.0 && c == libm::floor(c) && libm::fabs(c) <= 100.0 => {
            // Small integral exponents multiply exactly, as CPython does.
            let n = c as i64;
            let p = powu((a, b), n.unsigned_abs());
            if n >= 0 {
                p
            } else {
                if p == (0.0, 0.0) {
                    // Underflowed to zero: CPython reports the power.
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                quot(vm, (1.0, 0.0), p)?
            }
        }
        BinOp::Pow => {
            if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else {
                let vabs = libm::hypot(a, b);
                let mut len = super::fpow::pow(vabs, c);
                let at = libm::atan2(b, a);
                let mut phase = at * c;
                if d != 0.0 {
                    len /= libm::exp(at * d);
                    phase += d * libm::log(vabs);
                }
                if phase.is_infinite() {
                    // cos/sin of an infinite angle is a domain error, which
                    // CPython reports with its zero-power message.
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (len * libm::cos(phase), len * libm::sin(phase))
            }
        }
        _ => {
            let t = "complex";
            return Err(vm.type_error(alloc::format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                t,
                t
            )));
        }
    };
    if op == BinOp::Pow && (re.is_infinite() || im.is_infinite()) {
        return Err(vm.new_error(ExcKind::OverflowError, "complex exponentiation"));
    }
    new_complex(vm, re, im)
}

/// x / y, by Smith's algorithm (for range).
fn quot(vm: &mut Vm, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Err(vm.zero_division("complex division by zero"));
    }
    Ok(if libm::fabs(c) >= libm::fabs(d) {
        let r = d / c;
        let den = c + d * r;
        ((a + b * r) / den, (b - a * r) / den)
    } else {
        let r = c / d;
        let den = c * r + d;
        ((a * r + b) / den, (b * r - a) / den)
    })
}

fn mul((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    (a * c - b * d, a * d + b * c)
}

/// x ** n by repeated squaring.
fn powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let (mut r, mut p, mut n) = ((1.0, 0.0), x, n);
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, p);
        }
        p = mul(p, p);
        n >>= 1;
    }
    r
}

/// A complex() argument as (real, imag, was it complex).
fn complex_arg(vm: &mut Vm, x: Value) -> PyResult<(f64, f64, bool)> {
    if let Some(m) = vm.user_special(x, crate::qstr::COMPLEX) {
        let r = vm.call_special(m, x, &[])?;
        return match vm.as_number(r) {
            Some(Num::Complex(re, im)) => Ok((re, im, true)),
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(alloc::format!(
                    "__complex__ returned non-complex (type {})",
                    t
                )))
            }
        };
    }
    match vm.as_number(x) {
        Some(Num::Complex(re, im)) => Ok((re, im, true)),
        Some(n) => Ok((super::int::num_to_f64(vm, n)?, 0.0, false)),
        None => Ok((super::float::to_float(vm, x)?, 0.0, false)),
    }
}

fn complex_new(vm: &mut Vm, args: &[Value], kwargs: super::native::KwArgs) -> PyResult<Value> {
    let mut real = args.get(1).copied();
    let mut imag = args.get(2).copied();
    for (k, v) in kwargs {
        let slot = match vm.str_of(*k) {
            Some("real") => &mut real,
            Some("imag") => &mut imag,
            _ => {
                let n = String::from(vm.str_of(*k).unwrap_or("?"));
                return Err(vm.type_error(alloc::format!(
                    "complex() got an unexpected keyword argument '{}'",
                    n
                )));
            }
        };
        if slot.is_some() {
            return Err(vm.type_error("complex() got multiple values for an argument"));
        }
        *slot = Some(*v);
    }
    if real.is_none() && imag.is_some() {
        real = Some(Value::int(0));
    }
    let (re, im) = match (real.as_ref(), imag.as_ref()) {
        (None, _) => (0.0, 0.0),
        (Some(x), None) => {
            if let Some(s) = vm.str_of(*x).map(String::from) {
                match crate::format::float_parse::parse_complex(&s) {
                    Ok(c) => c,
                    Err(e) => return Err(super::str::format_error(vm, e)),
                }
            } else {
                let (re, im, _) = complex_arg(vm, *x)?;
                (re, im)
            }
        }
        (Some(x), Some(y)) => {
            if vm.is_str(*x) || vm.is_str(*y) {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b, x_complex) = complex_arg(vm, *x)?;
            let (c, d, y_complex) = complex_arg(vm, *y)?;
            // Only complex parts take part, so complex(1, -0.0) keeps its
            // negative zero (as CPython).
            let re = if y_complex { a - d } else { a };
            let im = if x_complex { b + c } else { c };
            (re, im)
        }
    };
    let v = new_complex(vm, re, im)?;
    let t = vm.types.complex;
    vm.wrap_native(args[0], v, t)
}

fn complex_conjugate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match vm.as_number(args[0]) {
        Some(Num::Complex(re, im)) => new_complex(vm, re, -im),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 3, complex_new).as_static(),
    NativeFunc::method("conjugate", 1, 1, complex_conjugate),
];
