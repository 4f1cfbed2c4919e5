//! Float arithmetic whose exact rules are CPython's: `round()`, `//`, `%`,
//! `divmod()`, `int(float)`, `float.hex()` and `float.fromhex()`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::int_parse::ParsedInt;
use super::text::is_c_space;
use super::{FormatError, FormatResult};

/// `round(x)` before the conversion to int: the nearest integral value,
/// ties to even. Use [`float_to_int`] to get the int (and its errors).
pub fn round_half_even(x: f64) -> f64 {
    // rint rounds in the default mode, which is ties-to-even.
    libm::rint(x)
}

/// `int(x)`: truncation toward zero, with CPython's errors for inf and nan.
pub fn float_to_int(x: f64) -> FormatResult<ParsedInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = libm::trunc(x);
    // Every integral f64 in this range is an exact i64.
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&t) {
        return Ok(ParsedInt::Small(t as i64));
    }
    BigInt::from_f64(t)
        .map(ParsedInt::Big)
        .ok_or_else(|| FormatError::overflow("cannot convert float infinity to integer"))
}

/// `round(x)` as an int: ties to even, errors for inf and nan.
pub fn round_to_int(x: f64) -> FormatResult<ParsedInt> {
    float_to_int(round_half_even(x))
}

/// Beyond this many decimals every float is already rounded.
const NDIGITS_MAX: i64 = 323;
/// Below this (negative) count every float rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`: `x` rounded to `ndigits` decimal places (negative
/// means tens, hundreds...), correctly: ties go to even on the exact
/// decimal value of `x`, so `round(2.675, 2) == 2.67`. A huge `ndigits` can
/// be passed clipped to `i64`, as CPython clips it to `Py_ssize_t`.
pub fn round_float(x: f64, ndigits: i64) -> FormatResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // The rounded value as decimal digits times a power of ten.
    let (digits, exp10) = if ndigits >= 0 {
        // core's fixed formatting rounds exactly, ties to even.
        let text = format!("{:.*}", ndigits as usize, x.abs());
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        (digits, -ndigits)
    } else {
        round_integer_part(x.abs(), ndigits.unsigned_abs() as usize)
    };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let rounded: f64 = format!("{}{}e{}", sign, digits, exp10)
        .parse()
        .unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Rounds the non-negative `x` to a multiple of `10**places`, ties to even,
/// using its exact integer digits and whether it has a fraction. Returns
/// the digits of the quotient and the power of ten.
fn round_integer_part(x: f64, places: usize) -> (String, i64) {
    let int = libm::trunc(x);
    let has_fraction = x != int;
    // An integral f64 formats exactly.
    let text = format!("{:.0}", int);
    let n = text.len();
    let exp10 = places as i64;
    if places > n {
        // |x| < 10**(places-1) * 10: far below half a unit.
        return (String::from("0"), exp10);
    }
    let (head, tail) = text.split_at(n - places);
    let mut head: Vec<u8> = head.bytes().collect();
    if head.is_empty() {
        head.push(b'0');
    }
    let tail = tail.as_bytes();
    let first = tail.first().copied().unwrap_or(b'0');
    let rest_zero = tail.get(1..).unwrap_or_default().iter().all(|&c| c == b'0') && !has_fraction;
    let last_odd = head.last().is_some_and(|&c| (c - b'0') % 2 == 1);
    let round_up = first > b'5' || (first == b'5' && (!rest_zero || last_odd));
    if round_up {
        // Decimal increment with carry.
        let mut i = head.len();
        loop {
            if i == 0 {
                head.insert(0, b'1');
                break;
            }
            i -= 1;
            if let Some(d) = head.get_mut(i) {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    break;
                }
            }
        }
    }
    (head.iter().map(|&c| char::from(c)).collect(), exp10)
}

/// Python's `divmod(x, y)` for floats: `(x // y, x % y)`, the remainder
/// having the sign of `y`, signed zeros as CPython gives them.
pub fn float_divmod(x: f64, y: f64) -> FormatResult<(f64, f64)> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float divmod()"));
    }
    Ok(divmod_unchecked(x, y))
}

/// Python's `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> FormatResult<f64> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float floor division by zero"));
    }
    Ok(divmod_unchecked(x, y).0)
}

/// Python's `x % y` for floats.
pub fn float_mod(x: f64, y: f64) -> FormatResult<f64> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float modulo"));
    }
    Ok(remainder(x, y))
}

/// `fmod`, moved to the sign of `y` (a zero remainder gets `y`'s sign).
fn remainder(x: f64, y: f64) -> f64 {
    let r = libm::fmod(x, y);
    if r == 0.0 {
        libm::copysign(0.0, y)
    } else if (r < 0.0) != (y < 0.0) {
        r + y
    } else {
        r
    }
}

