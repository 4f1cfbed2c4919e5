//! int: small ints are immediate i64 values; larger ones are BigInt heap
//! objects. Arithmetic overflows into BigInt and results are normalised
//! back to small ints when they fit.

use super::native::{NativeFunc, VARARGS};
use super::Object;
use crate::bytecode::{BinOp, UnaryOp};
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// 2**61 - 1: the modulus of Python's numeric hash.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Correctly rounded conversion (None on overflow).
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let bits = b.bits();
    if bits <= 53 {
        return b.to_i64().map(|i| i as f64);
    }
    if bits > 1024 {
        return None;
    }
    // Keep 54 significant bits plus a sticky bit, then let the hardware
    // round the 55-bit value (exact in i64) to 53 bits.
    let shift = bits - 55;
    let mag = b.abs();
    let top = &mag >> shift;
    let sticky = if (&top << shift) != mag { 1u64 } else { 0 };
    let top = top.to_u64().unwrap_or(0) | sticky;
    let f = (top as f64) * super::fpow::pow2(shift as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if b.is_negative() { -f } else { f })
}

/// Small-int fast path; None when the result needs a BigInt, a float, or
/// an error.
#[inline]
pub fn small_binop(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return None;
            }
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return None;
            }
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if !(0..64).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }
        }
        _ => return None,
    };
    Some(Value::int(r))
}

pub fn to_big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b,
        Num::Float(f) => BigInt::from(f as i64),
        Num::Complex(re, _) => BigInt::from(re as i64),
    }
}

/// Binary arithmetic on two numbers (ints, floats, complex).
pub fn number_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value, both_int: bool) -> PyResult<Value> {
    if both_int {
        // bool & | ^ bool stays a bool.
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match op {
                BinOp::And => return Ok(Value::bool(x & y)),
                BinOp::Or => return Ok(Value::bool(x | y)),
                BinOp::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        let (Some(x), Some(y)) = (vm.as_number(a), vm.as_number(b)) else {
            return Err(vm.unsupported_operands(op, a, b));
        };
        if let (Num::Int(x), Num::Int(y)) = (&x, &y) {
            if let Some(v) = small_binop(op, *x, *y) {
                return Ok(v);
            }
        }
        let (bx, by) = (to_big(x), to_big(y));
        return big_binop(vm, op, bx, by);
    }
    let (Some(x), Some(y)) = (vm.as_number(a), vm.as_number(b)) else {
        return Err(vm.unsupported_operands(op, a, b));
    };
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        let cx = super::complex::to_complex(vm, x)?;
        let cy = super::complex::to_complex(vm, y)?;
        return super::complex::complex_binop(vm, op, cx, cy);
    }
    let fx = num_to_f64(vm, x)?;
    let fy = num_to_f64(vm, y)?;
    match super::float::float_binop(vm, op, fx, fy) {
        Some(r) => r,
        None => Err(vm.unsupported_operands(op, a, b)),
    }
}

/// A number as f64, OverflowError for huge ints.
pub fn num_to_f64(vm: &mut Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Big(b) => match bigint_to_f64(&b) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
        other => Ok(other.to_f64()),
    }
}

/// The most bits a result may have: a guard against computing numbers
/// that can't fit in the heap (2**10**10 raises MemoryError quickly).
fn check_bits(vm: &mut Vm, bits: u64) -> PyResult<()> {
    let budget_bits = (vm.heap.budget() as u64).saturating_mul(8);
    if bits > budget_bits {
        return Err(vm.out_of_memory());
    }
    Ok(())
}

fn big_binop(vm: &mut Vm, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => {
            check_bits(vm, x.bits() + y.bits())?;
            x * y
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return true_divide(vm, &x, &y).map(Value::float);
        }
        BinOp::Pow => return int_pow(vm, x, y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(n) = y.to_u64() else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if x.is_zero() {
                return Ok(Value::int(0));
            }
            check_bits(vm, x.bits() + n)?;
            x << n
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(n) if n < x.bits() + 1 => {
                    // Arithmetic shift (floor), as Python.
                    x.div_floor(&(BigInt::one() << n))
                }
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::MatMul => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    };
    vm.new_bigint(r)
}

/// int / int, correctly rounded.
fn true_divide(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX) | if r.is_zero() { 0 } else { 1 };
    let f = (q as f64) * super::fpow::pow2(-shift as i32);
    if f.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}

fn int_pow(vm: &mut Vm, base: BigInt, exp: BigInt) -> PyResult<Value> {
    if exp.is_negative() {
        let b = match bigint_to_f64(&base) {
            Some(f) => f,
            None => return Err(vm.overflow_error("int too large to convert to float")),
        };
        let e = bigint_to_f64(&exp).unwrap_or(f64::NEG_INFINITY);
        if b == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        let r = super::fpow::pow(b, e);
        if r.is_infinite() {
            return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
        }
        return Ok(Value::float(r));
    }
    let Some(e) = exp.to_u64() else {
        if base.is_zero() || base.is_one() {
            return vm.new_bigint(base);
        }
        if base == BigInt::from(-1) {
            return Ok(Value::int(if exp.is_even() { 1 } else { -1 }));
        }
        return Err(vm.out_of_memory());
    };
    if base.bits() > 1 {
        check_bits(vm, base.bits().saturating_mul(e))?;
    }
    let r = num_traits::pow::Pow::pow(&base, e);
    vm.new_bigint(r)
}

