//! The template side of `str.format`: splitting `"a{0!r:>{w}}b"` into
//! literal text and replacement fields, and field names into their parts,
//! with CPython 3.11's errors.
//!
//! The VM drives it: for each [`Field`] it resolves the name
//! ([`parse_field_name`], numbering automatic fields with [`AutoNumber`]),
//! applies the conversion ([`check_conversion`]), expands nested fields in
//! the spec (by running a [`FormatTemplate`] over it with one less level of
//! [`MAX_RECURSION`]) and calls the value's `__format__`.

use alloc::format;
use alloc::vec::Vec;

use super::{FormatError, FormatResult};

/// How deep fields may nest in format specs (`"{:{}}"` is one level; one
/// more is "Max string recursion exceeded").
pub const MAX_RECURSION: usize = 2;

/// The error for specs nested deeper than [`MAX_RECURSION`].
pub fn recursion_error() -> FormatError {
    FormatError::value("Max string recursion exceeded")
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field name (`"0"`, `"x.y[0]"`, or empty for automatic numbering).
    pub name: &'a str,
    pub conversion: Option<char>,
    /// The format spec, still containing nested `{...}` fields if
    /// `spec_has_fields`.
    pub spec: &'a str,
    pub spec_has_fields: bool,
}

/// A piece of a `str.format` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece<'a> {
    /// Text to copy (`{{` and `}}` come out as one brace).
    Literal(&'a str),
    Field(Field<'a>),
}

/// A `str.format` template being parsed, piece by piece.
#[derive(Clone, Debug)]
pub struct FormatTemplate<'a> {
    src: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    failed: bool,
}

impl<'a> FormatTemplate<'a> {
    pub fn new(src: &'a str) -> Self {
        FormatTemplate {
            src,
            pos: 0,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.src.get(from..to).unwrap_or("")
    }

    /// Parses a field; the opening `{` has been read.
    fn field(&mut self) -> FormatResult<Field<'a>> {
        let start = self.pos;
        let mut end_char = None;
        while let Some(c) = self.bump() {
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                // An index may contain any of the special characters.
                '[' => {
                    while self.peek().is_some_and(|c| c != ']') {
                        self.bump();
                    }
                }
                '}' | ':' | '!' => {
                    end_char = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = self.pos - end_char.map_or(0, char::len_utf8);
        let name = self.slice(start, name_end);
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        match end_char {
            Some('}') => return Ok(field),
            Some('!') => {
                let conv = self.bump().ok_or_else(|| {
                    FormatError::value("end of string while looking for conversion specifier")
                })?;
                field.conversion = Some(conv);
                match self.bump() {
                    Some('}') => return Ok(field),
                    Some(':') | None => {}
                    Some(_) => {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ))
                    }
                }
            }
            Some(_) => {}
            None => return Err(FormatError::value("expected '}' before end of string")),
        }
        // The spec runs to the matching brace; nested fields are allowed.
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.bump() {
            match c {
                '{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = self.slice(spec_start, self.pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for FormatTemplate<'a> {
    type Item = FormatResult<FormatPiece<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.src.get(self.pos..)?;
        let piece = match rest.chars().next()? {
            brace @ ('{' | '}') => {
                let doubled = rest.chars().nth(1) == Some(brace);
                if doubled {
                    self.pos += 2;
                    Ok(FormatPiece::Literal(self.slice(self.pos - 2, self.pos - 1)))
                } else if brace == '}' {
                    Err(FormatError::value(
                        "Single '}' encountered in format string",
                    ))
                } else if rest.len() == 1 {
                    Err(FormatError::value(
                        "Single '{' encountered in format string",
                    ))
                } else {
                    self.pos += 1;
                    self.field().map(FormatPiece::Field)
                }
            }
            _ => {
                let n = rest.find(['{', '}']).unwrap_or(rest.len());
                self.pos += n;
                Ok(FormatPiece::Literal(rest.get(..n).unwrap_or("")))
            }
        };
        self.failed = piece.is_err();
        Some(piece)
    }
}

/// The first part of a field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// Empty: the next positional argument.
    Auto,
    /// All digits: a positional argument.
    Index(usize),
    /// A keyword argument.
    Name(&'a str),
}

/// One `.attr` or `[key]` after the first part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attr(&'a str),
    /// `[123]`: an int subscript.
    Index(usize),
    /// `[text]`: a str subscript.
    Key(&'a str),
}

/// An all-digits text as an index (`None` if not all digits).
fn as_index(s: &str) -> FormatResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.bytes()
        .try_fold(0usize, |v, b| {
            v.checked_mul(10)?
                .checked_add(usize::from(b - b'0'))
                .filter(|&v| v as u64 <= i64::MAX as u64)
        })
        .map(Some)
        .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))
}

