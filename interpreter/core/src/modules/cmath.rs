//! cmath: the spec's complex functions. Finite arguments give CPython's
//! results (the same formulas, with the same care near overflow and for
//! tiny moduli); an overflowing result is OverflowError("math range
//! error"), a pole or undefined result ValueError("math domain error").

use super::math::{domain_error, range_error, real_arg};
use crate::heap::ObjRef;
use crate::objects::complex::new_complex;
use crate::objects::int;
use crate::objects::native::NativeFunc;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
use core::f64::consts::{LN_10, LN_2};

/// Beyond this real part exp/cosh/sinh overflow before the final product
/// does: they are computed from x - 1 and multiplied by e afterwards.
/// It is log(f64::MAX / 4).
const LOG_LARGE: f64 = 708.396_418_532_264_1;

type C = (f64, f64);

/// A complex argument: complex numbers, and anything math accepts as real.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    match vm.as_number(v) {
        Some(Num::Complex(re, im)) => Ok((re, im)),
        Some(n) => Ok((int::num_to_f64(vm, n)?, 0.0)),
        None => {
            if vm.is_user_instance(v) {
                let q = vm.intern("__complex__");
                if let Some(m) = vm.user_special(v, q) {
                    let r = vm.call_special(m, v, &[])?;
                    if let Some(Num::Complex(re, im)) = vm.as_number(r) {
                        return Ok((re, im));
                    }
                    let t = vm.type_name(r);
                    return Err(vm.type_error(alloc::format!(
                        "__complex__ returned non-complex (type {})",
                        t
                    )));
                }
            }
            Ok((real_arg(vm, v)?, 0.0))
        }
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// A result computed from finite `z` that overflowed is a range error.
fn finish(vm: &mut Vm, z: C, r: C) -> PyResult<Value> {
    if finite(z) && !finite(r) {
        // An infinite part is an overflow (the other part may be a NaN
        // from 0 * inf); NaN alone is a domain error.
        if r.0.is_infinite() || r.1.is_infinite() {
            return Err(range_error(vm));
        }
        return Err(domain_error(vm));
    }
    new_complex(vm, r.0, r.1)
}

/// (cosh(x) * cos(y), sinh(x) * sin(y)) and (sinh(x) * cos(y), cosh(x) *
/// sin(y)), i.e. cosh and sinh of x + iy, without premature overflow.
fn cosh_sinh(x: f64, y: f64) -> (C, C) {
    let (s, c) = (libm::sin(y), libm::cos(y));
    if x.abs() > LOG_LARGE {
        let x1 = x - libm::copysign(1.0, x);
        let e = core::f64::consts::E;
        let (ch, sh) = (libm::cosh(x1), libm::sinh(x1));
        ((c * ch * e, s * sh * e), (c * sh * e, s * ch * e))
    } else {
        let (ch, sh) = (libm::cosh(x), libm::sinh(x));
        ((c * ch, s * sh), (c * sh, s * ch))
    }
}

/// sin (`is_sin`) and cos of arguments with an infinite or NaN part where
/// the formulas would make NaNs from 0 * inf: CPython's special values (C99
/// Annex G for csinh/ccosh of iz). An infinite real part is a domain error.
fn trig_special(vm: &mut Vm, z: C, is_sin: bool) -> PyResult<Option<Value>> {
    let (x, y) = z;
    if finite(z) {
        return Ok(None);
    }
    if x.is_infinite() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    let r = if x == 0.0 {
        // sin(±0 + iy) = ±0 + i sinh(y); cos(±0 + iy) = cosh(y) ∓ 0i.
        if is_sin {
            (x, libm::sinh(y))
        } else if y.is_nan() {
            (y, 0.0)
        } else {
            (libm::cosh(y), -(x * libm::copysign(1.0, y)))
        }
    } else if x.is_nan() && y == 0.0 {
        (x, if is_sin { -0.0 } else { 0.0 })
    } else if x.is_nan() && y.is_infinite() {
        if is_sin {
            (x, f64::NEG_INFINITY)
        } else {
            (f64::INFINITY, x)
        }
    } else {
        return Ok(None);
    };
    new_complex(vm, r.0, r.1).map(Some)
}

fn c_cos(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    if let Some(r) = trig_special(vm, z, false)? {
        return Ok(r);
    }
    // cos(z) = cosh(iz), iz = -y + ix.
    let (ch, _) = cosh_sinh(-z.1, z.0);
    finish(vm, z, ch)
}

fn c_sin(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    if let Some(r) = trig_special(vm, z, true)? {
        return Ok(r);
    }
    // sin(z) = -i sinh(iz).
    let (_, sh) = cosh_sinh(-z.1, z.0);
    finish(vm, z, (sh.1, -sh.0))
}