/// pow(base, exp, mod).
pub fn pow_mod(vm: &mut Vm, base: Value, exp: Value, modulus: Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (
        vm.as_int_num(base),
        vm.as_int_num(exp),
        vm.as_int_num(modulus),
    ) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    let (b, mut e, m) = (to_big(b), to_big(e), to_big(m));
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = b.mod_floor(&m);
    if e.is_negative() {
        // Modular inverse.
        let Some(inv) = mod_inverse(&base, &m) else {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        };
        base = inv;
        e = -e;
    }
    let r = base.modpow(&e, &m.abs());
    // Python's result has the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    vm.new_bigint(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let g = a.extended_gcd(&m_abs);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m_abs))
}

/// Unary operators on numbers.
pub fn number_unary(vm: &mut Vm, op: UnaryOp, n: Num) -> Option<PyResult<Value>> {
    Some(match (op, n) {
        (UnaryOp::Neg, Num::Int(i)) => match i.checked_neg() {
            Some(r) => Ok(Value::int(r)),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        (UnaryOp::Neg, Num::Big(b)) => {
            let r = -b.clone();
            vm.new_bigint(r)
        }
        (UnaryOp::Neg, Num::Float(f)) => Ok(Value::float(-f)),
        (UnaryOp::Neg, Num::Complex(re, im)) => super::complex::new_complex(vm, -re, -im),
        (UnaryOp::Pos, Num::Int(i)) => Ok(Value::int(i)),
        (UnaryOp::Pos, Num::Big(b)) => {
            let r = b.clone();
            vm.new_bigint(r)
        }
        (UnaryOp::Pos, Num::Float(f)) => Ok(Value::float(f)),
        (UnaryOp::Pos, Num::Complex(re, im)) => super::complex::new_complex(vm, re, im),
        (UnaryOp::Invert, Num::Int(i)) => Ok(Value::int(!i)),
        (UnaryOp::Invert, Num::Big(b)) => {
            let r = -(b.clone()) - 1;
            vm.new_bigint(r)
        }
        _ => return None,
    })
}

/// The value as an int (int, bool, BigInt or int subclass instance).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match vm.as_int_num(v) {
        Some(n) => Ok(to_big(n)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                t
            )))
        }
    }
}

/// int(x) conversion of a non-str value.
pub fn to_int(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(n) = vm.as_number(v) {
        return match n {
            Num::Int(i) => Ok(Value::int(i)),
            Num::Big(b) => {
                let b = b.clone();
                vm.new_bigint(b)
            }
            Num::Float(f) => float_to_int(vm, f),
            Num::Complex(..) => Err(vm.type_error("int() argument must be a string, a bytes-like object or a real number, not 'complex'")),
        };
    }
    if vm.is_user_instance(v) {
        for name in [crate::qstr::INT, crate::qstr::INDEX] {
            if let Some(m) = vm.user_special(v, name) {
                let r = vm.call_special(m, v, &[])?;
                if vm.as_int_num(r).is_some() {
                    return Ok(r);
                }
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__int__ returned non-int (type {})", t)));
            }
        }
        if let Some(m) = vm.user_special(v, crate::qstr::TRUNC) {
            return vm.call_special(m, v, &[]);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t
    )))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    match crate::format::float_ops::float_to_int(f) {
        Ok(p) => parsed_int_value(vm, p),
        Err(e) => Err(crate::objects::str::format_error(vm, e)),
    }
}

/// A parsed int as a value.
pub fn parsed_int_value(vm: &mut Vm, p: crate::format::int_parse::ParsedInt) -> PyResult<Value> {
    match p {
        crate::format::int_parse::ParsedInt::Small(i) => Ok(Value::int(i)),
        crate::format::int_parse::ParsedInt::Big(b) => vm.new_bigint(b),
    }
}

/// Parse an int from text in `base` (0 = auto), Python's rules.
pub fn parse_int_text(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match crate::format::int_parse::parse_int(text, base as i64) {
        Ok(p) => parsed_int_value(vm, p),
        Err(e) => Err(crate::objects::str::format_error(vm, e)),
    }
}