/// Splits a field name into its key and accessors:
/// `"x.y[0][k]"` is `Name("x")`, `[Attr("y"), Index(0), Key("k")]`.
pub fn parse_field_name(name: &str) -> FormatResult<(FieldKey<'_>, Vec<Accessor<'_>>)> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = name.get(..first_end).unwrap_or("");
    let key = match as_index(first)? {
        Some(i) => FieldKey::Index(i),
        None if first.is_empty() => FieldKey::Auto,
        None => FieldKey::Name(first),
    };
    let mut accessors = Vec::new();
    let mut rest = name.get(first_end..).unwrap_or("");
    while let Some(c) = rest.chars().next() {
        let body = rest.get(1..).unwrap_or("");
        if c == '.' {
            let end = body.find(['.', '[']).unwrap_or(body.len());
            let attr = body.get(..end).unwrap_or("");
            if attr.is_empty() {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            accessors.push(Accessor::Attr(attr));
            rest = body.get(end..).unwrap_or("");
        } else {
            // '[' (the first part stops only at '.' or '[', and so does
            // everything after a ']').
            let end = body
                .find(']')
                .ok_or_else(|| FormatError::value("Missing ']' in format string"))?;
            let key = body.get(..end).unwrap_or("");
            if key.is_empty() {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            accessors.push(match as_index(key)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key),
            });
            rest = body.get(end + 1..).unwrap_or("");
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok((key, accessors))
}

/// Automatic field numbering for one `str.format` call: hands out 0, 1, 2...
/// for empty field names and refuses to mix them with explicit indexes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    next: usize,
    used_auto: bool,
    used_manual: bool,
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }

    /// The positional index of `key` (`None` for a keyword name).
    pub fn resolve(&mut self, key: FieldKey) -> FormatResult<Option<usize>> {
        match key {
            FieldKey::Auto => {
                if self.used_manual {
                    return Err(FormatError::value(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.used_auto = true;
                self.next += 1;
                Ok(Some(self.next - 1))
            }
            FieldKey::Index(i) => {
                if self.used_auto {
                    return Err(FormatError::value(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.used_manual = true;
                Ok(Some(i))
            }
            FieldKey::Name(_) => Ok(None),
        }
    }
}

/// What a `!x` conversion asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrConversion {
    Str,
    Repr,
    Ascii,
}

/// Validates a conversion character (`s`, `r`, `a`).
pub fn check_conversion(c: char) -> FormatResult<StrConversion> {
    match c {
        's' => Ok(StrConversion::Str),
        'r' => Ok(StrConversion::Repr),
        'a' => Ok(StrConversion::Ascii),
        other => {
            let cp = other as u32;
            Err(FormatError::value(if cp > 32 && cp < 127 {
                format!("Unknown conversion specifier {}", other)
            } else {
                format!("Unknown conversion specifier \\x{:x}", cp)
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testutil::records;
    use alloc::string::String;

    fn show<T>(r: FormatResult<T>, ok: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => format!("OK:{}", ok(v)),
            Err(e) => format!("ERR:{}: {}", e.kind.name(), e.message),
        }
    }

    /// The token stream gen_str_format.py prints for a template.
    fn tokens(template: &str) -> FormatResult<String> {
        let mut toks: Vec<String> = Vec::new();
        for piece in FormatTemplate::new(template) {
            match piece? {
                FormatPiece::Literal("") => {}
                FormatPiece::Literal(s) => match toks.last_mut() {
                    Some(last) if last.starts_with("L:") => last.push_str(s),
                    _ => toks.push(format!("L:{}", s)),
                },
                FormatPiece::Field(f) => toks.push(format!(
                    "F:{}\x1f{}\x1f{}",
                    f.name,
                    f.spec,
                    f.conversion.map(String::from).unwrap_or_default()
                )),
            }
        }
        Ok(toks.join("\x1e"))
    }

    fn split(name: &str) -> FormatResult<String> {
        let (key, accessors) = parse_field_name(name)?;
        let mut parts = Vec::new();
        parts.push(match key {
            FieldKey::Auto => String::from("N:"),
            FieldKey::Index(i) => format!("I:{}", i),
            FieldKey::Name(n) => format!("N:{}", n),
        });
        for a in accessors {
            parts.push(match a {
                Accessor::Attr(s) => format!("A:{}", s),
                Accessor::Index(i) => format!("I:{}", i),
                Accessor::Key(s) => format!("K:{}", s),
            });
        }
        Ok(parts.join("\x1e"))
    }

    /// Every vector of testdata/str_format.txt (CPython 3.11's
    /// `_string.formatter_parser` and `formatter_field_name_split`).
    #[test]
    fn cpython_vectors() {
        let data = include_str!("testdata/str_format.txt");
        let mut failures = Vec::new();
        let mut count = 0;
        for rec in records(data) {
            let [kind, text, want] = rec.as_slice() else {
                continue;
            };
            count += 1;
            let got = if kind == "T" {
                show(tokens(text), |s| s)
            } else {
                show(split(text), |s| s)
            };
            if &got != want {
                failures.push(format!(
                    "{} {:?}: got {:?} want {:?}",
                    kind, text, got, want
                ));
            }
        }
        assert!(count > 600, "vectors missing");
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
    fn numbering_and_conversions() {
        // Messages from CPython 3.11 str.format.
        let mut n = AutoNumber::new();
        assert_eq!(n.resolve(FieldKey::Index(0)), Ok(Some(0)));
        assert_eq!(
            n.resolve(FieldKey::Auto).map_err(|e| e.message),
            Err(String::from(
                "cannot switch from manual field specification to automatic field numbering"
            ))
        );
        let mut n = AutoNumber::new();
        assert_eq!(n.resolve(FieldKey::Auto), Ok(Some(0)));
        assert_eq!(n.resolve(FieldKey::Name("x")), Ok(None));
        assert_eq!(n.resolve(FieldKey::Auto), Ok(Some(1)));
        assert_eq!(
            n.resolve(FieldKey::Index(0)).map_err(|e| e.message),
            Err(String::from(
                "cannot switch from automatic field numbering to manual field specification"
            ))
        );
        assert_eq!(check_conversion('r'), Ok(StrConversion::Repr));
        assert_eq!(
            check_conversion('x').map_err(|e| e.message),
            Err(String::from("Unknown conversion specifier x"))
        );
        assert_eq!(
            check_conversion(' ').map_err(|e| e.message),
            Err(String::from("Unknown conversion specifier \\x20"))
        );
        assert_eq!(
            check_conversion('é').map_err(|e| e.message),
            Err(String::from("Unknown conversion specifier \\xe9"))
        );
    }
}
