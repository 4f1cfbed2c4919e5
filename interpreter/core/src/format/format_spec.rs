//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed and applied to strings, ints, floats and complex numbers exactly as
//! CPython 3.11 does (same results, same errors).
//!
//! Limits: widths and precisions above `i64::MAX` are CPython's "Too many
//! decimal digits in format string"; anything that would make the result
//! longer than [`MAX_FORMAT_LEN`] code points is a `MemoryError` instead of a
//! huge allocation. The locale is always the "C" locale (`n` is `d`/`g`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::float_repr::{float_to_string as float_text, FloatFlags, FloatStyle};
use super::int_text::IntRef;
use super::text::{decimal_value, push_repeat, truncate_chars};
use super::{FormatError, FormatResult, MAX_FORMAT_LEN};

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option as written (CPython tells "no sign" from `-`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    None,
    /// `-`: only negative numbers get a sign (the default behaviour).
    Minus,
    /// `+`: every number gets a sign.
    Plus,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// The grouping option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits, or every four for `b`, `o`, `x`, `X`.
    Underscore,
}

/// The kind of value a spec is parsed for; it decides the default alignment
/// and type, which CPython already uses while parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecTarget {
    Str,
    Int,
    Float,
    Complex,
}

impl SpecTarget {
    fn default_align(self) -> Align {
        match self {
            SpecTarget::Str => Align::Left,
            _ => Align::Right,
        }
    }

    fn default_type(self) -> Option<char> {
        match self {
            SpecTarget::Str => Some('s'),
            SpecTarget::Int => Some('d'),
            SpecTarget::Float | SpecTarget::Complex => None,
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    pub sign: Sign,
    /// `z`: negative zero becomes zero (floats only).
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<u64>,
    pub grouping: Grouping,
    pub precision: Option<u64>,
    /// The presentation type, with the target's default filled in (`s` for
    /// strings, `d` for ints, `None` for floats and complex).
    pub ty: Option<char>,
}

/// `c` as CPython quotes a type code in messages: itself if printable ASCII,
/// else `\xNN`.
fn quoted_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("{}", c)
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn short_name(type_name: &str) -> &str {
    truncate_chars(type_name, 200)
}

fn unknown_code(ty: Option<char>, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        quoted_code(ty.unwrap_or('\0')),
        short_name(type_name)
    ))
}

/// Reads a run of decimal digits at `pos`; `None` if there is none.
fn read_number(chars: &[char], pos: &mut usize) -> FormatResult<Option<u64>> {
    let mut value: Option<u64> = None;
    while let Some(d) = chars.get(*pos).copied().and_then(decimal_value) {
        let v = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        value = Some(v);
        *pos += 1;
    }
    Ok(value)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses `spec` for a value of kind `target` whose Python type is
/// `type_name` (only used in messages).
pub fn parse(spec: &str, target: SpecTarget, type_name: &str) -> FormatResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = FormatSpec {
        fill: ' ',
        align: target.default_align(),
        sign: Sign::None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: target.default_type(),
    };
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if let Some(align) = at(1).and_then(align_of) {
        out.fill = at(0).unwrap_or(' ');
        out.align = align;
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if let Some(align) = at(0).and_then(align_of) {
        out.align = align;
        align_given = true;
        pos = 1;
    }
    out.sign = match at(pos) {
        Some('+') => Sign::Plus,
        Some('-') => Sign::Minus,
        Some(' ') => Sign::Space,
        _ => Sign::None,
    };
    if out.sign != Sign::None {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    // A leading zero means zero padding after the sign, unless a fill was
    // given explicitly.
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        if !align_given && target.default_align() == Align::Right {
            out.align = Align::AfterSign;
        }
        pos += 1;
    }
    out.width = read_number(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping != Grouping::None {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Grouping::Underscore {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = read_number(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len().saturating_sub(pos) {
        0 => {}
        1 => out.ty = at(pos),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                short_name(type_name)
            )))
        }
    }
    if out.grouping != Grouping::None {
        let allowed = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => out.grouping == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            let sep = if out.grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            return Err(FormatError::value(format!(
                "Cannot specify '{}' with '{}'.",
                sep,
                quoted_code(out.ty.unwrap_or('\0'))
            )));
        }
    }
    Ok(out)
}

