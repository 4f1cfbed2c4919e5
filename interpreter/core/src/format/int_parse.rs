//! `int(str, base)` with CPython 3.11's grammar and messages.
//!
//! Not implemented on purpose: CPython 3.11's limit of 4300 decimal digits
//! for int/str conversion (`sys.set_int_max_str_digits`); Pycopy has none.

use alloc::format;
use alloc::vec::Vec;

use num_bigint::BigInt;

use super::text::{is_c_space, repr_bytes, repr_str, to_ascii_number_text, truncate_chars};
use super::{FormatError, FormatResult};

/// A parsed int: an `i64` when it fits, else a `BigInt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    /// The value as a `BigInt`, whatever its size.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(*v),
            ParsedInt::Big(v) => v.clone(),
        }
    }
}

fn base_error() -> FormatError {
    FormatError::value("int() base must be >= 2 and <= 36, or 0")
}

/// Checks an `int()` base argument: 0 or 2..=36. (A base too large for an
/// `i64` can be passed as `i64::MAX`.)
pub fn check_base(base: i64) -> FormatResult<u32> {
    match base {
        0 | 2..=36 => Ok(base as u32),
        _ => Err(base_error()),
    }
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// The value of ASCII text in the `int()` grammar, or `None` if it is not a
/// valid literal. `base` is 0 or 2..=36.
fn parse_ascii(b: &[u8], base: u32) -> Option<ParsedInt> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = b.iter().take_while(|&&c| is_c_space(c)).count();
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let prefix_base = match (at(i), at(i + 1).to_ascii_lowercase()) {
        (b'0', b'x') => 16,
        (b'0', b'o') => 8,
        (b'0', b'b') => 2,
        _ => 0,
    };
    let mut base = base;
    // Base 0 reads the prefix; without one, a leading 0 allows only zeros.
    let mut zero_only = false;
    if base == 0 {
        if prefix_base != 0 {
            base = prefix_base;
        } else {
            zero_only = at(i) == b'0';
            base = 10;
        }
    }
    if prefix_base != 0 && prefix_base == base {
        i += 2;
        // One underscore may follow the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = b'_'; // so a leading underscore is rejected
    while i < b.len() {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else if digit_value(c) < base {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if digits.is_empty() || prev == b'_' {
        return None;
    }
    if b.get(i..)?.iter().any(|&c| !is_c_space(c)) {
        return None;
    }
    if zero_only && digits.iter().any(|&c| c != b'0') {
        return None;
    }
    let text = core::str::from_utf8(&digits).ok()?;
    if let Ok(m) = u64::from_str_radix(text, base) {
        let v = if negative {
            0i64.checked_sub_unsigned(m)
        } else {
            i64::try_from(m).ok()
        };
        if let Some(v) = v {
            return Some(ParsedInt::Small(v));
        }
    }
    let magnitude = BigInt::parse_bytes(&digits, base)?;
    Some(ParsedInt::Big(if negative {
        -magnitude
    } else {
        magnitude
    }))
}

/// `int(s, base)` for a str: whitespace, sign, `0x`/`0o`/`0b` prefixes
/// (read for base 0, allowed when they match the base), underscores
/// between digits and after the prefix, Unicode digits and whitespace.
pub fn parse_int(s: &str, base: i64) -> FormatResult<ParsedInt> {
    let base = check_base(base)?;
    to_ascii_number_text(s)
        .and_then(|t| parse_ascii(t.as_bytes(), base))
        .ok_or_else(|| {
            let repr = repr_str(s);
            FormatError::value(format!(
                "invalid literal for int() with base {}: {}",
                base,
                truncate_chars(&repr, 200)
            ))
        })
}

/// `int(b, base)` for bytes or bytearray (ASCII only, no Unicode digits).
pub fn parse_int_bytes(b: &[u8], base: i64) -> FormatResult<ParsedInt> {
    let base = check_base(base)?;
    parse_ascii(b, base).ok_or_else(|| {
        let repr = repr_bytes(b);
        FormatError::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            truncate_chars(&repr, 200)
        ))
    })
}
