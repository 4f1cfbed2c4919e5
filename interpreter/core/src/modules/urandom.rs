//! urandom: a small pseudo-random generator (xoshiro128**, seeded through
//! splitmix64). As the spec says, it is not seeded from anything random at
//! start: the port's `random_seed()` (0 on the unix port) gives every fresh
//! interpreter the same sequence until the program calls seed().
//!
//! getrandbits() takes at most 32 bits, as the spec documents; randrange,
//! randint, choice, random and uniform follow CPython's argument rules and
//! messages (their values differ from CPython's Mersenne Twister).

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::{int, NativeObject, Object};
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

/// The generator's state, kept alive in `vm.extra_roots`.
struct Rng {
    ty: ObjRef,
    s: [u32; 4],
}

impl NativeObject for Rng {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    crate::native_any!();
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn state_from_seed(seed: u64) -> [u32; 4] {
    let mut x = seed;
    let (a, b) = (splitmix64(&mut x), splitmix64(&mut x));
    [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32]
}

/// One step of xoshiro128**: 32 random bits.
fn next_u32(s: &mut [u32; 4]) -> u32 {
    let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    let t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(11);
    result
}

/// The generator (created, from the port's seed, on first use).
fn rng(vm: &mut Vm) -> PyResult<ObjRef> {
    if let Some(r) = super::module_state::<Rng>(vm) {
        return Ok(r);
    }
    let seed = vm.port.random_seed();
    let ty = vm.types.object;
    let r = vm.alloc(Object::Native(Box::new(Rng {
        ty,
        s: state_from_seed(seed),
    })))?;
    vm.extra_roots.push(Value::obj(r));
    Ok(r)
}

fn with_state<R>(vm: &mut Vm, f: impl FnOnce(&mut [u32; 4]) -> R) -> PyResult<R> {
    let r = rng(vm)?;
    match vm.heap.get_mut(r) {
        Some(Object::Native(n)) => match n.as_any_mut().downcast_mut::<Rng>() {
            Some(g) => Ok(f(&mut g.s)),
            None => Err(vm.type_error("urandom state lost")),
        },
        _ => Err(vm.type_error("urandom state lost")),
    }
}

/// Up to 64 random bits.
fn bits64(vm: &mut Vm, k: u32) -> PyResult<u64> {
    with_state(vm, |s| {
        let v = u64::from(next_u32(s)) << 32 | u64::from(next_u32(s));
        if k == 0 {
            0
        } else {
            v >> (64 - k.min(64))
        }
    })
}

/// A random integer in [0, n) for n > 0, without bias (draws of the bit
/// length of n are retried until one is below n).
fn below_u64(vm: &mut Vm, n: u64) -> PyResult<u64> {
    let k = 64 - (n - 1).leading_zeros();
    loop {
        let r = bits64(vm, k)?;
        if r < n {
            return Ok(r);
        }
    }
}

fn below_big(vm: &mut Vm, n: &BigUint) -> PyResult<BigUint> {
    let k = n.bits();
    let words = k.div_ceil(32) as usize;
    loop {
        let mut digits: Vec<u32> = with_state(vm, |s| (0..words).map(|_| next_u32(s)).collect())?;
        let extra = (words as u64 * 32 - k) as u32;
        if let Some(top) = digits.last_mut() {
            *top = top.checked_shr(extra).unwrap_or(0);
        }
        let r = BigUint::from_slice(&digits);
        if &r < n {
            return Ok(r);
        }
        vm.check_signals()?;
    }
}

/// A random integer in [0, n) for n > 0, as a value.
fn below(vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
    if let Some(small) = n.to_u64() {
        return Ok(BigInt::from(below_u64(vm, small)?));
    }
    let (_, mag) = n.clone().into_parts();
    Ok(BigInt::from_biguint(Sign::Plus, below_big(vm, &mag)?))
}

fn u_seed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let seed = match args.first() {
        None => vm.port.random_seed(),
        Some(v) if v.is_none() => vm.port.random_seed(),
        Some(&v) => seed_value(vm, v)?,
    };
    with_state(vm, |s| *s = state_from_seed(seed))?;
    Ok(Value::NONE)
}

