//! `float(str)` and `complex(str)` with CPython 3.11's grammar and messages.
//!
//! The grammar is checked here; the conversion itself (correctly rounded)
//! is `core`'s `f64::from_str` on the validated, underscore-free text.

use alloc::format;
use alloc::string::String;

use super::text::{is_c_space, repr_bytes, repr_str, to_ascii_number_text};
use super::{FormatError, FormatResult};

/// Length of the longest prefix of `b` that is a float literal in the
/// grammar of C's `strtod` as CPython uses it (no hex, no whitespace):
/// `[sign] (digits [. [digits]] | . digits) [e [sign] digits]`, or
/// `[sign] (inf | infinity | nan)` in any case.
fn float_prefix_len(b: &[u8]) -> usize {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = b.get(i..).unwrap_or_default();
    let starts = |word: &[u8]| {
        rest.len() >= word.len()
            && rest
                .iter()
                .zip(word)
                .all(|(c, w)| c.to_ascii_lowercase() == *w)
    };
    if starts(b"infinity") {
        return i + 8;
    }
    if starts(b"inf") || starts(b"nan") {
        return i + 3;
    }
    let digits_at = |from: usize| {
        b.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let int_digits = digits_at(i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        frac_digits = digits_at(i + 1);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return 0;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = digits_at(j);
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    i
}

/// Parses the longest float literal at the start of `b`: its value and
/// length, or `None` if there is none.
fn scan_float(b: &[u8]) -> Option<(f64, usize)> {
    let n = float_prefix_len(b);
    let text = core::str::from_utf8(b.get(..n)?).ok()?;
    if n == 0 {
        return None;
    }
    let negative = text.starts_with('-');
    let unsigned = text.trim_start_matches(['+', '-']);
    // Spelled out so the sign of "-nan" survives, as in CPython.
    let value = if unsigned.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        unsigned.parse::<f64>().ok()?
    };
    Some((if negative { -value } else { value }, n))
}

/// Checks CPython's rule for underscores in number text (only between two
/// digits) and returns the text without them.
fn remove_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(String::from(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn float_error(s: &str) -> FormatError {
    FormatError::value(format!(
        "could not convert string to float: {}",
        repr_str(s)
    ))
}

/// `float(s)`: surrounding whitespace, sign, `inf`/`infinity`/`nan` in any
/// case, underscores between digits, Unicode digits and spaces.
pub fn parse_float(s: &str) -> FormatResult<f64> {
    to_ascii_number_text(s)
        .and_then(|t| float_from_ascii(&t))
        .ok_or_else(|| float_error(s))
}

/// `float(b)` for bytes or bytearray (ASCII only).
pub fn parse_float_bytes(b: &[u8]) -> FormatResult<f64> {
    core::str::from_utf8(b)
        .ok()
        .filter(|s| s.is_ascii())
        .and_then(float_from_ascii)
        .ok_or_else(|| {
            FormatError::value(format!(
                "could not convert string to float: {}",
                repr_bytes(b)
            ))
        })
}

fn float_from_ascii(text: &str) -> Option<f64> {
    let text = remove_underscores(text)?;
    let b = text.as_bytes();
    let start = b.iter().take_while(|&&c| is_c_space(c)).count();
    let end = b.len() - b.iter().rev().take_while(|&&c| is_c_space(c)).count();
    let body = b.get(start..end.max(start)).unwrap_or_default();
    match scan_float(body) {
        Some((x, n)) if n == body.len() => Some(x),
        _ => None,
    }
}

fn malformed() -> FormatError {
    FormatError::value("complex() arg is a malformed string")
}

/// `complex(s)`: `"1+2j"`, `"(1-2j)"`, `"j"`, `"-1.5e3J"`, `" ( nan-infj ) "`;
/// returns `(real, imag)`.
pub fn parse_complex(s: &str) -> FormatResult<(f64, f64)> {
    let text = to_ascii_number_text(s).ok_or_else(malformed)?;
    let text = remove_underscores(&text).ok_or_else(|| {
        FormatError::value(format!(
            "could not convert string to complex: {}",
            repr_str(s)
        ))
    })?;
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let skip_spaces = |mut i: usize| {
        while is_c_space(at(i)) {
            i += 1;
        }
        i
    };
    let is_j = |c: u8| c == b'j' || c == b'J';
    let sign_value = |c: u8| if c == b'-' { -1.0 } else { 1.0 };

    let mut i = skip_spaces(0);
    let bracket = at(i) == b'(';
    if bracket {
        i = skip_spaces(i + 1);
    }
    let rest = |i: usize| b.get(i..).unwrap_or_default();
    let (mut re, mut im) = (0.0, 0.0);
    match scan_float(rest(i)) {
        Some((z, n)) => {
            i += n;
            if matches!(at(i), b'+' | b'-') {
                // <float><signed-float>j or <float><sign>j
                re = z;
                match scan_float(rest(i)) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = sign_value(at(i));
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return Err(malformed());
                }
                i += 1;
            } else if is_j(at(i)) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            // <sign>j or j
            if matches!(at(i), b'+' | b'-') {
                im = sign_value(at(i));
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(at(i)) {
                return Err(malformed());
            }
            i += 1;
        }
    }
    i = skip_spaces(i);
    if bracket {
        if at(i) != b')' {
            return Err(malformed());
        }
        i = skip_spaces(i + 1);
    }
    if i != b.len() {
        return Err(malformed());
    }
    Ok((re, im))
}
