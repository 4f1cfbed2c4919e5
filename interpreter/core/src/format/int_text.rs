//! Integers as text: digits in any base, `bin()`/`oct()`/`hex()` with their
//! prefixes, and the int-to-float conversion the float format codes need.

use alloc::format;
use alloc::string::String;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{FormatError, FormatResult};

/// A borrowed Python int, small or big, as the formatters take it.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl From<i64> for IntRef<'_> {
    fn from(v: i64) -> Self {
        IntRef::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntRef::Big(v)
    }
}

impl IntRef<'_> {
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.is_negative(),
        }
    }

    /// The value as an `i64`, if it fits (C `long` on 64-bit hosts).
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => v.to_i64(),
        }
    }

    /// The digits of `|self|` in `radix` (2..=36), lower case.
    pub fn magnitude_digits(self, radix: u32) -> String {
        let radix = radix.clamp(2, 36);
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    10 => format!("{}", m),
                    16 => format!("{:x}", m),
                    _ => u64_to_radix(m, radix),
                }
            }
            IntRef::Big(v) => v.magnitude().to_str_radix(radix),
        }
    }

    /// `float(self)`, correctly rounded; `OverflowError` when out of range.
    pub fn to_f64(self) -> FormatResult<f64> {
        let x = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(v) => v.to_f64().unwrap_or(f64::INFINITY),
        };
        if x.is_finite() {
            Ok(x)
        } else {
            Err(FormatError::overflow("int too large to convert to float"))
        }
    }
}

fn u64_to_radix(mut m: u64, radix: u32) -> String {
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    loop {
        let d = (m % u64::from(radix)) as u32;
        m /= u64::from(radix);
        i -= 1;
        if let (Some(slot), Some(c)) = (buf.get_mut(i), char::from_digit(d, radix)) {
            *slot = c as u8;
        }
        if m == 0 || i == 0 {
            break;
        }
    }
    buf.get(i..)
        .map(|b| b.iter().map(|&c| char::from(c)).collect())
        .unwrap_or_default()
}

/// The text of `value` in `radix` (2..=36) with a minus sign, no prefix:
/// `int_to_radix(-255, 16) == "-ff"`.
pub fn int_to_radix(value: IntRef, radix: u32) -> String {
    let digits = value.magnitude_digits(radix);
    if value.is_negative() {
        format!("-{}", digits)
    } else {
        digits
    }
}

/// `str(value)`.
pub fn int_to_decimal(value: IntRef) -> String {
    int_to_radix(value, 10)
}

/// Python's `bin()`, `oct()`, `hex()` for `base` 2, 8, 16 (`"-0x1f"`); any
/// other base gives the digits without prefix.
pub fn int_to_base_prefixed(value: IntRef, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, value.magnitude_digits(base))
}

/// `bin(value)`.
pub fn bin(value: IntRef) -> String {
    int_to_base_prefixed(value, 2)
}

/// `oct(value)`.
pub fn oct(value: IntRef) -> String {
    int_to_base_prefixed(value, 8)
}

/// `hex(value)`.
pub fn hex(value: IntRef) -> String {
    int_to_base_prefixed(value, 16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use core::str::FromStr;

    fn big(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap_or_default()
    }

    #[test]
    fn prefixed() {
        // Expected values from CPython 3.11 bin/oct/hex.
        assert_eq!(bin(0.into()), "0b0");
        assert_eq!(bin((-5).into()), "-0b101");
        assert_eq!(oct(8.into()), "0o10");
        assert_eq!(oct((-8).into()), "-0o10");
        assert_eq!(hex(255.into()), "0xff");
        assert_eq!(hex(i64::MIN.into()), "-0x8000000000000000");
        assert_eq!(hex(i64::MAX.into()), "0x7fffffffffffffff");
        let b = big("-123456789012345678901234567890");
        assert_eq!(hex((&b).into()), "-0x18ee90ff6c373e0ee4e3f0ad2");
        assert_eq!(oct((&b).into()), "-0o143564417755415637016711617605322");
        assert_eq!(
            bin((&big("1267650600228229401496703205376")).into()),
            "0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        );
    }

    #[test]
    fn radix() {
        // numpy.base_repr-style checks against int(s, base) round trips.
        assert_eq!(int_to_radix(35.into(), 36), "z");
        assert_eq!(int_to_radix((-71).into(), 36), "-1z");
        assert_eq!(int_to_radix(i64::MIN.into(), 10), "-9223372036854775808");
        assert_eq!(int_to_radix(0.into(), 7), "0");
        assert_eq!(int_to_radix(49.into(), 7), "100");
        assert_eq!(
            int_to_decimal((&big("-99999999999999999999")).into()),
            "-99999999999999999999"
        );
    }

    #[test]
    fn to_float() {
        // float(2**64 + 2**11 + 1) == 1.8446744073709556e+19 in CPython.
        let b = big("18446744073709553665");
        assert_eq!(IntRef::Big(&b).to_f64(), Ok(1.8446744073709556e19));
        let huge = big("1").pow(1) << 1024usize;
        let err = IntRef::Big(&huge).to_f64().unwrap_err();
        assert_eq!(
            err.to_string(),
            "OverflowError: int too large to convert to float"
        );
        // 2**1024 - 2**970 rounds up to 2**1024: still an overflow.
        let edge = (big("1") << 1024usize) - (big("1") << 970usize);
        assert!(IntRef::Big(&edge).to_f64().is_err());
        let below = (big("1") << 1024usize) - (big("1") << 971usize);
        assert_eq!(IntRef::Big(&below).to_f64(), Ok(f64::MAX));
        assert_eq!(IntRef::Small(-3).to_f64(), Ok(-3.0));
    }
}
