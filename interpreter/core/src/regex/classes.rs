//! Character classes (`\d`, `\s`, `\w`), sets (`[...]`) and case folding.
//!
//! Unicode mode (str patterns without ASCII) follows CPython's `str`
//! predicates: `\d` is `str.isdecimal` (exact table below), `\s` is
//! `str.isspace` (exact list below), `\w` is `str.isalnum() or '_'`,
//! approximated by `char::is_alphanumeric` (Rust's Alphabetic property also
//! contains some combining marks, e.g. U+0345, U+093E, that CPython's `\w`
//! rejects). ASCII mode (bytes patterns, or the ASCII flag) uses
//! `[0-9]`, `[ \t\n\r\f\v]` and `[a-zA-Z0-9_]`.

use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SetItem {
    /// An inclusive range of code units (a single char is `Range(c, c)`).
    Range(u32, u32),
    Class(Class),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Set {
    pub items: Vec<SetItem>,
    pub negated: bool,
}

/// The code points whose `str.isdecimal()` digit value is 0; each starts a
/// run of ten decimal digits (generated from CPython 3.11's unicodedata,
/// which covers every decimal digit this way).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Every code point for which CPython's `str.isspace()` is true.
const SPACES: [u32; 29] = [
    0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
    0x205f, 0x3000,
];

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return (0x30..=0x39).contains(&c);
    }
    // The table is sorted: find the last zero <= c.
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    i > 0 && DECIMAL_ZEROS.get(i - 1).is_some_and(|&z| c - z < 10)
}

fn is_space(c: u32, unicode: bool) -> bool {
    if !unicode {
        return matches!(c, 0x9..=0xd | 0x20);
    }
    SPACES.binary_search(&c).is_ok()
}

fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return c < 128 && ((c as u8).is_ascii_alphanumeric() || c == u32::from(b'_'));
    }
    char::from_u32(c).is_some_and(char::is_alphanumeric)
}

impl Class {
    pub(crate) fn matches(self, c: u32, unicode: bool) -> bool {
        match self {
            Class::Digit => is_digit(c, unicode),
            Class::NotDigit => !is_digit(c, unicode),
            Class::Space => is_space(c, unicode),
            Class::NotSpace => !is_space(c, unicode),
            Class::Word => is_word(c, unicode),
            Class::NotWord => !is_word(c, unicode),
        }
    }

    pub(crate) fn escape(self) -> &'static str {
        match self {
            Class::Digit => "\\d",
            Class::NotDigit => "\\D",
            Class::Space => "\\s",
            Class::NotSpace => "\\S",
            Class::Word => "\\w",
            Class::NotWord => "\\W",
        }
    }
}

impl Set {
    pub(crate) fn new(items: Vec<SetItem>, negated: bool) -> Self {
        Set { items, negated }
    }

    /// For IGNORECASE: add the case-fold key of every single character, so
    /// that characters whose case variants only meet through folding (µ and
    /// Μ, ſ and S, K and the Kelvin sign) match as in CPython.
    pub(crate) fn add_folds(&mut self, unicode: bool) {
        let extra: Vec<SetItem> = self
            .items
            .iter()
            .filter_map(|item| match *item {
                SetItem::Range(lo, hi) if lo == hi && fold(lo, unicode) != lo => {
                    let f = fold(lo, unicode);
                    Some(SetItem::Range(f, f))
                }
                _ => None,
            })
            .collect();
        self.items.extend(extra);
    }

    fn contains(&self, c: u32, unicode: bool) -> bool {
        self.items.iter().any(|item| match *item {
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Class(k) => k.matches(c, unicode),
        })
    }

    /// Does `c` match the set? With `fold`, `c` matches if any of its case
    /// variants (lower, upper, upper of lower, lower of upper) is in the set, before the
    /// negation is applied, as in CPython.
    pub(crate) fn matches(&self, c: u32, unicode: bool, fold: bool) -> bool {
        let hit = self.contains(c, unicode)
            || (fold && {
                let (l, u) = case_pair(c, unicode);
                let ul = case_pair(l, unicode).1;
                let lu = case_pair(u, unicode).0;
                [l, u, ul, lu]
                    .iter()
                    .any(|&v| v != c && self.contains(v, unicode))
            });
        hit != self.negated
    }
}

/// Simple (one-to-one) lower and upper case of `c`; `c` itself where the
/// mapping is not a single character.
fn case_pair(c: u32, unicode: bool) -> (u32, u32) {
    if c < 128 || !unicode {
        if c < 128 {
            let b = c as u8;
            return (
                u32::from(b.to_ascii_lowercase()),
                u32::from(b.to_ascii_uppercase()),
            );
        }
        return (c, c);
    }
    let Some(ch) = char::from_u32(c) else {
        return (c, c);
    };
    (single(ch.to_lowercase(), c), single(ch.to_uppercase(), c))
}

fn single(mut it: impl Iterator<Item = char>, orig: u32) -> u32 {
    match (it.next(), it.next()) {
        (Some(x), None) => u32::from(x),
        _ => orig,
    }
}

/// The case-fold key used for IGNORECASE literals: `lower(upper(c))`, so
/// that e.g. U+017F LONG S matches `s` and U+212A KELVIN SIGN matches `k`
/// as in CPython.
pub(crate) fn fold(c: u32, unicode: bool) -> u32 {
    let (_, u) = case_pair(c, unicode);
    case_pair(u, unicode).0
}