/// Refuses output sizes beyond [`MAX_FORMAT_LEN`].
fn check_len(n: Option<u64>) -> FormatResult<()> {
    match n {
        Some(n) if n > MAX_FORMAT_LEN as u64 => Err(FormatError::too_long()),
        _ => Ok(()),
    }
}

fn width_i64(spec: &FormatSpec) -> i64 {
    spec.width.map_or(-1, |w| w.min(i64::MAX as u64) as i64)
}

/// Left and right padding for `len` code points in a field of the spec's
/// width with its alignment (`=` counts as left here, as in CPython).
fn padding(len: usize, width: Option<u64>, align: Align) -> (usize, usize) {
    let width = width.unwrap_or(0).min(MAX_FORMAT_LEN as u64) as usize;
    let total = width.saturating_sub(len);
    let left = match align {
        Align::Right => total,
        Align::Center => total / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, total - left)
}

/// A number split the way CPython's `parse_number` splits formatted text.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// The integer digits, which grouping and zero padding apply to.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the integer digits (and the point): fraction,
    /// exponent, `%`, `inf`, or the character of `c`.
    remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits formatted float text (`-1234.5e+07`, `inf`, `12%`).
    fn split(text: &'a str) -> Self {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n);
        let (has_decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        }
    }
}

/// Inserts `sep` every `group` digits from the right and pads with zeros on
/// the left until the result is at least `min_width` long, the way CPython
/// lets zero padding run through the grouping (`format(1234, '09,')` is
/// `'0,001,234'`).
fn group_digits(digits: &str, grouping: Option<(usize, char)>, min_width: i64) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min = min_width;
    // Built right to left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + 4);
    let take = |rev: &mut Vec<char>, len: i64, remaining: &mut i64| {
        let chars = (*remaining).min(len).max(0);
        let zeros = (len - *remaining).max(0);
        for i in 0..chars {
            let idx = (*remaining - 1 - i) as usize;
            rev.push(char::from(digits.get(idx).copied().unwrap_or(b'0')));
        }
        push_zeros(rev, zeros);
        *remaining -= chars;
    };
    match grouping {
        None => {
            let len = remaining.max(min).max(1);
            take(&mut rev, len, &mut remaining);
        }
        Some((group, sep)) => {
            let group = group.max(1) as i64;
            let mut first = true;
            loop {
                if !first {
                    rev.push(sep);
                }
                first = false;
                let len = group.min(remaining.max(min).max(1));
                take(&mut rev, len, &mut remaining);
                min -= len;
                if remaining <= 0 && min <= 0 {
                    break;
                }
                min -= 1;
            }
        }
    }
    rev.iter().rev().collect()
}

fn push_zeros(rev: &mut Vec<char>, n: i64) {
    rev.extend(core::iter::repeat_n('0', n.max(0) as usize));
}

/// Lays out a number: `<pad><sign><prefix><pad><grouped digits>.<remainder><pad>`.
fn fill_number(parts: &NumberParts, spec: &FormatSpec, grouping: Option<(usize, char)>) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        _ => None,
    };
    let fixed_len = sign.map_or(0, |_| 1)
        + parts.prefix.chars().count()
        + usize::from(parts.has_decimal)
        + parts.remainder.chars().count();
    let width = width_i64(spec);
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - fixed_len as i64
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, grouping, min_width)
    };
    let len = fixed_len + grouped.chars().count();
    let (mut left, mut right, mut inner) = (0, 0, 0);
    if width > len as i64 {
        let pad = (width - len as i64) as usize;
        match spec.align {
            Align::Left => right = pad,
            Align::Right => left = pad,
            Align::Center => {
                left = pad / 2;
                right = pad - left;
            }
            Align::AfterSign => inner = pad,
        }
    }
    let mut out = String::with_capacity(len + left + right + inner);
    push_repeat(&mut out, spec.fill, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_repeat(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeat(&mut out, spec.fill, right);
    out
}

fn grouping_for(spec: &FormatSpec, four: bool) -> Option<(usize, char)> {
    match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((3, ',')),
        Grouping::Underscore => Some((if four { 4 } else { 3 }, '_')),
    }
}

