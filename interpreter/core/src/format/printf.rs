//! The `%` operator on str: the template parser and the per-conversion
//! formatting, as CPython 3.11 does them.
//!
//! The VM drives the argument matching: it iterates a [`Template`], copies
//! [`Piece::Literal`]s, and for each [`Conversion`] fetches the mapping value
//! (`key`), the `*` width and precision ([`Conversion::set_star_width`],
//! [`Conversion::set_star_precision`]), then the value, converts it as
//! [`Conversion::kind`] says and calls the matching `format_*` method. The
//! template is parsed lazily, so errors come in CPython's order.
//!
//! Known difference: for a conversion that is incomplete after a `*`
//! (`'%*' % ()`), CPython fetches the `*` argument before it notices; we
//! report "incomplete format" first.

use alloc::format;
use alloc::string::String;

use super::float_repr::{float_to_string, FloatFlags, FloatStyle};
use super::int_text::IntRef;
use super::text::{push_repeat, truncate_chars};
use super::{FormatError, FormatResult, MAX_FORMAT_LEN};

/// The flags of a conversion: `-`, `+`, space, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// A width or precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Absent,
    /// `*`: to be taken from the arguments.
    Star,
    Given(usize),
}

/// What the VM must turn the value into before formatting it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    /// `s`: `str(v)`, then [`Conversion::format_str`].
    Str,
    /// `r`: `repr(v)`, then [`Conversion::format_str`].
    Repr,
    /// `a`: `ascii(v)`, then [`Conversion::format_str`].
    Ascii,
    /// `d i u o x X`: an int ([`Conversion::format_int`]).
    Int,
    /// `e E f F g G`: a float ([`Conversion::format_float`]).
    Float,
    /// `c`: an int ([`Conversion::format_char_code`]) or a one-character
    /// str ([`Conversion::format_char`]).
    Char,
    /// Anything else: raise [`Conversion::unsupported`] (after fetching the
    /// value, as CPython does).
    Unsupported,
}

/// One `%` conversion of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversion<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    pub flags: Flags,
    pub width: Count,
    pub precision: Count,
    /// The conversion character (`h`, `l`, `L` length modifiers skipped).
    pub conv: char,
    /// Code-point index of `conv` in the template, for messages.
    pub index: usize,
}

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to copy as is (a `%%` gives a literal `%`).
    Literal(&'a str),
    Conversion(Conversion<'a>),
}

/// A `%` template being parsed, piece by piece.
#[derive(Clone, Debug)]
pub struct Template<'a> {
    src: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Code-point index of the next unread character.
    index: usize,
    mapping: bool,
    failed: bool,
}

impl<'a> Template<'a> {
    /// A parser for `src`; `mapping` tells whether the right operand is a
    /// mapping (`%(key)` needs one).
    pub fn new(src: &'a str, mapping: bool) -> Self {
        Template {
            src,
            pos: 0,
            index: 0,
            mapping,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    fn incomplete() -> FormatError {
        FormatError::value("incomplete format")
    }

    /// Reads digits after `first` into a number no larger than `max`.
    fn number(&mut self, first: char, max: u64, too_big: &str) -> FormatResult<u64> {
        let digit = |c: char| u64::from(c.to_digit(10).unwrap_or(0));
        let mut v = digit(first);
        while let Some(c @ '0'..='9') = self.peek() {
            self.bump();
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit(c)))
                .filter(|&v| v <= max)
                .ok_or_else(|| FormatError::value(too_big))?;
        }
        Ok(v)
    }

    /// Parses a conversion; the leading `%` has been read.
    fn conversion(&mut self) -> FormatResult<Piece<'a>> {
        let mut key = None;
        if self.peek() == Some('(') {
            if !self.mapping {
                return Err(FormatError::type_error("format requires a mapping"));
            }
            self.bump();
            let start = self.pos;
            let mut depth = 1;
            loop {
                match self.bump() {
                    None => return Err(FormatError::value("incomplete format key")),
                    Some('(') => depth += 1,
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Some(_) => {}
                }
            }
            key = self.src.get(start..self.pos - 1);
        }
        let mut flags = Flags::default();
        let mut c = loop {
            match self.bump().ok_or_else(Self::incomplete)? {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                other => break other,
            }
        };
        let mut width = Count::Absent;
        if c == '*' {
            width = Count::Star;
            c = self.bump().ok_or_else(Self::incomplete)?;
        } else if c.is_ascii_digit() {
            let w = self.number(c, i64::MAX as u64, "width too big")?;
            width = Count::Given(usize::try_from(w).unwrap_or(usize::MAX));
            c = self.bump().ok_or_else(Self::incomplete)?;
        }
        let mut precision = Count::Absent;
        if c == '.' {
            precision = Count::Given(0);
            c = self.bump().ok_or_else(Self::incomplete)?;
            if c == '*' {
                precision = Count::Star;
                c = self.bump().ok_or_else(Self::incomplete)?;
            } else if c.is_ascii_digit() {
                let p = self.number(c, i32::MAX as u64, "precision too big")?;
                precision = Count::Given(p as usize);
                c = self.bump().ok_or_else(Self::incomplete)?;
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = self.bump().ok_or_else(Self::incomplete)?;
        }
        Ok(Piece::Conversion(Conversion {
            key,
            flags,
            width,
            precision,
            conv: c,
            index: self.index - 1,
        }))
    }
}

