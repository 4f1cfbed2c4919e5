//! Floats as text: `repr(float)`, `repr(complex)`, and the engine behind
//! every other float formatting (`format()`, `%`, f-strings).
//!
//! Digit generation is delegated to `core::fmt`, which produces the shortest
//! round-tripping digits (`{:e}`) and exactly rounded digits, ties to even on
//! the exact binary value, for a given precision (`{:.N}`, `{:.Ne}`). This
//! module only lays those digits out the way CPython does.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::text::push_repeat;

/// The layout family, as CPython's `e`, `f`, `g` and `r` codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `d.ddde+XX` with `precision` digits after the point.
    Exponent,
    /// `ddd.ddd` with `precision` digits after the point.
    Fixed,
    /// `precision` significant digits, fixed or exponent depending on size,
    /// trailing zeros removed unless `alt`.
    General,
    /// Shortest round-tripping digits, exponent from 1e16 or below 1e-4
    /// (`repr`). The precision is ignored.
    Repr,
}

/// Options of [`float_to_string`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `E`, `INF`, `NAN` instead of `e`, `inf`, `nan`.
    pub upper: bool,
    /// Alternate form (`#`): always a decimal point, keep `g`'s zeros.
    pub alt: bool,
    /// Add `.0` to integral values written without exponent (`repr`).
    pub add_dot_0: bool,
    /// Write `+` before non-negative values (and before nan).
    pub force_sign: bool,
    /// Drop the sign of a value that rounds to zero (`z`).
    pub no_neg_0: bool,
}

/// Largest number of digits after the point an `f64` can need: the smallest
/// subnormal, 2**-1074, has 1074 decimals. Beyond that digits are zeros.
const MAX_FIXED_DIGITS: usize = 1074;
/// Largest number of significant digits an `f64`'s exact value has (767);
/// rounded up, beyond that digits are zeros.
const MAX_SIG_DIGITS: usize = 800;

/// A decimal digit string `0.d1d2...dn * 10**decpt` with no trailing zeros
/// (zero itself is `"0"` with `decpt == 1`).
struct Digits {
    digits: Vec<u8>,
    decpt: i32,
}

impl Digits {
    fn is_zero(&self) -> bool {
        self.digits.iter().all(|&d| d == b'0')
    }

    /// Digits of `core::fmt`'s `{:e}` output `d.ddde[-]N`.
    fn from_exp_text(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Self::finish(&mut digits);
        if digits == b"0" {
            return Digits { digits, decpt: 1 };
        }
        Digits {
            digits,
            decpt: exp + 1,
        }
    }

    /// Digits of `core::fmt`'s `{:.N}` output `iii.fff`.
    fn from_fixed_text(text: &str) -> Digits {
        let int_len = text.find('.').unwrap_or(text.len());
        let all: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
        let leading = all.iter().take_while(|&&d| d == b'0').count();
        let mut digits: Vec<u8> = all.get(leading..).unwrap_or_default().to_vec();
        Self::finish(&mut digits);
        if digits == b"0" {
            return Digits { digits, decpt: 1 };
        }
        Digits {
            digits,
            decpt: int_len as i32 - leading as i32,
        }
    }

    fn finish(digits: &mut Vec<u8>) {
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            digits.push(b'0');
        }
    }
}

/// Shortest digits that read back as `x` (finite, sign ignored).
fn shortest_digits(x: f64) -> Digits {
    let mut d = Digits::from_exp_text(&format!("{:e}", x.abs()));
    even_tie(x.abs(), &mut d);
    d
}

/// When `x` lies exactly halfway between two shortest candidates,
/// `core::fmt` may take either; CPython (David Gay's dtoa) takes the one
/// whose last digit is even: repr(841848246158508.25) is '...508.2'.
fn even_tie(x: f64, d: &mut Digits) {
    use num_bigint::BigUint;
    let last = match d.digits.last() {
        Some(&c) if (c - b'0') % 2 == 1 => c,
        _ => return,
    };
    let _ = last;
    if x == 0.0 || !x.is_finite() {
        return;
    }
    // x == m * 2**e exactly, and the candidate is D * 10**p.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let text = match core::str::from_utf8(&d.digits) {
        Ok(t) => t,
        Err(_) => return,
    };
    let Some(dint) = BigUint::parse_bytes(text.as_bytes(), 10) else {
        return;
    };
    let p = d.decpt as i64 - d.digits.len() as i64;
    // 2x == (2D + delta) * 10**p, both sides scaled to integers.
    let ten = BigUint::from(10u32);
    let lhs = (BigUint::from(m) << (1 + e.max(0)) as usize) * ten.pow((-p).max(0) as u32);
    let two_d = &dint << 1usize;
    for up in [true, false] {
        let mid = if up { &two_d + 1u32 } else { &two_d - 1u32 };
        let rhs = (mid << (-e).max(0) as usize) * ten.pow(p.max(0) as u32);
        if rhs == lhs {
            let partner = if up { &dint + 1u32 } else { &dint - 1u32 };
            // Only if it reads back as x too (at a power of two the
            // interval below is narrower).
            let text = format!("{}e{}", partner, p);
            if text.parse::<f64>().ok() != Some(x) {
                return;
            }
            let mut digits = partner.to_str_radix(10).into_bytes();
            let grew = digits.len() as i32 - d.digits.len() as i32;
            Digits::finish(&mut digits);
            d.decpt += grew;
            d.digits = digits;
            return;
        }
    }
}

