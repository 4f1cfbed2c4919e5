//! Helpers for the CPython-generated test vectors in `testdata/`.

use alloc::string::String;
use alloc::vec::Vec;

use super::FormatResult;

/// Undoes Python's `unicode_escape` encoding (plus `\t`).
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex = |chars: &mut core::str::Chars, n: usize| -> char {
            let digits: String = chars.take(n).collect();
            char::from_u32(u32::from_str_radix(&digits, 16).unwrap_or(0)).unwrap_or('?')
        };
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('x') => out.push(hex(&mut chars, 2)),
            Some('u') => out.push(hex(&mut chars, 4)),
            Some('U') => out.push(hex(&mut chars, 8)),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A result as the vector files write it: `OK:text` or `ERR:Kind: message`.
pub fn show(r: &FormatResult<String>) -> String {
    match r {
        Ok(s) => alloc::format!("OK:{}", s),
        Err(e) => alloc::format!("ERR:{}: {}", e.kind.name(), e.message),
    }
}

/// Tab-separated, unescaped fields of each non-empty line.
pub fn records(data: &str) -> Vec<Vec<String>> {
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(unescape).collect())
        .collect()
}

/// An f64 from its bit pattern in hex.
pub fn f64_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).unwrap_or(0))
}