impl<'a> Iterator for Template<'a> {
    type Item = FormatResult<Piece<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.src.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        if rest.starts_with("%%") {
            self.pos += 2;
            self.index += 2;
            return Some(Ok(Piece::Literal("%")));
        }
        if rest.starts_with('%') {
            self.bump();
            let piece = self.conversion();
            self.failed = piece.is_err();
            return Some(piece);
        }
        let n = rest.find('%').unwrap_or(rest.len());
        let literal = rest.get(..n)?;
        self.pos += n;
        self.index += literal.chars().count();
        Some(Ok(Piece::Literal(literal)))
    }
}

fn check_width(w: usize) -> FormatResult<()> {
    if w > MAX_FORMAT_LEN {
        Err(FormatError::too_long())
    } else {
        Ok(())
    }
}

impl Conversion<'_> {
    /// How the VM must prepare the value for this conversion.
    pub fn kind(&self) -> ConvKind {
        match self.conv {
            's' => ConvKind::Str,
            'r' => ConvKind::Repr,
            'a' => ConvKind::Ascii,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => ConvKind::Int,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => ConvKind::Float,
            'c' => ConvKind::Char,
            _ => ConvKind::Unsupported,
        }
    }

    /// CPython's error for an unknown conversion character.
    pub fn unsupported(&self) -> FormatError {
        let cp = self.conv as u32;
        let shown = if (31..=126).contains(&cp) {
            self.conv
        } else {
            '?'
        };
        FormatError::value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, cp, self.index
        ))
    }

    /// Fills in a `*` width from its argument (negative means left-aligned).
    pub fn set_star_width(&mut self, v: IntRef) -> FormatResult<()> {
        let w = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if w < 0 {
            self.flags.left = true;
        }
        self.width = Count::Given(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
        Ok(())
    }

    /// Fills in a `*` precision from its argument (negative means 0).
    pub fn set_star_precision(&mut self, v: IntRef) -> FormatResult<()> {
        let p = v
            .to_i64()
            .and_then(|p| i32::try_from(p).ok())
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
        self.precision = Count::Given(p.max(0) as usize);
        Ok(())
    }

    fn width(&self) -> usize {
        match self.width {
            Count::Given(w) => w,
            _ => 0,
        }
    }

    fn precision(&self) -> Option<usize> {
        match self.precision {
            Count::Given(p) => Some(p),
            _ => None,
        }
    }

    /// Pads `text` (no sign handling) to the width.
    fn pad_plain(&self, text: &str) -> FormatResult<String> {
        let width = self.width();
        check_width(width)?;
        let len = text.chars().count();
        let pad = width.saturating_sub(len);
        let mut out = String::with_capacity(text.len() + pad);
        if !self.flags.left {
            push_repeat(&mut out, ' ', pad);
        }
        out.push_str(text);
        if self.flags.left {
            push_repeat(&mut out, ' ', pad);
        }
        Ok(out)
    }

    /// `s`, `r`, `a`: `text` is the already converted value; the precision
    /// truncates it, the width pads it.
    pub fn format_str(&self, text: &str) -> FormatResult<String> {
        let text = match self.precision() {
            Some(p) => truncate_chars(text, p),
            None => text,
        };
        self.pad_plain(text)
    }

    /// `c` with a one-character str.
    pub fn format_char(&self, c: char) -> FormatResult<String> {
        let mut buf = [0u8; 4];
        self.pad_plain(c.encode_utf8(&mut buf))
    }

    /// `c` with an int code point.
    pub fn format_char_code(&self, v: IntRef) -> FormatResult<String> {
        let c = v
            .to_i64()
            .and_then(|c| u32::try_from(c).ok())
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Rust strings cannot hold lone surrogates.
        let c = char::from_u32(c)
            .ok_or_else(|| FormatError::value("surrogate code points are not supported"))?;
        self.format_char(c)
    }

    /// The `TypeError` for `%c` with a value that is neither an int nor a
    /// one-character str.
    pub fn char_type_error() -> FormatError {
        FormatError::type_error("%c requires int or char")
    }

    /// `d i u o x X` with an int.
    pub fn format_int(&self, v: IntRef) -> FormatResult<String> {
        let (radix, prefix) = match self.conv {
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = v.magnitude_digits(radix);
        if self.conv == 'X' {
            digits.make_ascii_uppercase();
        }
        let min_digits = self.precision().unwrap_or(0);
        check_width(min_digits)?;
        let mut body = String::with_capacity(digits.len().max(min_digits) + 3);
        if v.is_negative() {
            body.push('-');
        }
        let prefix = if self.flags.alt { prefix } else { "" };
        body.push_str(prefix);
        push_repeat(&mut body, '0', min_digits.saturating_sub(digits.len()));
        body.push_str(&digits);
        self.pad_number(&body, prefix.len())
    }

    /// `e E f F g G` with a float.
    pub fn format_float(&self, x: f64) -> FormatResult<String> {
        let style = match self.conv {
            'e' | 'E' => FloatStyle::Exponent,
            'f' | 'F' => FloatStyle::Fixed,
            _ => FloatStyle::General,
        };
        let precision = self.precision().unwrap_or(6);
        let flags = FloatFlags {
            upper: self.conv.is_ascii_uppercase(),
            alt: self.flags.alt,
            ..FloatFlags::default()
        };
        let pads = style != FloatStyle::General || flags.alt;
        if pads && x.is_finite() {
            check_width(precision)?;
        }
        self.pad_number(&float_to_string(x, style, precision, flags), 0)
    }

    /// Signs and pads a formatted number whose text is
    /// `[-]<prefix of prefix_len chars><digits...>`.
    fn pad_number(&self, text: &str, prefix_len: usize) -> FormatResult<String> {
        let mut width = self.width();
        check_width(width)?;
        let zero = self.flags.zero;
        let (sign, rest) = match text.strip_prefix('-') {
            Some(rest) => (Some('-'), rest),
            None if self.flags.sign => (Some('+'), text),
            None if self.flags.space => (Some(' '), text),
            None => (None, text),
        };
        let (prefix, digits) = rest.split_at_checked(prefix_len).unwrap_or(("", rest));
        let len = digits.chars().count();
        width = width.saturating_sub(usize::from(sign.is_some()) + prefix.len());
        let pad = width.saturating_sub(len);
        let mut out = String::with_capacity(text.len() + pad + 1);
        if !self.flags.left && !zero {
            push_repeat(&mut out, ' ', pad);
        }
        if let Some(s) = sign {
            out.push(s);
        }
        out.push_str(prefix);
        if !self.flags.left && zero {
            push_repeat(&mut out, '0', pad);
        }
        out.push_str(digits);
        if self.flags.left {
            push_repeat(&mut out, ' ', pad);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::float_repr::float_repr;
    use crate::format::testutil::{f64_bits, records};
    use crate::format::text::repr_str;
    use alloc::vec::Vec;
    use core::fmt::Write;
    use core::str::FromStr;
    use num_bigint::BigInt;

    #[derive(Clone, Debug)]
    enum Arg {
        Int(BigInt),
        Float(f64),
        Str(String),
    }

    fn arg(text: &str) -> Arg {
        let body = text.get(1..).unwrap_or("");
        match text.chars().next() {
            Some('i') => Arg::Int(BigInt::from_str(body).unwrap_or_default()),
            Some('f') => Arg::Float(f64_bits(body)),
            _ => Arg::Str(String::from(body)),
        }
    }

    fn text_of(a: &Arg, repr: bool) -> String {
        match a {
            Arg::Int(v) => format!("{}", v),
            Arg::Float(x) => float_repr(*x),
            Arg::Str(s) if repr => repr_str(s),
            Arg::Str(s) => s.clone(),
        }
    }

    fn ascii_of(a: &Arg) -> String {
        let mut out = String::new();
        for c in text_of(a, true).chars() {
            let cp = c as u32;
            let _ = match cp {
                0..=0x7f => write!(out, "{}", c),
                0x80..=0xff => write!(out, "\\x{:02x}", cp),
                0x100..=0xffff => write!(out, "\\u{:04x}", cp),
                _ => write!(out, "\\U{:08x}", cp),
            };
        }
        out
    }

    /// A minimal stand-in for the VM's side of `template % args`.
    fn run(template: &str, args: &[(String, Arg)], mapping: bool) -> FormatResult<String> {
        let mut out = String::new();
        let mut next = 0;
        let mut take = || -> FormatResult<Arg> {
            let a = args.get(next).map(|(_, a)| a.clone());
            next += 1;
            a.ok_or_else(|| FormatError::type_error("not enough arguments for format string"))
        };
        for piece in Template::new(template, mapping) {
            let mut c = match piece? {
                Piece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                Piece::Conversion(c) => c,
            };
            if c.width == Count::Star {
                if let Arg::Int(v) = take()? {
                    c.set_star_width(IntRef::Big(&v))?;
                }
            }
            if c.precision == Count::Star {
                if let Arg::Int(v) = take()? {
                    c.set_star_precision(IntRef::Big(&v))?;
                }
            }
            let value = match c.key {
                Some(k) => args
                    .iter()
                    .find(|(name, _)| name == k)
                    .map(|(_, a)| a.clone())
                    .ok_or_else(|| FormatError::type_error("KeyError"))?,
                None => take()?,
            };
            let piece = match (c.kind(), &value) {
                (ConvKind::Unsupported, _) => Err(c.unsupported()),
                (ConvKind::Str, a) => c.format_str(&text_of(a, false)),
                (ConvKind::Repr, a) => c.format_str(&text_of(a, true)),
                (ConvKind::Ascii, a) => c.format_str(&ascii_of(a)),
                (ConvKind::Int, Arg::Int(v)) => c.format_int(IntRef::Big(v)),
                (ConvKind::Float, Arg::Int(v)) => {
                    IntRef::Big(v).to_f64().and_then(|x| c.format_float(x))
                }
                (ConvKind::Float, Arg::Float(x)) => c.format_float(*x),
                (ConvKind::Char, Arg::Int(v)) => c.format_char_code(IntRef::Big(v)),
                (ConvKind::Char, Arg::Str(s)) if s.chars().count() == 1 => {
                    c.format_char(s.chars().next().unwrap_or(' '))
                }
                (ConvKind::Char, _) => Err(Conversion::char_type_error()),
                _ => Err(FormatError::type_error("bad argument type")),
            };
            out.push_str(&piece?);
        }
        if !mapping && next < args.len() {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    /// Every vector of testdata/printf.txt (CPython 3.11's `%`, from
    /// gen_printf.py).
    #[test]
    fn cpython_vectors() {
        let data = include_str!("testdata/printf.txt");
        let mut failures = Vec::new();
        let mut count = 0;
        for rec in records(data) {
            let [template, args, want] = rec.as_slice() else {
                continue;
            };
            count += 1;
            let mapping = args.starts_with("M:");
            let items: Vec<(String, Arg)> = args
                .get(2..)
                .unwrap_or("")
                .split('\x1f')
                .filter(|s| !s.is_empty())
                .map(|s| match (mapping, s.split_once('=')) {
                    (true, Some((k, v))) => (String::from(k), arg(v)),
                    _ => (String::new(), arg(s)),
                })
                .collect();
            let got = match run(template, &items, mapping) {
                Ok(s) => format!("OK:{}", s),
                Err(e) => format!("ERR:{}: {}", e.kind.name(), e.message),
            };
            if &got != want {
                failures.push(format!(
                    "{:?} % {:?}: got {:?} want {:?}",
                    template, args, got, want
                ));
            }
        }
        assert!(count > 2500, "vectors missing");
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
    fn pieces() {
        let pieces: Vec<_> = Template::new("a%%b%(k)-+#05.3ld", true).collect();
        assert_eq!(
            pieces,
            [
                Ok(Piece::Literal("a")),
                Ok(Piece::Literal("%")),
                Ok(Piece::Literal("b")),
                Ok(Piece::Conversion(Conversion {
                    key: Some("k"),
                    flags: Flags {
                        left: true,
                        sign: true,
                        space: false,
                        alt: true,
                        zero: true
                    },
                    width: Count::Given(5),
                    precision: Count::Given(3),
                    conv: 'd',
                    index: 16,
                })),
            ]
        );
        // Parsing stops after an error.
        let mut t = Template::new("%(x", true);
        assert!(matches!(t.next(), Some(Err(_))));
        assert_eq!(t.next(), None);
    }

    #[test]
    fn width_digits_cannot_overflow() {
        // i64::MAX followed by another digit: CPython says "width too big".
        let mut t = Template::new("%92233720368547758070d", false);
        let e = t.next().and_then(Result::err).map(|e| e.message);
        assert_eq!(e.as_deref(), Some("width too big"));
        let mut t = Template::new("%.21474836470f", false);
        let e = t.next().and_then(Result::err).map(|e| e.message);
        assert_eq!(e.as_deref(), Some("precision too big"));
    }

    #[test]
    fn huge_widths_are_memory_errors() {
        let mut t = Template::new("%999999999999d", false);
        if let Some(Ok(Piece::Conversion(c))) = t.next() {
            let e = c.format_int(IntRef::Small(1)).unwrap_err();
            assert_eq!(e.kind, crate::format::ErrorKind::MemoryError);
        } else {
            panic!("expected a conversion");
        }
    }
}