/// `x` correctly rounded to `n >= 1` significant digits.
fn significant_digits(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    Digits::from_exp_text(&format!("{:.*e}", n - 1, x.abs()))
}

/// `x` correctly rounded to `n` digits after the point.
fn fixed_digits(x: f64, n: usize) -> Digits {
    let n = n.min(MAX_FIXED_DIGITS);
    Digits::from_fixed_text(&format!("{:.*}", n, x.abs()))
}

/// Formats `x` like CPython's `PyOS_double_to_string(x, code, precision,
/// flags)`. For [`FloatStyle::General`] a precision of 0 means 1.
///
/// The output length grows with `precision` for the fixed, exponent and
/// alternate general styles: callers cap it (the formatters here refuse
/// more than [`super::MAX_FORMAT_LEN`]).
pub fn float_to_string(x: f64, style: FloatStyle, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    let negative = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        if negative {
            out.push('-');
        } else if flags.force_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), flags.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let digits = match style {
        FloatStyle::Exponent => significant_digits(x, precision.saturating_add(1)),
        FloatStyle::Fixed => fixed_digits(x, precision),
        FloatStyle::General => significant_digits(x, precision.max(1)),
        FloatStyle::Repr => shortest_digits(x),
    };
    if negative && !(flags.no_neg_0 && digits.is_zero()) {
        out.push('-');
    } else if flags.force_sign {
        out.push('+');
    }
    layout(&mut out, &digits, style, precision, flags);
    out
}

/// Writes `digits` as CPython's `format_float_short` does: a window
/// `[start, end)` of the digit string, virtually extended with zeros on both
/// sides, with the point after position `decpt`, plus an exponent if needed.
fn layout(out: &mut String, d: &Digits, style: FloatStyle, precision: usize, flags: FloatFlags) {
    let len = d.digits.len() as i64;
    let mut decpt = i64::from(d.decpt);
    let precision = precision.min(i32::MAX as usize) as i64;
    // Minimum end of the window, and whether to use an exponent.
    let (use_exp, mut end) = match style {
        FloatStyle::Exponent => (true, precision + 1),
        FloatStyle::Fixed => (false, decpt + precision),
        FloatStyle::General => {
            let p = precision.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            (decpt <= -4 || decpt > limit, if flags.alt { p } else { 0 })
        }
        FloatStyle::Repr => (decpt <= -4 || decpt > 16, 0),
    };
    end = end.max(len);
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    // At least one digit before the point ("0.001"), and for repr-like
    // output one after it ("1.0").
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    end = end.max(if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    });

    // The window is the digit string padded with zeros on both sides; the
    // point goes before position `decpt`, which lies in (start, end].
    push_window(out, &d.digits, start, decpt);
    out.push('.');
    push_window(out, &d.digits, decpt, end);
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&format!("{}", e));
    }
}

/// Writes positions `[from, to)` of `digits` extended with zeros both ways.
fn push_window(out: &mut String, digits: &[u8], from: i64, to: i64) {
    if from >= to {
        return;
    }
    let len = digits.len() as i64;
    let lead = (to.min(0) - from).max(0);
    push_repeat(out, '0', lead as usize);
    let (a, b) = (from.clamp(0, len), to.clamp(0, len));
    if let Some(part) = digits.get(a as usize..b as usize) {
        out.extend(part.iter().map(|&c| char::from(c)));
    }
    let trail = (to - from.max(len)).max(0);
    push_repeat(out, '0', trail as usize);
}