fn divmod_unchecked(x: f64, y: f64) -> (f64, f64) {
    let r = libm::fmod(x, y);
    // x - r is an exact multiple of y mathematically; the division may
    // still land a hair off an integer, hence the snapping below.
    let mut q = (x - r) / y;
    let m = if r == 0.0 {
        libm::copysign(0.0, y)
    } else if (r < 0.0) != (y < 0.0) {
        q -= 1.0;
        r + y
    } else {
        r
    };
    let floor = if q == 0.0 {
        // Zero with the sign of the true quotient.
        libm::copysign(0.0, x / y)
    } else {
        let f = libm::floor(q);
        if q - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floor, m)
}

/// `float.as_integer_ratio(x)`: the exact value as a fraction in lowest
/// terms with a positive denominator.
pub fn float_as_integer_ratio(x: f64) -> FormatResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // x = mantissa * 2**exp exactly.
    let (mut mantissa, mut exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = mantissa.trailing_zeros();
    mantissa >>= shift;
    exp += i64::from(shift);
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(1);
    if exp >= 0 {
        numerator <<= exp as usize;
    } else {
        denominator <<= exp.unsigned_abs() as usize;
    }
    if x < 0.0 {
        numerator = -numerator;
    }
    Ok((numerator, denominator))
}

/// `float.hex(x)`: `'0x1.8000000000000p+1'`, `'-0x0.0p+0'`, `'inf'`, `'nan'`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{}inf", sign);
    }
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i32;
    // Subnormals are written 0x0.<fraction>p-1022.
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{}0x{}.{:013x}p{:+}", sign, lead, fraction, exp)
}

fn fromhex_invalid() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

