//! utime: sleeping, the wrapping tick counters, and calendar time.
//!
//! Ticks wrap at `TICKS_PERIOD` (2**30, the same on every port, so tick
//! values are always small ints); ticks_add and ticks_diff do the modular
//! arithmetic, ticks_diff giving a signed result in
//! [-TICKS_PERIOD/2, TICKS_PERIOD/2).
//!
//! Calendar tuples are Pycopy's 8-tuples (year, month, mday, hour, minute,
//! second, weekday 0=Monday, yearday 1..366), computed here from seconds
//! since 1970 (no libc). The core knows no time zone: localtime is UTC.

use super::math::real_arg;
use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{PyResult, Vm};
use alloc::vec::Vec;
use num_bigint::BigInt;

const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MASK: i64 = TICKS_PERIOD - 1;
const TICKS_HALF: i64 = TICKS_PERIOD / 2;

fn sleep_for_us(vm: &mut Vm, us: u64) -> PyResult<()> {
    if us > 0 {
        vm.port.sleep_us(us);
    }
    // The port returns early on Ctrl-C: raise KeyboardInterrupt now.
    vm.check_signals()
}

fn t_sleep(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let secs = real_arg(vm, args[0])?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let us = secs * 1e6;
    if us >= u64::MAX as f64 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    sleep_for_us(vm, libm::round(us) as u64)?;
    Ok(Value::NONE)
}

/// sleep_ms/sleep_us: an int count; zero or negative does not sleep.
fn t_sleep_ms(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let ms = vm.to_index(args[0])?;
    sleep_for_us(vm, (ms.max(0) as u64).saturating_mul(1000))?;
    Ok(Value::NONE)
}

fn t_sleep_us(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let us = vm.to_index(args[0])?;
    sleep_for_us(vm, us.max(0) as u64)?;
    Ok(Value::NONE)
}

fn ticks(t: u64) -> Value {
    Value::int((t & TICKS_MASK as u64) as i64)
}

fn t_ticks_ms(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_ms()))
}

fn t_ticks_us(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_us()))
}

fn t_ticks_cpu(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_cpu()))
}

/// A tick value or delta: any int, reduced modulo the period (so big ints
/// work too).
fn tick_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.as_int_num(v) {
        Some(Num::Int(i)) => Ok(i & TICKS_MASK),
        Some(Num::Big(b)) => {
            let m: BigInt = num_integer::Integer::mod_floor(&b, &BigInt::from(TICKS_PERIOD));
            Ok(num_traits::ToPrimitive::to_i64(&m).unwrap_or(0))
        }
        _ => Ok(vm.to_index(v)? & TICKS_MASK),
    }
}

fn t_ticks_add(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = tick_arg(vm, args[0])?;
    let d = tick_arg(vm, args[1])?;
    Ok(Value::int((t + d) & TICKS_MASK))
}

fn t_ticks_diff(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let end = tick_arg(vm, args[0])?;
    let start = tick_arg(vm, args[1])?;
    Ok(Value::int(
        ((end - start + TICKS_HALF) & TICKS_MASK) - TICKS_HALF,
    ))
}

fn t_time(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::float(vm.port.time_s()))
}

fn t_time_ns(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let ns = vm.port.time_s() * 1e9;
    Ok(Value::int(ns as i64))
}

// ----- the calendar -----

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    // Count years from March, so the leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month, day) of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The 8-tuple for seconds since the Epoch.
fn time_tuple(vm: &mut Vm, secs: i64) -> PyResult<Value> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    let fields = [
        y,
        m,
        d,
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        weekday,
        yearday,
    ];
    vm.new_tuple(fields.iter().map(|&f| Value::int(f)).collect())
}

/// The seconds argument of gmtime/localtime: now when absent or None.
fn secs_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    // Years beyond C's int are out of range for CPython too.
    const LIMIT: i64 = 67_767_976_233_316_800;
    let secs = match args.first() {
        None => libm::floor(vm.port.time_s()) as i64,
        Some(v) if v.is_none() => libm::floor(vm.port.time_s()) as i64,
        Some(&v) => match vm.as_number(v) {
            Some(Num::Int(i)) => i,
            Some(Num::Big(_)) => return Err(out_of_range(vm)),
            _ => {
                let f = real_arg(vm, v)?;
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                let f = libm::floor(f);
                if f.abs() >= LIMIT as f64 {
                    return Err(out_of_range(vm));
                }
                f as i64
            }
        },
    };
    if secs.unsigned_abs() >= LIMIT as u64 {
        return Err(out_of_range(vm));
    }
    Ok(secs)
}

fn t_gmtime(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let secs = secs_arg(vm, args)?;
    time_tuple(vm, secs)
}

fn t_mktime(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let items: Vec<Value> = match vm.seq_items(args[0]) {
        Some(items) if items.len() == 8 || items.len() == 9 => items.to_vec(),
        _ => return Err(vm.type_error("mktime needs a tuple of length 8 or 9")),
    };
    let mut f = [0i128; 6];
    for (slot, v) in f.iter_mut().zip(items) {
        *slot = i128::from(vm.to_index(v)?);
    }
    let [y, mo, d, h, mi, s] = f;
    // Out-of-range fields carry over, as C's mktime normalises them.
    let y = y + (mo - 1).div_euclid(12);
    let mo = (mo - 1).rem_euclid(12) + 1;
    let (Ok(y), Ok(mo)) = (i64::try_from(y), i64::try_from(mo)) else {
        return Err(vm.overflow_error("mktime argument out of range"));
    };
    if y.unsigned_abs() > 1 << 40 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    let days = i128::from(days_from_civil(y, mo, 1)) + d - 1;
    let secs = days * 86_400 + h * 3600 + mi * 60 + s;
    match i64::try_from(secs) {
        Ok(v) => Ok(Value::int(v)),
        Err(_) => vm.new_bigint(BigInt::from(secs)),
    }
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("sleep", 1, 1, t_sleep),
    NativeFunc::function("sleep_ms", 1, 1, t_sleep_ms),
    NativeFunc::function("sleep_us", 1, 1, t_sleep_us),
    NativeFunc::function("ticks_ms", 0, 0, t_ticks_ms),
    NativeFunc::function("ticks_us", 0, 0, t_ticks_us),
    NativeFunc::function("ticks_cpu", 0, 0, t_ticks_cpu),
    NativeFunc::function("ticks_add", 2, 2, t_ticks_add),
    NativeFunc::function("ticks_diff", 2, 2, t_ticks_diff),
    NativeFunc::function("time", 0, 0, t_time),
    NativeFunc::function("time_ns", 0, 0, t_time_ns),
    NativeFunc::function("gmtime", 0, 1, t_gmtime),
    NativeFunc::function("localtime", 0, 1, t_gmtime),
    NativeFunc::function("mktime", 1, 1, t_mktime),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::add_functions(vm, d, FUNCTIONS)?;
    Ok(())
}