/// `repr(x)` and `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    float_to_string(
        x,
        FloatStyle::Repr,
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// `repr(z)` and `str(z)` for a complex number `re + im*j`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    let im_text = |force_sign| {
        float_to_string(
            im,
            FloatStyle::Repr,
            0,
            FloatFlags {
                force_sign,
                ..plain
            },
        )
    };
    if re == 0.0 && re.is_sign_positive() {
        let mut s = im_text(false);
        s.push('j');
        s
    } else {
        format!(
            "({}{}j)",
            float_to_string(re, FloatStyle::Repr, 0, plain),
            im_text(true)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_even_ties() {
        // Halfway between two shortest candidates: the even last digit,
        // unless only one of them reads back (a power of two).
        assert_eq!(
            float_repr(841_848_246_158_508.0 + 0.25),
            "841848246158508.2"
        );
        assert_eq!(
            float_repr(29_431_253_722_815.0 + 0.8125),
            "29431253722815.812"
        );
        assert_eq!(float_repr(1.0 / 16_777_216.0), "5.960464477539063e-08");
        assert_eq!(float_repr(2.5), "2.5");
    }

    #[test]
    fn repr_vectors() {
        // (value, CPython 3.11 repr(value))
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234568e16, "1.2345678901234568e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (123.456, "123.456"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (20000000000000008.0, "2.000000000000001e+16"),
            (0.30000000000000004, "0.30000000000000004"),
            (-1e-7, "-1e-07"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {:e}", x);
        }
    }

    #[test]
    fn complex_repr_vectors() {
        // (re, im, CPython 3.11 repr(complex(re, im)))
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[(f64, f64, &str)] = &[
            (1.0, nan, "(1+nanj)"),
            (1.0, -nan, "(1+nanj)"),
            (-nan, 1.0, "(nan+1j)"),
            (0.0, -0.0, "-0j"),
            (-0.0, 0.0, "(-0+0j)"),
            (1e16, 1e-5, "(1e+16+1e-05j)"),
            (0.0, inf, "infj"),
            (1.0, 2.0, "(1+2j)"),
            (0.0, 1.0, "1j"),
            (1.5, -2.25, "(1.5-2.25j)"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(complex_repr(re, im), want);
        }
    }

    fn f(x: f64, style: FloatStyle, p: usize, flags: FloatFlags) -> String {
        float_to_string(x, style, p, flags)
    }

    #[test]
    fn styles() {
        use FloatStyle::*;
        let plain = FloatFlags::default();
        let alt = FloatFlags { alt: true, ..plain };
        // Expected values from CPython's '%.<p><code>' % x.
        assert_eq!(f(0.125, Fixed, 2, plain), "0.12");
        assert_eq!(f(0.375, Fixed, 2, plain), "0.38");
        assert_eq!(f(2.5, Fixed, 0, plain), "2");
        assert_eq!(f(2.5, Fixed, 0, alt), "2.");
        assert_eq!(f(1.5, Exponent, 0, plain), "2e+00");
        assert_eq!(f(1.5, Exponent, 0, alt), "2.e+00");
        assert_eq!(f(1.5, General, 0, plain), "2");
        assert_eq!(f(1.5, General, 6, alt), "1.50000");
        assert_eq!(f(0.0, General, 6, plain), "0");
        assert_eq!(f(0.0, General, 6, alt), "0.00000");
        assert_eq!(f(1e-5, General, 6, plain), "1e-05");
        assert_eq!(f(1234567.0, General, 6, plain), "1.23457e+06");
        assert_eq!(f(123456.0, General, 6, plain), "123456");
        assert_eq!(f(0.0001, General, 6, plain), "0.0001");
        assert_eq!(f(-0.0, Fixed, 3, plain), "-0.000");
        assert_eq!(f(0.001, Fixed, 1, plain), "0.0");
        assert_eq!(f(-0.001, Fixed, 1, plain), "-0.0");
        assert_eq!(f(1e300, Fixed, 0, plain).len(), 301);
        assert_eq!(
            f(
                -1e-10,
                Exponent,
                3,
                FloatFlags {
                    upper: true,
                    ..plain
                }
            ),
            "-1.000E-10"
        );
        assert_eq!(
            f(
                f64::INFINITY,
                General,
                6,
                FloatFlags {
                    upper: true,
                    ..plain
                }
            ),
            "INF"
        );
        assert_eq!(f(99.99, Fixed, 1, plain), "100.0");
        assert_eq!(f(9.99, Exponent, 1, plain), "1.0e+01");
        assert_eq!(f(5e-324, Exponent, 3, plain), "4.941e-324");
        assert_eq!(f(1e200, Exponent, 2, plain), "1.00e+200");
        assert_eq!(f(0.5, Fixed, 0, plain), "0");
        assert_eq!(f(1.5, Fixed, 0, plain), "2");
    }

    #[test]
    fn huge_precisions() {
        use FloatStyle::*;
        let plain = FloatFlags::default();
        let s = f(1.5, Fixed, 500, plain);
        assert_eq!(s.len(), 502);
        assert!(s.starts_with("1.5000"));
        let s = f(5e-324, Fixed, 2000, plain);
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("0.000"));
        let s = f(0.1, Exponent, 100_000, plain);
        assert_eq!(s.len(), 100_006);
        assert!(s.starts_with("1.000000000000000055511151231257827"));
        assert!(s.ends_with("000e-01"));
        let s = f(0.1, General, 100_000, plain);
        assert_eq!(
            s,
            "0.1000000000000000055511151231257827021181583404541015625"
        );
    }
}