fn c_exp(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    let (x, y) = z;
    // Infinite or NaN imaginary parts: CPython's special values (C99 Annex
    // G, cexp); an infinite one is a domain error unless x is -inf or NaN.
    if y.is_infinite() || y.is_nan() {
        if x == f64::NEG_INFINITY {
            return new_complex(vm, 0.0, 0.0);
        }
        if y.is_infinite() && !x.is_nan() {
            return Err(domain_error(vm));
        }
        if x == f64::INFINITY {
            return new_complex(vm, x, y);
        }
    }
    let (s, c) = (libm::sin(y), libm::cos(y));
    let (mut re, mut im) = if x > LOG_LARGE {
        let l = libm::exp(x - 1.0) * core::f64::consts::E;
        (l * c, l * s)
    } else {
        let l = libm::exp(x);
        (l * c, l * s)
    };
    if y == 0.0 {
        // exp of a real stays real, even for x = ±inf (no inf * 0).
        im = y;
    }
    if x == f64::NEG_INFINITY && y.is_finite() {
        re = 0.0 * c.signum();
        im = 0.0 * s.signum();
    }
    finish(vm, z, (re, im))
}

/// The principal logarithm, accurate near |z| = 1 and for tiny or huge |z|.
fn log_c(z: C) -> Option<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let im = libm::atan2(z.1, z.0);
    let re = if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return None;
        }
        // Subnormal: scale up by 2**53 first.
        libm::log(libm::hypot(libm::scalbn(ax, 53), libm::scalbn(ay, 53))) - 53.0 * LN_2
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (big, small) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        } else {
            libm::log(h)
        }
    };
    Some((re, im))
}

/// a / b by Smith's method (None: division by zero).
fn quot(a: C, b: C) -> Option<C> {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_log(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    let Some(mut r) = log_c(z) else {
        return Err(domain_error(vm));
    };
    if let Some(&b) = args.get(1) {
        let base = complex_arg(vm, b)?;
        let Some(lb) = log_c(base) else {
            return Err(domain_error(vm));
        };
        r = match quot(r, lb) {
            Some(q) => q,
            None => return Err(domain_error(vm)),
        };
    }
    new_complex(vm, r.0, r.1)
}

fn c_log10(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    let Some(r) = log_c(z) else {
        return Err(domain_error(vm));
    };
    new_complex(vm, r.0 / LN_10, r.1 / LN_10)
}

fn c_sqrt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    if z.0 == 0.0 && z.1 == 0.0 {
        return new_complex(vm, 0.0, z.1);
    }
    // An infinite imaginary part gives inf ± inf·j whatever the real part
    // (C99 Annex G, csqrt), NaN included.
    if z.1.is_infinite() {
        return new_complex(vm, f64::INFINITY, z.1);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    // s = sqrt((|x| + |z|) / 2), scaled so that neither tiny nor huge
    // arguments lose precision or overflow.
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let axs = libm::scalbn(ax, 53);
        libm::scalbn(
            libm::sqrt(axs + libm::hypot(axs, libm::scalbn(ay, 53))),
            -27,
        )
    } else {
        let ax8 = ax / 8.0;
        2.0 * libm::sqrt(ax8 + libm::hypot(ax8, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 {
        (s, libm::copysign(d, z.1))
    } else {
        (d, libm::copysign(s, z.1))
    };
    new_complex(vm, r.0, r.1)
}

fn c_phase(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    Ok(Value::float(libm::atan2(z.1, z.0)))
}

fn c_polar(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let z = complex_arg(vm, args[0])?;
    let r = libm::hypot(z.0, z.1);
    if finite(z) && r.is_infinite() {
        return Err(range_error(vm));
    }
    let phi = libm::atan2(z.1, z.0);
    vm.new_tuple(alloc::vec![Value::float(r), Value::float(phi)])
}

fn c_rect(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = real_arg(vm, args[0])?;
    let phi = real_arg(vm, args[1])?;
    let z = if r.is_nan() {
        // A real NaN stays real.
        (r, if phi == 0.0 { 0.0 } else { f64::NAN })
    } else if phi.is_nan() {
        // The phase is unknown: only 0 and the infinities say anything.
        if r == 0.0 {
            (0.0, 0.0)
        } else if r.is_infinite() {
            (f64::INFINITY, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        }
    } else if phi == 0.0 {
        // Keep the result real (no inf * 0), with the sign of r on the 0.
        let im = if r.is_infinite() {
            libm::copysign(1.0, r) * phi
        } else {
            r * phi
        };
        (r, im)
    } else if r == 0.0 && phi.is_infinite() {
        (0.0, 0.0)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    if !r.is_nan() && !phi.is_nan() && (z.0.is_nan() || z.1.is_nan()) {
        // A non-zero modulus with an infinite phase.
        return Err(domain_error(vm));
    }
    new_complex(vm, z.0, z.1)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("cos", 1, 1, c_cos),
    NativeFunc::function("exp", 1, 1, c_exp),
    NativeFunc::function("log", 1, 2, c_log),
    NativeFunc::function("log10", 1, 1, c_log10),
    NativeFunc::function("phase", 1, 1, c_phase),
    NativeFunc::function("polar", 1, 1, c_polar),
    NativeFunc::function("rect", 2, 2, c_rect),
    NativeFunc::function("sin", 1, 1, c_sin),
    NativeFunc::function("sqrt", 1, 1, c_sqrt),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    for (name, v) in [
        ("e", core::f64::consts::E),
        ("pi", core::f64::consts::PI),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::float(v))?;
    }
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let v = new_complex(vm, 0.0, im)?;
        let q = vm.intern(name);
        vm.dict_set_q(d, q, v)?;
    }
    Ok(())
}
