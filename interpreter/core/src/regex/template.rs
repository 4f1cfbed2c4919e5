//! Replacement templates for `sub`: `\1`, `\g<1>`, `\g<0>`, octal escapes
//! and `\n`-style escapes, with CPython 3.11's rules and error messages.
//! Unknown escapes of non-letters are kept verbatim (`\&` stays `\&`); an
//! unmatched group expands to nothing.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Captures, ErrorKind, RegexError};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    /// Literal code units (chars for str, byte values for bytes).
    Lit(Vec<u32>),
    Group(usize),
}

/// A parsed replacement template (see [`super::Regex::template`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pieces: Vec<Piece>,
}

fn digit(c: Option<u32>) -> Option<u32> {
    c.filter(|c| (0x30..=0x39).contains(c)).map(|c| c - 0x30)
}

fn octal(c: Option<u32>) -> Option<u32> {
    digit(c).filter(|&d| d < 8)
}

fn text(units: &[u32]) -> String {
    units
        .iter()
        .map(|&u| char::from_u32(u).unwrap_or('\u{FFFD}'))
        .collect()
}

/// Python's `repr()` of a str, as CPython's messages use `%r`.
fn py_repr(units: &[u32]) -> String {
    let t = text(units);
    let quote = if t.contains('\'') && !t.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in t.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_identifier(name: &[u32]) -> bool {
    let mut chars = name.iter().map(|&u| char::from_u32(u).unwrap_or('\0'));
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl Template {
    pub(crate) fn parse(src: &[u32], groups: usize) -> Result<Template, RegexError> {
        // CPython's tokenizer reads one token ahead, so a lone trailing
        // backslash is reported as soon as the token before it is read,
        // pre-empting that token's own error.
        let run = src
            .iter()
            .rev()
            .take_while(|&&u| u == u32::from(b'\\'))
            .count();
        let trailing = (run % 2 == 1).then(|| src.len() - 1);
        let mut reached = 0;
        match Self::parse_tokens(src, groups, &mut reached) {
            Err(_) if trailing.is_some_and(|t| reached >= t) => Err(RegexError::syntax(
                "bad escape (end of pattern)",
                trailing.unwrap_or(0),
            )),
            r => r,
        }
    }

    /// The template parser proper; `reached` is how far it has read when it
    /// returns.
    fn parse_tokens(
        src: &[u32],
        groups: usize,
        reached: &mut usize,
    ) -> Result<Template, RegexError> {
        let mut pieces: Vec<Piece> = Vec::new();
        let mut lit: Vec<u32> = Vec::new();
        let i = reached;
        *i = 0;
        let get = |at: usize| src.get(at).copied();
        let group_ref = |index: usize, shown: &str, pos: usize| {
            if index > groups {
                Err(RegexError::syntax(
                    format!("invalid group reference {}", shown),
                    pos,
                ))
            } else {
                Ok(Piece::Group(index))
            }
        };
        while let Some(c) = get(*i) {
            if c != u32::from(b'\\') {
                lit.push(c);
                *i += 1;
                continue;
            }
            let start = *i;
            let Some(e) = get(*i + 1) else {
                return Err(RegexError::syntax("bad escape (end of pattern)", start));
            };
            *i += 2;
            let piece = match char::from_u32(e).unwrap_or('\0') {
                'g' => {
                    if get(*i) != Some(u32::from(b'<')) {
                        return Err(RegexError::syntax("missing <", *i));
                    }
                    let name_start = *i + 1;
                    // CPython reads the name token by token: `\\>` does
                    // not close it.
                    let mut j = name_start;
                    let close = loop {
                        match get(j) {
                            None => break None,
                            Some(0x5C) => j += 2,
                            Some(0x3E) => break Some(j - name_start),
                            Some(_) => j += 1,
                        }
                    };
                    let Some(close) = close else {
                        *i = src.len();
                        let msg = if j == name_start {
                            "missing group name"
                        } else {
                            "missing >, unterminated name"
                        };
                        return Err(RegexError::syntax(msg, name_start));
                    };
                    let name = src.get(name_start..name_start + close).unwrap_or(&[]);
                    *i = name_start + close + 1;
                    if name.is_empty() {
                        return Err(RegexError::syntax("missing group name", name_start));
                    }
                    if is_identifier(name) {
                        return Err(RegexError::new(
                            ErrorKind::UnknownGroupName,
                            format!("unknown group name {}", py_repr(name)),
                            None,
                        ));
                    }
                    if !name.iter().all(|&u| digit(Some(u)).is_some()) {
                        return Err(RegexError::syntax(
                            format!("bad character in group name {}", py_repr(name)),
                            name_start,
                        ));
                    }
                    let index = name.iter().fold(0usize, |acc, &u| {
                        acc.saturating_mul(10).saturating_add((u - 0x30) as usize)
                    });
                    let digits = text(name);
                    let shown = digits.trim_start_matches('0');
                    let shown = if shown.is_empty() { "0" } else { shown };
                    Some(group_ref(index, shown, name_start)?)
                }
                '0' => {
                    let mut v = 0;
                    for _ in 0..2 {
                        match octal(get(*i)) {
                            Some(d) => {
                                v = v * 8 + d;
                                *i += 1;
                            }
                            None => break,
                        }
                    }
                    lit.push(v);
                    None
                }
                '1'..='9' => {
                    let d1 = e - 0x30;
                    match digit(get(*i)) {
                        Some(d2) => {
                            *i += 1;
                            match octal(get(*i)) {
                                Some(d3) if d1 < 8 && d2 < 8 => {
                                    *i += 1;
                                    let v = d1 * 64 + d2 * 8 + d3;
                                    if v > 0o377 {
                                        let esc = src.get(start..*i).unwrap_or(&[]);
                                        return Err(RegexError::syntax(
                                            format!(
                                                "octal escape value {} outside of range 0-0o377",
                                                text(esc)
                                            ),
                                            start,
                                        ));
                                    }
                                    lit.push(v);
                                    None
                                }
                                _ => {
                                    let n = (d1 * 10 + d2) as usize;
                                    Some(group_ref(n, &format!("{}", n), start + 1)?)
                                }
                            }
                        }
                        None => Some(group_ref(d1 as usize, &format!("{}", d1), start + 1)?),
                    }
                }
                'a' => lit_piece(&mut lit, 7),
                'b' => lit_piece(&mut lit, 8),
                'f' => lit_piece(&mut lit, 12),
                'n' => lit_piece(&mut lit, 10),
                'r' => lit_piece(&mut lit, 13),
                't' => lit_piece(&mut lit, 9),
                'v' => lit_piece(&mut lit, 11),
                '\\' => lit_piece(&mut lit, u32::from(b'\\')),
                l if l.is_ascii_alphabetic() => {
                    return Err(RegexError::syntax(format!("bad escape \\{}", l), start));
                }
                _ => {
                    // Unknown escapes of other characters stay as written.
                    lit.push(u32::from(b'\\'));
                    lit.push(e);
                    None
                }
            };
            if let Some(p) = piece {
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(core::mem::take(&mut lit)));
                }
                pieces.push(p);
            }
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(lit));
        }
        Ok(Template { pieces })
    }

    /// True if the template contains no group reference.
    pub fn is_literal(&self) -> bool {
        self.pieces.iter().all(|p| matches!(p, Piece::Lit(_)))
    }

    /// Append the expansion for a match of `subject` (a str) to `out`.
    pub fn expand_str(&self, caps: &Captures, subject: &str, out: &mut String) {
        for piece in &self.pieces {
            match piece {
                Piece::Lit(units) => out.extend(
                    units
                        .iter()
                        .map(|&u| char::from_u32(u).unwrap_or('\u{FFFD}')),
                ),
                Piece::Group(g) => {
                    if let Some(text) = caps.get(*g).and_then(|(s, e)| subject.get(s..e)) {
                        out.push_str(text);
                    }
                }
            }
        }
    }

    /// Append the expansion for a match of `subject` (bytes) to `out`.
    pub fn expand_bytes(&self, caps: &Captures, subject: &[u8], out: &mut Vec<u8>) {
        for piece in &self.pieces {
            match piece {
                // Bytes templates only hold values below 256.
                Piece::Lit(units) => out.extend(units.iter().map(|&u| u as u8)),
                Piece::Group(g) => {
                    if let Some(text) = caps.get(*g).and_then(|(s, e)| subject.get(s..e)) {
                        out.extend_from_slice(text);
                    }
                }
            }
        }
    }
}

fn lit_piece(lit: &mut Vec<u32>, c: u32) -> Option<Piece> {
    lit.push(c);
    None
}