/// A 64-bit seed from an int (its magnitude, as CPython uses), a float, or
/// the bytes of a str/bytes/bytearray (FNV-1a).
fn seed_value(vm: &mut Vm, v: Value) -> PyResult<u64> {
    match vm.as_number(v) {
        Some(Num::Int(i)) => return Ok(i.unsigned_abs()),
        Some(Num::Big(b)) => {
            let (_, digits) = b.abs().to_u64_digits();
            return Ok(digits.first().copied().unwrap_or(0));
        }
        Some(Num::Float(f)) => return Ok(f.to_bits()),
        _ => {}
    }
    let data = vm
        .str_of(v)
        .map(|s| s.as_bytes())
        .or_else(|| match vm.obj(v) {
            Some(Object::Bytes(b)) => Some(&b.data[..]),
            Some(Object::ByteArray(b)) => Some(&b[..]),
            _ => None,
        });
    match data {
        Some(d) => Ok(d.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })),
        None => Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        )),
    }
}

fn u_getrandbits(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = vm.to_index(args[0])?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if n > 32 {
        // The spec's limit: at most 32 bits.
        return Err(vm.value_error("number of bits must be at most 32"));
    }
    let v = with_state(vm, |s| if n == 0 { 0 } else { next_u32(s) >> (32 - n) })?;
    Ok(Value::int(i64::from(v)))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match vm.as_int_num(v) {
        Some(n) => Ok(int::to_big(n)),
        None => {
            let i = vm.to_index(v)?;
            Ok(BigInt::from(i))
        }
    }
}

fn randrange(vm: &mut Vm, start: BigInt, stop: Option<BigInt>, step: BigInt) -> PyResult<Value> {
    let Some(stop) = stop else {
        if start.is_positive() {
            let r = below(vm, &start)?;
            return vm.new_bigint(r);
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let width = &stop - &start;
    if step.is_one() {
        if width.is_positive() {
            let r = below(vm, &width)?;
            return vm.new_bigint(start + r);
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({}, {}, {})",
            start, stop, width
        )));
    }
    let n = if step.is_positive() {
        let w: BigInt = &width + &step - 1;
        w.div_floor(&step)
    } else if step.is_negative() {
        let w: BigInt = &width + &step + 1;
        w.div_floor(&step)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = below(vm, &n)?;
    vm.new_bigint(start + step * r)
}

fn u_randrange(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let start = int_arg(vm, args[0])?;
    let stop = match args.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(vm, *v)?),
        _ => None,
    };
    let step = match args.get(2) {
        Some(v) => int_arg(vm, *v)?,
        None => BigInt::one(),
    };
    randrange(vm, start, stop, step)
}

fn u_randint(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let a = int_arg(vm, args[0])?;
    let b = int_arg(vm, args[1])?;
    randrange(vm, a, Some(b + 1), BigInt::one())
}

fn u_choice(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = vm.len(args[0])?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below_u64(vm, n as u64)?;
    vm.getitem(args[0], Value::int(i as i64))
}

/// A float in [0.0, 1.0) with 53 random bits.
fn random_float(vm: &mut Vm) -> PyResult<f64> {
    let r = bits64(vm, 53)?;
    Ok(r as f64 / (1u64 << 53) as f64)
}

fn u_random(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::float(random_float(vm)?))
}

fn u_uniform(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let a = super::math::real_arg(vm, args[0])?;
    let b = super::math::real_arg(vm, args[1])?;
    let r = random_float(vm)?;
    Ok(Value::float(a + (b - a) * r))
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("seed", 0, 1, u_seed),
    NativeFunc::function("getrandbits", 1, 1, u_getrandbits),
    NativeFunc::function("randrange", 1, 3, u_randrange),
    NativeFunc::function("randint", 2, 2, u_randint),
    NativeFunc::function("choice", 1, 1, u_choice),
    NativeFunc::function("random", 0, 0, u_random),
    NativeFunc::function("uniform", 2, 2, u_uniform),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    rng(vm)?;
    Ok(())
}
