//! complex numbers.

use super::native::NativeFunc;
use super::Object;
use crate::bytecode::BinOp;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
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
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            // Smith's algorithm, for range.
            if libm::fabs(c) >= libm::fabs(d) {
                let r = d / c;
                let den = c + d * r;
                ((a + b * r) / den, (b - a * r) / den)
            } else {
                let r = c / d;
                let den = c * r + d;
                ((a * r + b) / den, (b * r - a) / den)
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
                let mut len = libm::pow(vabs, c);
                let at = libm::atan2(b, a);
                let mut phase = at * c;
                if d != 0.0 {
                    len /= libm::exp(at * d);
                    phase += d * libm::log(vabs);
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
    new_complex(vm, re, im)
}

fn complex_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (re, im) = match (args.get(1), args.get(2)) {
        (None, _) => (0.0, 0.0),
        (Some(x), None) => {
            if let Some(s) = vm.str_of(*x).map(String::from) {
                match crate::format::float_parse::parse_complex(&s) {
                    Ok(c) => c,
                    Err(e) => return Err(super::str::format_error(vm, e)),
                }
            } else {
                match vm.as_number(*x) {
                    Some(n) => to_complex(vm, n)?,
                    None => {
                        let f = super::float::to_float(vm, *x)?;
                        (f, 0.0)
                    }
                }
            }
        }
        (Some(x), Some(y)) => {
            if vm.is_str(*x) || vm.is_str(*y) {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let xn = vm.as_number(*x);
            let x_complex = matches!(xn, Some(Num::Complex(..)));
            let (a, b) = match xn {
                Some(n) => to_complex(vm, n)?,
                None => (super::float::to_float(vm, *x)?, 0.0),
            };
            let yn = vm.as_number(*y);
            let y_complex = matches!(yn, Some(Num::Complex(..)));
            let (c, d) = match yn {
                Some(n) => to_complex(vm, n)?,
                None => (super::float::to_float(vm, *y)?, 0.0),
            };
            // Only complex parts combine, so the sign of a zero given as
            // the imaginary part survives (complex(1, -0.0)).
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
    NativeFunc::function("__new__", 1, 3, complex_new).as_static(),
    NativeFunc::method("conjugate", 1, 1, complex_conjugate),
];