/// Parse an int from the ASCII text of a bytes-like object.
fn parse_int_bytes(vm: &mut Vm, b: &[u8], base: u32) -> PyResult<Value> {
    match crate::format::int_parse::parse_int_bytes(b, base as i64) {
        Ok(p) => parsed_int_value(vm, p),
        Err(e) => Err(crate::objects::str::format_error(vm, e)),
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0];
    let mut x = args.get(1).copied();
    let mut base = args.get(2).copied();
    for (k, v) in kwargs {
        match vm.str_of(*k) {
            Some("base") => base = Some(*v),
            Some("x") => x = Some(*v),
            _ => return Err(vm.type_error("int() got an unexpected keyword argument")),
        }
    }
    let result = match (x, base) {
        (None, None) => Value::int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => {
            let xn = vm.native_of(x);
            if let Some(s) = vm.str_of(xn).map(String::from) {
                parse_int_text(vm, &s, 10)?
            } else if let Some(b) = vm.bytes_of(x).map(|b| b.to_vec()) {
                parse_int_bytes(vm, &b, 10)?
            } else {
                to_int(vm, x)?
            }
        }
        (Some(x), Some(b)) => {
            let b = vm.to_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match vm.str_of(vm.native_of(x)) {
                Some(s) => String::from(s),
                // (With a base, only str, bytes and bytearray, as CPython.)
                None => match vm
                    .bytes_of(x)
                    .filter(|_| {
                        matches!(
                            vm.obj(vm.native_of(x)),
                            Some(Object::Bytes(_) | Object::ByteArray(_))
                        )
                    })
                    .map(|b| b.to_vec())
                {
                    Some(bytes) => {
                        return parse_int_bytes(vm, &bytes, b as u32).and_then(|r| {
                            let int_t = vm.types.int;
                            vm.wrap_native(cls, r, int_t)
                        })
                    }
                    None => {
                        return Err(
                            vm.type_error("int() can't convert non-string with explicit base")
                        )
                    }
                },
            };
            parse_int_text(vm, &s, b as u32)?
        }
    };
    let int_t = vm.types.int;
    vm.wrap_native(cls, result, int_t)
}

fn self_int(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    int_arg(vm, v)
}

/// int.bit_count(): the ones in the binary form of abs(self).
fn int_bit_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    let ones: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::int(ones as i64))
}

fn int_bit_length(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    Ok(Value::int(b.bits() as i64))
}

fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v.and_then(|v| vm.str_of(v).map(String::from)).as_deref() {
        Some("little") => Ok(true),
        Some("big") | None => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn kwarg(vm: &Vm, kwargs: &[(Value, Value)], name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args[0])?;
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "length")) {
        Some(l) => vm.to_index(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(
        vm,
        args.get(2)
            .copied()
            .or_else(|| kwarg(vm, kwargs, "byteorder")),
    )?;
    let signed = match kwarg(vm, kwargs, "signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    let length = length as usize;
    if bytes.len() > length {
        // to_signed_bytes may carry one extra sign byte that still fits.
        let fits = signed && bytes.len() == length + 1 && {
            let last = bytes[length];
            let sign_ok = if n.is_negative() {
                last == 0xff
            } else {
                last == 0
            };
            sign_ok && (length == 0 || (bytes[length - 1] & 0x80 != 0) == n.is_negative())
        };
        if !fits && (!n.is_zero() || length != 0) {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.truncate(length);
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    vm.reserve(length)?;
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    vm.new_bytes(bytes)
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0];
    let Some(data) = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes'"));
    };
    let bytes: Vec<u8> = match vm.bytes_of(data) {
        Some(b) => b.to_vec(),
        None => {
            let items = vm.collect_iterable(data)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let b = vm.to_index(i)?;
                if !(0..=255).contains(&b) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    let little = byteorder_arg(
        vm,
        args.get(2)
            .copied()
            .or_else(|| kwarg(vm, kwargs, "byteorder")),
    )?;
    let signed = match kwarg(vm, kwargs, "signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &bytes),
        (false, true) => BigInt::from_signed_bytes_be(&bytes),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &bytes),
    };
    let v = vm.new_bigint(n)?;
    let int_t = vm.types.int;
    if cls.as_obj() == Some(int_t) {
        return Ok(v);
    }
    vm.call(cls, &[v], &[])
}

fn int_conjugate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    vm.new_bigint(b)
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    let n = vm.new_bigint(b)?;
    vm.new_tuple(alloc::vec![n, Value::int(1)])
}

fn int_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    vm.new_bigint(b)
}

fn int_format(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = vm.native_of(args[0]);
    vm.format(v, args[1])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 3, int_new).as_static(),
    NativeFunc::method("bit_length", 1, 1, int_bit_length),
    NativeFunc::method("bit_count", 1, 1, int_bit_count),
    NativeFunc::method_kw("to_bytes", 1, 3, int_to_bytes),
    NativeFunc::function_kw("from_bytes", 1, 3, int_from_bytes).as_classmethod(),
    NativeFunc::method("conjugate", 1, 1, int_conjugate),
    NativeFunc::method("as_integer_ratio", 1, 1, int_as_integer_ratio),
    NativeFunc::method("__index__", 1, 1, int_index),
    NativeFunc::method("__int__", 1, 1, int_index),
    NativeFunc::method("__format__", 2, 2, int_format),
];

#[allow(dead_code)]
const _V: u8 = VARARGS;

/// A Python int value as text in base 10.
pub fn int_to_string(vm: &Vm, v: Value) -> Option<String> {
    match v.unpack() {
        crate::value::Unpacked::Int(i) => Some(format!("{}", i)),
        crate::value::Unpacked::Bool(b) => Some(format!("{}", b as i64)),
        crate::value::Unpacked::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(b) => Some(format!("{}", b)),
            _ => None,
        },
        _ => None,
    }
}
