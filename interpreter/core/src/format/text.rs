//! Small text helpers shared by the parsers and formatters: Python's
//! `repr(str)` for error messages, Unicode whitespace and decimal digits
//! as `int()`/`float()` accept them, and padding by code points.

use alloc::string::String;
use core::fmt::Write;

/// First code point of each run of ten Unicode decimal digits (category Nd,
/// Unicode 14 as in CPython 3.11). Every Nd digit is `zero + value`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Non-ASCII code points that are not printable in the categories we can
/// afford to tabulate: Cc, Zs, Zl, Zp and Cf (Unicode 14).
const NON_PRINTABLE: [(u32, u32); 24] = [
    (0x80, 0xA0),
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2064),
    (0x2066, 0x206F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// The value of a Unicode decimal digit (`'7'`, `'٧'`, `'７'`...), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    // The table is sorted: find the last run starting at or below `cp`.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let v = cp - zero;
    (v < 10).then_some(v)
}

/// Python's `str.isspace()` for one character.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// C's `isspace` in the "C" locale, which is what CPython's number parsers
/// strip after [`to_ascii_number_text`].
pub fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Prepares text for the number parsers the way CPython does: ASCII is kept,
/// other whitespace becomes `' '`, other decimal digits become ASCII digits.
/// Any other non-ASCII character makes the text unparseable, so `None`.
pub fn to_ascii_number_text(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(String::from(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_py_space(c) {
            out.push(' ');
        } else {
            let d = decimal_value(c)?;
            out.push(char::from(b'0' + d as u8));
        }
    }
    Some(out)
}

/// Approximation of Python's `str.isprintable()` for one character: exact for
/// ASCII, Latin-1 and the format/space/control categories; unassigned and
/// private-use code points (which need the full Unicode tables) count as
/// printable, except the noncharacters.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    if cp & 0xFFFE == 0xFFFE || (0xFDD0..=0xFDEF).contains(&cp) {
        return false;
    }
    if (0xE000..=0xF8FF).contains(&cp) || cp >= 0xF0000 {
        return false;
    }
    let idx = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    match idx.checked_sub(1).and_then(|i| NON_PRINTABLE.get(i)) {
        Some(&(_, hi)) => cp > hi,
        None => true,
    }
}

/// Python's `repr(str)`: quotes chosen like CPython, escapes for
/// backslash, the quote, `\t \n \r` and non-printable characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                // Writing to a String cannot fail.
                let _ = if cp < 0x100 {
                    write!(out, "\\x{:02x}", cp)
                } else if cp < 0x10000 {
                    write!(out, "\\u{:04x}", cp)
                } else {
                    write!(out, "\\U{:08x}", cp)
                };
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`: `b'...'` with the same quote choice as str and
/// `\xNN` for bytes outside printable ASCII.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(char::from(quote));
    out
}

/// The first `n` code points of `s` (all of it when shorter).
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// Appends `n` copies of `c`.
pub fn push_repeat(out: &mut String, c: char, n: usize) {
    out.extend(core::iter::repeat_n(c, n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_values() {
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('9'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{1fbfa}'), None);
        assert_eq!(decimal_value('\u{2f}'), None);
        assert_eq!(decimal_value('\u{10}'), None);
    }

    #[test]
    fn reprs() {
        // Expected values from CPython 3.11 repr().
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("\\\t\n\r\x00\x7f"), "'\\\\\\t\\n\\r\\x00\\x7f'");
        assert_eq!(repr_str("é\u{a0}\u{200b}ł"), "'é\\xa0\\u200bł'");
        assert_eq!(repr_str("\u{e0001}\u{1f600}"), "'\\U000e0001\u{1f600}'");
    }

    #[test]
    fn bytes_reprs() {
        // Expected values from CPython 3.11 repr().
        assert_eq!(repr_bytes(b"x\xff\n"), "b'x\\xff\\n'");
        assert_eq!(repr_bytes(b"'"), "b\"'\"");
        assert_eq!(repr_bytes(b"'\"\\"), "b'\\'\"\\\\'");
        assert_eq!(repr_bytes(b""), "b''");
    }

    #[test]
    fn ascii_number_text() {
        assert_eq!(to_ascii_number_text("\u{3000}１２").as_deref(), Some(" 12"));
        assert_eq!(to_ascii_number_text("1é"), None);
    }

    #[test]
    fn truncation() {
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hé", 5), "hé");
        assert_eq!(truncate_chars("hé", 0), "");
    }
}