impl FormatSpec {
    /// `format(s, spec)` for a string.
    pub fn apply_str(&self, s: &str, type_name: &str) -> FormatResult<String> {
        if self.ty != Some('s') {
            return Err(unknown_code(self.ty, type_name));
        }
        match self.sign {
            Sign::None => {}
            Sign::Space => {
                return Err(FormatError::value(
                    "Space not allowed in string format specifier",
                ))
            }
            _ => {
                return Err(FormatError::value(
                    "Sign not allowed in string format specifier",
                ))
            }
        }
        if self.no_neg_0 {
            return Err(FormatError::value(
                "Negative zero coercion (z) not allowed in string format specifier",
            ));
        }
        if self.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed in string format specifier",
            ));
        }
        if self.align == Align::AfterSign {
            return Err(FormatError::value(
                "'=' alignment not allowed in string format specifier",
            ));
        }
        check_len(self.width)?;
        let text = match self.precision {
            Some(p) => truncate_chars(s, usize::try_from(p).unwrap_or(usize::MAX)),
            None => s,
        };
        let (left, right) = padding(text.chars().count(), self.width, self.align);
        let mut out = String::with_capacity(text.len() + left + right);
        push_repeat(&mut out, self.fill, left);
        out.push_str(text);
        push_repeat(&mut out, self.fill, right);
        Ok(out)
    }

    /// `format(n, spec)` for an int (`type_name` is `int`, `bool`, ...).
    pub fn apply_int(&self, value: IntRef, type_name: &str) -> FormatResult<String> {
        match self.ty {
            Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => self.int_internal(value),
            Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => self.float_internal(value.to_f64()?),
            other => Err(unknown_code(other, type_name)),
        }
    }

    fn int_internal(&self, value: IntRef) -> FormatResult<String> {
        if self.precision.is_some() {
            return Err(FormatError::value(
                "Precision not allowed in integer format specifier",
            ));
        }
        if self.no_neg_0 {
            return Err(FormatError::value(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        check_len(self.width)?;
        let ty = self.ty.unwrap_or('d');
        if ty == 'c' {
            return self.char_internal(value);
        }
        let (radix, prefix) = match ty {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = value.magnitude_digits(radix);
        if ty == 'X' {
            digits.make_ascii_uppercase();
        }
        let parts = NumberParts {
            negative: value.is_negative(),
            prefix: if self.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
        };
        let grouping = if ty == 'n' {
            None
        } else {
            grouping_for(self, radix != 10)
        };
        Ok(fill_number(&parts, self, grouping))
    }

    fn char_internal(&self, value: IntRef) -> FormatResult<String> {
        if self.sign != Sign::None {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if self.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let code = u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Rust strings cannot hold lone surrogates.
        let c = char::from_u32(code)
            .ok_or_else(|| FormatError::value("surrogate code points are not supported"))?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        Ok(fill_number(&parts, self, None))
    }

    /// `format(x, spec)` for a float.
    pub fn apply_float(&self, x: f64, type_name: &str) -> FormatResult<String> {
        match self.ty {
            None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => self.float_internal(x),
            other => Err(unknown_code(other, type_name)),
        }
    }

    /// The float layout (style, precision, flags) this spec asks for, and
    /// whether to multiply by 100 and append `%`.
    fn float_style(&self, add_dot_0: bool) -> FormatResult<(FloatStyle, usize, FloatFlags, bool)> {
        if self.precision.is_some_and(|p| p > i32::MAX as u64) {
            return Err(FormatError::value("precision too big"));
        }
        check_len(self.width)?;
        let precision = self.precision.map(|p| p as usize);
        let mut flags = FloatFlags {
            alt: self.alternate,
            no_neg_0: self.no_neg_0,
            ..FloatFlags::default()
        };
        let (style, upper, percent) = match self.ty {
            None => {
                flags.add_dot_0 = add_dot_0;
                match precision {
                    None => (FloatStyle::Repr, false, false),
                    Some(_) => (FloatStyle::General, false, false),
                }
            }
            Some('e') => (FloatStyle::Exponent, false, false),
            Some('E') => (FloatStyle::Exponent, true, false),
            Some('f') => (FloatStyle::Fixed, false, false),
            Some('F') => (FloatStyle::Fixed, true, false),
            Some('G') => (FloatStyle::General, true, false),
            Some('%') => (FloatStyle::Fixed, false, true),
            _ => (FloatStyle::General, false, false),
        };
        flags.upper = upper;
        let default_precision = if self.ty.is_none() { 0 } else { 6 };
        Ok((
            style,
            precision.unwrap_or(default_precision),
            flags,
            percent,
        ))
    }

    /// Refuses precisions that would pad the text of `x` beyond the cap
    /// (only fixed, exponent and alternate general forms pad with zeros).
    fn check_float_len(&self, x: f64, style: FloatStyle, flags: FloatFlags) -> FormatResult<()> {
        let pads = match style {
            FloatStyle::Fixed | FloatStyle::Exponent => true,
            FloatStyle::General => flags.alt,
            FloatStyle::Repr => false,
        };
        if pads && x.is_finite() {
            check_len(self.precision)?;
        }
        Ok(())
    }

    fn float_internal(&self, x: f64) -> FormatResult<String> {
        let (style, precision, flags, percent) = self.float_style(true)?;
        self.check_float_len(x, style, flags)?;
        let mut text = if percent {
            float_text(x * 100.0, style, precision, flags)
        } else {
            float_text(x, style, precision, flags)
        };
        if percent {
            text.push('%');
        }
        let grouping = if self.ty == Some('n') {
            None
        } else {
            grouping_for(self, false)
        };
        Ok(fill_number(&NumberParts::split(&text), self, grouping))
    }

    /// `format(complex(re, im), spec)`.
    pub fn apply_complex(&self, re: f64, im: f64, type_name: &str) -> FormatResult<String> {
        if !matches!(
            self.ty,
            None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
        ) {
            return Err(unknown_code(self.ty, type_name));
        }
        let (style, precision, flags, _) = self.float_style(false)?;
        if self.fill == '0' {
            return Err(FormatError::value(
                "Zero padding is not allowed in complex format specifier",
            ));
        }
        if self.align == Align::AfterSign {
            return Err(FormatError::value(
                "'=' alignment flag is not allowed in complex format specifier",
            ));
        }
        self.check_float_len(re, style, flags)?;
        self.check_float_len(im, style, flags)?;
        // Without a type, str()-like: no real part if it is +0, else parens.
        let (skip_re, parens) = if self.ty.is_none() {
            let skip = re == 0.0 && re.is_sign_positive();
            (skip, !skip)
        } else {
            (false, false)
        };
        let grouping = if self.ty == Some('n') {
            None
        } else {
            grouping_for(self, false)
        };
        // Each part unpadded, then the whole padded.
        let part_spec = FormatSpec {
            fill: ' ',
            align: Align::Left,
            width: None,
            ..self.clone()
        };
        let re_text = float_text(re, style, precision, flags);
        let im_text = float_text(im, style, precision, flags);
        let mut body = String::new();
        if parens {
            body.push('(');
        }
        if !skip_re {
            body.push_str(&fill_number(
                &NumberParts::split(&re_text),
                &part_spec,
                grouping,
            ));
        }
        let im_spec = FormatSpec {
            sign: if skip_re { self.sign } else { Sign::Plus },
            ..part_spec
        };
        body.push_str(&fill_number(
            &NumberParts::split(&im_text),
            &im_spec,
            grouping,
        ));
        body.push('j');
        if parens {
            body.push(')');
        }
        let (left, right) = padding(body.chars().count(), self.width, self.align);
        let mut out = String::with_capacity(body.len() + left + right);
        push_repeat(&mut out, self.fill, left);
        out.push_str(&body);
        push_repeat(&mut out, self.fill, right);
        Ok(out)
    }
}

/// `format(s, spec)` for a str (`type_name` is `str` or a subclass name).
pub fn format_str(s: &str, spec: &str, type_name: &str) -> FormatResult<String> {
    if spec.is_empty() {
        return Ok(String::from(s));
    }
    parse(spec, SpecTarget::Str, type_name)?.apply_str(s, type_name)
}

/// `format(n, spec)` for an int. An empty spec gives `str(n)`; for `bool`
/// and int subclasses the VM should call `str()` itself in that case.
pub fn format_int(value: IntRef, spec: &str, type_name: &str) -> FormatResult<String> {
    parse(spec, SpecTarget::Int, type_name)?.apply_int(value, type_name)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> FormatResult<String> {
    parse(spec, SpecTarget::Float, type_name)?.apply_float(x, type_name)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> FormatResult<String> {
    if spec.is_empty() {
        return Ok(super::float_repr::complex_repr(re, im));
    }
    parse(spec, SpecTarget::Complex, type_name)?.apply_complex(re, im, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testutil::{f64_bits, records, show};
    use alloc::string::ToString;
    use core::str::FromStr;
    use num_bigint::BigInt;

    /// Every vector of testdata/format_spec.txt (from CPython 3.11's
    /// `format()`, see gen_format_spec.py).
    #[test]
    fn cpython_vectors() {
        let data = include_str!("testdata/format_spec.txt");
        let mut failures = Vec::new();
        let mut count = 0;
        for rec in records(data) {
            let [kind, value, spec, want] = rec.as_slice() else {
                continue;
            };
            count += 1;
            let got = match kind.as_str() {
                "i" => {
                    let big = BigInt::from_str(value).unwrap_or_default();
                    show(&format_int(IntRef::Big(&big), spec, "int"))
                }
                "f" => show(&format_float(f64_bits(value), spec, "float")),
                "c" => {
                    let (re, im) = value.split_once(',').unwrap_or(("0", "0"));
                    show(&format_complex(f64_bits(re), f64_bits(im), spec, "complex"))
                }
                _ => show(&format_str(value, spec, "str")),
            };
            if &got != want {
                failures.push(alloc::format!(
                    "{} {:?} spec {:?}: got {:?} want {:?}",
                    kind,
                    value,
                    spec,
                    got,
                    want
                ));
            }
        }
        assert!(count > 4000, "vectors missing");
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
    fn small_and_big_ints_agree() {
        for v in [0i64, 1, -1, 1234567, i64::MIN, i64::MAX] {
            let big = BigInt::from(v);
            for spec in ["", "+,", "#x", "_b", "010", "^20n", "e", "%"] {
                assert_eq!(
                    format_int(IntRef::Small(v), spec, "int"),
                    format_int(IntRef::Big(&big), spec, "int")
                );
            }
        }
    }

    #[test]
    fn parse_fields() {
        let spec = parse("*^+z#012_.3e", SpecTarget::Float, "float");
        assert_eq!(
            spec,
            Ok(FormatSpec {
                fill: '*',
                align: Align::Center,
                sign: Sign::Plus,
                no_neg_0: true,
                alternate: true,
                width: Some(12),
                grouping: Grouping::Underscore,
                precision: Some(3),
                ty: Some('e'),
            })
        );
    }

    #[test]
    fn huge_sizes_are_errors_not_allocations() {
        // Between our cap and CPython's "Too many decimal digits".
        let e = format_int(IntRef::Small(1), "999999999999", "int").unwrap_err();
        assert_eq!(e.kind, crate::format::ErrorKind::MemoryError);
        let e = format_float(1.5, ".2000000000f", "float").unwrap_err();
        assert_eq!(e.kind, crate::format::ErrorKind::MemoryError);
        let e = format_str("x", "999999999999", "str").unwrap_err();
        assert_eq!(e.kind, crate::format::ErrorKind::MemoryError);
        // Truncating precision is fine.
        assert_eq!(
            format_str("abc", ".999999999999", "str"),
            Ok("abc".to_string())
        );
    }

    #[test]
    fn big_outputs_that_cpython_allows() {
        let s = format_float(1.5, ".500f", "float").unwrap_or_default();
        assert_eq!(s.len(), 502);
        let s = format_float(-1.0, "=+100000,.2f", "float").unwrap_or_default();
        assert_eq!(s.chars().count(), 100000);
        assert!(s.starts_with("+") || s.starts_with("-"));
    }
}