fn fromhex_overflow() -> FormatError {
    FormatError::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(s)`: `[sign][0x]hex[.hex][p[sign]dec]` or inf/infinity/
/// nan, with surrounding whitespace; correctly rounded (ties to even),
/// subnormals included.
pub fn float_fromhex(s: &str) -> FormatResult<f64> {
    let b = s
        .trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8))
        .as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let negative = at(0) == b'-';
    if matches!(at(0), b'+' | b'-') {
        i = 1;
    }
    let rest = b.get(i..).unwrap_or_default();
    let signed = |v: f64| if negative { -v } else { v };
    for (word, value) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if rest.eq_ignore_ascii_case(word.as_bytes()) {
            return Ok(signed(value));
        }
    }
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
        i += 2;
    }
    let hex_run = |from: usize| -> Vec<u8> {
        b.get(from..)
            .unwrap_or_default()
            .iter()
            .map_while(|&c| (c as char).to_digit(16).map(|d| d as u8))
            .collect()
    };
    let int_digits = hex_run(i);
    i += int_digits.len();
    let mut frac_digits = Vec::new();
    if at(i) == b'.' {
        frac_digits = hex_run(i + 1);
        i += 1 + frac_digits.len();
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(fromhex_invalid());
    }
    let mut exp: i64 = 0;
    if matches!(at(i), b'p' | b'P') {
        i += 1;
        let exp_negative = at(i) == b'-';
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        let start = i;
        while at(i).is_ascii_digit() {
            // Saturate: anything this large is already 0 or an overflow.
            exp = (exp * 10 + i64::from(at(i) - b'0')).min(1 << 50);
            i += 1;
        }
        if i == start {
            return Err(fromhex_invalid());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(fromhex_invalid());
    }
    Ok(signed(hex_digits_to_f64(&int_digits, &frac_digits, exp)?))
}

/// The value `int.frac * 2**exp` (hex digits), correctly rounded.
fn hex_digits_to_f64(int: &[u8], frac: &[u8], exp: i64) -> FormatResult<f64> {
    let all: Vec<u8> = int.iter().chain(frac).copied().collect();
    let Some(first) = all.iter().position(|&d| d != 0) else {
        return Ok(0.0);
    };
    let digits = all.get(first..).unwrap_or_default();
    let top = digits.first().copied().unwrap_or(1);
    let top_len = 8 - i64::from(top.leading_zeros()); // 1..=4 bits
                                                      // Power of two of the most significant set bit.
    let int_len = int.len() as i64 - first as i64; // hex digits before the point
    let e_top = 4 * (int_len - 1) + (top_len - 1) + exp;
    if e_top > 1023 {
        return Err(fromhex_overflow());
    }
    // Bits to keep: 53, fewer for subnormals, none below 2**-1075.
    let keep = if e_top >= -1022 { 53 } else { e_top + 1075 };
    if keep < 0 {
        return Ok(0.0);
    }
    // Walk the bits from the top one.
    let bit = |k: i64| -> bool {
        // k-th bit after the top one (0 = top).
        let pos = k + (4 - top_len); // bit offset counted from digit 0's MSB
        let d = digits.get((pos / 4) as usize).copied().unwrap_or(0);
        d & (8 >> (pos % 4)) != 0
    };
    let mut mantissa: u64 = 0;
    for k in 0..keep {
        mantissa = (mantissa << 1) | u64::from(bit(k));
    }
    let round_bit = bit(keep);
    let total_bits = digits.len() as i64 * 4 - (4 - top_len);
    let sticky = (keep + 1..total_bits).any(bit);
    if round_bit && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    let bits = if keep == 53 {
        let (mut m, mut e) = (mantissa, e_top);
        if m == 1 << 53 {
            m >>= 1;
            e += 1;
        }
        if e > 1023 {
            return Err(fromhex_overflow());
        }
        (((e + 1023) as u64) << 52) | (m & ((1 << 52) - 1))
    } else {
        // Subnormal: the mantissa counts units of 2**-1074; a carry into
        // bit 52 lands exactly on the smallest normal.
        mantissa
    };
    Ok(f64::from_bits(bits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testutil::{f64_bits, records};

    fn bits(x: f64) -> String {
        format!("{:016x}", x.to_bits())
    }

    fn int_text(v: ParsedInt) -> String {
        match v {
            ParsedInt::Small(v) => format!("{}", v),
            ParsedInt::Big(v) => format!("{}", v),
        }
    }

    fn show<T>(r: FormatResult<T>, ok: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => format!("OK:{}", ok(v)),
            Err(e) => format!("ERR:{}: {}", e.kind.name(), e.message),
        }
    }

    /// Every vector of testdata/float_ops.txt (CPython 3.11, from
    /// gen_float_ops.py).
    #[test]
    fn cpython_vectors() {
        let data = include_str!("testdata/float_ops.txt");
        let mut failures = Vec::new();
        let mut count = 0;
        for rec in records(data) {
            let [op, args, want] = rec.as_slice() else {
                continue;
            };
            count += 1;
            let (a, b) = args.split_once(',').unwrap_or((args, ""));
            let (x, y) = (f64_bits(a), f64_bits(b));
            let got = match op.as_str() {
                "R" => show(round_float(x, b.parse().unwrap_or(0)), bits),
                "RI" => show(round_to_int(x), int_text),
                "I" => show(float_to_int(x), int_text),
                "H" => format!("OK:{}", float_hex(x)),
                "D" => show(float_divmod(x, y), |(q, r)| {
                    format!("{},{}", bits(q), bits(r))
                }),
                "FD" => show(float_floordiv(x, y), bits),
                "M" => show(float_mod(x, y), bits),
                "FH" => show(float_fromhex(args), bits),
                _ => continue,
            };
            if &got != want {
                failures.push(format!("{} {:?}: got {:?} want {:?}", op, args, got, want));
            }
        }
        assert!(count > 5000, "vectors missing");
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            count,
            failures
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn documented_examples() {
        // From the Python docs / CPython 3.11.
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        let z = round_float(-0.5, 0).unwrap_or(1.0);
        assert!(z == 0.0 && z.is_sign_negative());
        assert_eq!(round_float(1e300, -300), Ok(1e300));
        assert_eq!(round_float(1.5, 1000), Ok(1.5));
    }

    #[test]
    fn integer_ratios() {
        // Expected values from CPython 3.11 float.as_integer_ratio().
        let ratio = |x: f64| {
            float_as_integer_ratio(x)
                .map(|(n, d)| format!("{}/{}", n, d))
                .unwrap_or_else(|e| format!("{}: {}", e.kind.name(), e.message))
        };
        assert_eq!(ratio(0.0), "0/1");
        assert_eq!(ratio(-0.0), "0/1");
        assert_eq!(ratio(1.5), "3/2");
        assert_eq!(ratio(3.0), "3/1");
        assert_eq!(ratio(-0.1), "-3602879701896397/36028797018963968");
        assert!(ratio(1e300).starts_with("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160/1"));
        assert!(ratio(5e-324).starts_with("1/20240225330731061835249534671891730704955664976414211835690135802743033956799534689196038370143712449518707786431681191138980873738579347686701339994073850992151742427656636136446690774209321634123976767847274506856200748342469269861810335564915955634081005651235876955233341461523050253218632750864600626330770774109349478"));
        assert_eq!(
            ratio(f64::NEG_INFINITY),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            ratio(f64::NAN),
            "ValueError: cannot convert NaN to integer ratio"
        );
    }
}
