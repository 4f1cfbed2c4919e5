//! Source text to tokens.
//!
//! The lexer is streaming: the parser pulls tokens one at a time and keeps
//! only those of the statement it is parsing, so memory does not grow with
//! the size of the source. A lexical error becomes the last token, so the
//! parser reports errors in source order: an earlier syntax error wins over
//! a later lexical one.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use super::ast::Constant;
use super::error::SyntaxError;
use super::token::{keyword, operator, FStringBody, Tok, Token};

/// Deepest bracket nesting accepted (CPython has the same limit). It also
/// bounds the parser's recursion, see `parser::MAX_DEPTH`.
pub const MAX_BRACKETS: usize = 200;

/// Deepest indentation accepted (CPython has the same limit).
const MAX_INDENTS: usize = 100;

/// What the input is, which decides how lines and indentation are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module, exec() input or a REPL entry: NEWLINE/INDENT/DEDENT tokens.
    File,
    /// eval() input: NEWLINE tokens but indentation is not significant.
    Eval,
    /// The expression of an f-string replacement field: treated as if it were
    /// inside brackets, so newlines never end it.
    FStringExpr,
}

/// Tokenize all of `source` (for tests and f-string fields; the parser
/// pulls tokens from a `Lexer` one at a time). The result always ends with
/// `EndOfFile` or `Error`.
pub fn tokenize(source: &str, mode: Mode) -> Vec<Token> {
    tokenize_at(source, mode, 1, 1)
}

/// Tokenize all of `source`, whose first character is at `line`:`col` of the
/// file (used for f-string fields, so positions refer to the enclosing file).
pub fn tokenize_at(source: &str, mode: Mode, line: u32, col: u32) -> Vec<Token> {
    let text = normalize_newlines(source);
    let mut lexer = Lexer::new(&text, mode, line, col);
    let mut tokens = Vec::new();
    loop {
        let t = lexer.next_token();
        let last = matches!(t.tok, Tok::EndOfFile | Tok::Error(_));
        tokens.push(t);
        if last {
            return tokens;
        }
    }
}

/// Python reads `\r\n` and `\r` as `\n`. The lexer only knows `\n`, so
/// the callers pass it the source through this function (which copies it
/// only if it has a `\r`).
pub fn normalize_newlines(source: &str) -> Cow<'_, str> {
    if !source.contains('\r') {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A streaming lexer: `next_token` produces the tokens one at a time, so
/// the parser holds only a few of them (the source may be large and the
/// heap small).
#[derive(Clone)]
pub struct Lexer<'a> {
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    /// Line and column (1-based, in characters) of `pos`.
    line: u32,
    col: u32,
    /// Tokens produced but not handed out yet (one step of the lexer may
    /// produce several, e.g. DEDENTs).
    pending: VecDeque<Token>,
    /// The last token (EndOfFile or Error), once produced: it is repeated.
    last: Option<Token>,
    at_line_start: bool,
    /// Whether tokens were produced since the last NEWLINE.
    line_open: bool,
    /// Widths of the open indentation levels (the implicit level 0 is not
    /// stored).
    indents: Vec<u32>,
    /// Open brackets: the character and its position.
    brackets: Vec<(u8, u32, u32)>,
    mode: Mode,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

impl<'a> Lexer<'a> {
    /// The byte at `pos + off`, or 0 past the end (NUL bytes in the source
    /// are rejected up front, so 0 always means "end").
    fn peek_at(&self, off: usize) -> u8 {
        self.src.get(self.pos + off).copied().unwrap_or(0)
    }

    fn peek(&self) -> u8 {
        self.peek_at(0)
    }

    fn peek_char(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|s| s.chars().next())
    }

    /// Advance one byte, keeping line and column current.
    fn bump(&mut self) {
        if let Some(&b) = self.src.get(self.pos) {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                self.col = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a new character.
                self.col += 1;
            }
        }
    }

    fn bump_n(&mut self, n: usize) {
        for _ in 0..n {
            self.bump();
        }
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.line_open = tok != Tok::Newline;
        self.pending.push_back(Token { tok, line, col });
    }

    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, self.line, self.col)
    }

    /// A lexer for `text` (with `\n` line ends only, see
    /// `normalize_newlines`), whose first character is at `line`:`col`.
    pub fn new(text: &'a str, mode: Mode, line: u32, col: u32) -> Self {
        let text = if mode == Mode::FStringExpr {
            text
        } else {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        };
        let mut lexer = Lexer {
            text,
            src: text.as_bytes(),
            pos: 0,
            line,
            col,
            pending: VecDeque::new(),
            last: None,
            at_line_start: mode != Mode::FStringExpr,
            line_open: false,
            indents: Vec::new(),
            brackets: Vec::new(),
            mode,
        };
        if let Some(i) = text.bytes().position(|b| b == 0) {
            // Rejected up front (so that 0 can mean "end" when peeking), at
            // its own line as CPython does.
            let before = text.as_bytes().get(..i).unwrap_or(&[]);
            let line = line + before.iter().filter(|&&b| b == b'\n').count() as u32;
            let e = SyntaxError::new("source code cannot contain null bytes", line, 0);
            lexer.last = Some(Token {
                tok: Tok::Error(Box::new(e)),
                line,
                col: 0,
            });
        }
        lexer
    }

    /// The next token. After EndOfFile or an Error token, the same token
    /// again.
    pub fn next_token(&mut self) -> Token {
        loop {
            if let Some(t) = self.pending.pop_front() {
                if matches!(t.tok, Tok::EndOfFile | Tok::Error(_)) {
                    self.last = Some(t.clone());
                }
                return t;
            }
            if let Some(t) = &self.last {
                return t.clone();
            }
            if let Err(e) = self.step() {
                let (line, col) = (self.line, self.col);
                self.push(Tok::Error(Box::new(e)), line, col);
            }
        }
    }

    /// Lex one token (or a blank line, or the end of the input), queueing
    /// what it produces.
    fn step(&mut self) -> Result<(), SyntaxError> {
        if self.at_line_start && self.brackets.is_empty() {
            if !self.indentation()? {
                return Ok(()); // a blank line: the next one starts a line too
            }
            self.at_line_start = false;
        }
        // Skip whitespace between tokens.
        while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
            self.bump();
        }
        let (line, col) = (self.line, self.col);
        match self.peek() {
            0 => self.finish()?,
            b'#' => {
                while !matches!(self.peek(), 0 | b'\n') {
                    self.bump();
                }
            }
            b'\n' => {
                self.bump();
                if self.brackets.is_empty() && self.mode != Mode::FStringExpr {
                    self.push(Tok::Newline, line, col);
                    self.at_line_start = true;
                }
            }
            b'\\' => match self.peek_at(1) {
                b'\n' => self.bump_n(2),
                0 => {
                    self.bump();
                    return Err(self.error("unexpected EOF while parsing"));
                }
                _ => {
                    self.bump();
                    return Err(
                        self.error("unexpected character after line continuation character")
                    );
                }
            },
            b'0'..=b'9' => self.number()?,
            b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
            b'"' | b'\'' => self.string(0, "")?,
            _ => {
                let ch = self.peek_char().unwrap_or('\0');
                if is_ident_start(ch) {
                    self.name()?;
                } else if !self.operator()? {
                    return Err(invalid_character(ch, line, col));
                }
            }
        }
        Ok(())
    }

    /// Handle the start of a logical line: measure its indentation and emit
    /// INDENT/DEDENT tokens. Returns false if the line is blank (it has then
    /// been consumed entirely).
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let mut width: u32 = 0;
        loop {
            match self.peek() {
                b' ' => width = width.saturating_add(1),
                b'\t' => width = (width / 8).saturating_add(1).saturating_mul(8),
                // A form feed resets the count, as in CPython.
                b'\x0c' => width = 0,
                _ => break,
            }
            self.bump();
        }
        match self.peek() {
            b'#' | b'\n' => {
                // A blank or comment-only line produces no tokens at all.
                while !matches!(self.peek(), 0 | b'\n') {
                    self.bump();
                }
                if self.peek() == b'\n' {
                    self.bump();
                    return Ok(false);
                }
                return Ok(true);
            }
            0 => return Ok(true),
            _ => {}
        }
        if self.mode != Mode::File {
            return Ok(true);
        }
        let current = self.indents.last().copied().unwrap_or(0);
        if width > current {
            if self.indents.len() >= MAX_INDENTS {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    self.line,
                    self.col,
                ));
            }
            self.indents.push(width);
            self.push(Tok::Indent, self.line, self.col);
        } else if width < current {
            while self.indents.last().is_some_and(|&w| w > width) {
                self.indents.pop();
                self.push(Tok::Dedent, self.line, self.col);
            }
            if self.indents.last().copied().unwrap_or(0) != width {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    self.line,
                    self.col,
                ));
            }
        }
        Ok(true)
    }

    /// End of input: complain about open brackets, close the last logical
    /// line and the open blocks.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        if let Some(&(b, line, col)) = self.brackets.last() {
            return Err(SyntaxError::new(
                format!("'{}' was never closed", b as char),
                line,
                col,
            ));
        }
        if self.mode == Mode::FStringExpr {
            self.push(Tok::EndOfFile, self.line, self.col);
            return Ok(());
        }
        if self.line_open {
            self.push(Tok::Newline, self.line, self.col);
        }
        let (line, col) = (self.line, self.col);
        for _ in 0..self.indents.len() {
            self.push(Tok::Dedent, line, col);
        }
        self.indents.clear();
        self.push(Tok::EndOfFile, line, col);
        Ok(())
    }

    fn operator(&mut self) -> Result<bool, SyntaxError> {
        let (line, col) = (self.line, self.col);
        for len in [3, 2, 1] {
            let Some(tok) = self.text.get(self.pos..self.pos + len).and_then(operator) else {
                continue;
            };
            self.bump_n(len);
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(SyntaxError::new("too many nested parentheses", line, col));
                    }
                    let b = self.src.get(self.pos - 1).copied().unwrap_or(b'(');
                    self.brackets.push((b, line, col));
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let close = self.src.get(self.pos - 1).copied().unwrap_or(b')');
                    self.close_bracket(close, line, col)?;
                }
                _ => {}
            }
            self.push(tok, line, col);
            return Ok(true);
        }
        Ok(false)
    }

    fn close_bracket(&mut self, close: u8, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some((open, open_line, _)) = self.brackets.pop() else {
            return Err(SyntaxError::new(
                format!("unmatched '{}'", close as char),
                line,
                col,
            ));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                close as char, open as char
            );
            if open_line != line {
                msg.push_str(&format!(" on line {}", open_line));
            }
            return Err(SyntaxError::new(msg, line, col));
        }
        Ok(())
    }

    /// An identifier or keyword, or the prefix of a string literal.
    fn name(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        let start = self.pos;
        let text = self.text;
        while let Some(c) = self.peek_char() {
            if !is_ident_continue(c) {
                break;
            }
            self.bump_n(c.len_utf8());
        }
        let word = text.get(start..self.pos).unwrap_or("");
        if matches!(self.peek(), b'"' | b'\'') && is_string_prefix(word) {
            self.pos = start;
            self.col = col;
            return self.string(word.len(), word);
        }
        let tok = keyword(word).unwrap_or_else(|| Tok::Name(String::from(word)));
        self.push(tok, line, col);
        Ok(())
    }

    /// A string or bytes literal starting at `pos` with a `prefix_len`-byte
    /// prefix `prefix`.
    fn string(&mut self, prefix_len: usize, prefix: &str) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        let lower = prefix.to_ascii_lowercase();
        let raw = lower.contains('r');
        let is_bytes = lower.contains('b');
        let is_f = lower.contains('f');
        self.bump_n(prefix_len);
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let qlen = if triple { 3 } else { 1 };
        self.bump_n(qlen);
        let (body_start, body_line, body_col) = (self.pos, self.line, self.col);
        loop {
            match self.peek() {
                0 => {
                    return Err(unterminated(triple, self.line, line, col));
                }
                b'\n' if !triple => {
                    return Err(unterminated(triple, self.line, line, col));
                }
                b'\\' => {
                    if self.peek_at(1) == 0 {
                        self.bump();
                        return Err(unterminated(triple, self.line, line, col));
                    }
                    self.bump_n(2);
                }
                q if q == quote => {
                    if !triple || (self.peek_at(1) == quote && self.peek_at(2) == quote) {
                        break;
                    }
                    self.bump();
                }
                _ => self.bump(),
            }
        }
        let body = self.text.get(body_start..self.pos).unwrap_or("");
        self.bump_n(qlen);
        let tok = if is_bytes {
            if !body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    line,
                    col,
                ));
            }
            if raw {
                Tok::Bytes(body.as_bytes().to_vec())
            } else {
                Tok::Bytes(decode_bytes(body).map_err(|m| SyntaxError::new(m, line, col))?)
            }
        } else if is_f {
            Tok::FString(Box::new(FStringBody {
                text: String::from(body),
                raw,
                line: body_line,
                col: body_col,
            }))
        } else if raw {
            Tok::Str(String::from(body))
        } else {
            Tok::Str(decode_str(body).map_err(|m| SyntaxError::new(m, line, col))?)
        };
        self.push(tok, line, col);
        Ok(())
    }

    /// Consume digits of `radix`, allowing single underscores between two
    /// digits, and append them (without underscores) to `out`. Returns false
    /// at a misplaced underscore.
    fn digits(&mut self, radix: u32, out: &mut String) -> bool {
        let mut any = false;
        loop {
            let c = self.peek();
            if c == b'_' {
                if !any || !(self.peek_at(1) as char).is_digit(radix) {
                    return false;
                }
                self.bump();
            } else if (c as char).is_digit(radix) {
                out.push(c as char);
                any = true;
                self.bump();
            } else {
                return true;
            }
        }
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        let invalid = |kind: &str| SyntaxError::new(format!("invalid {} literal", kind), line, col);
        let mut text = String::new();
        if self.peek() == b'0' && matches!(self.peek_at(1) | 0x20, b'x' | b'o' | b'b') {
            let (radix, kind) = match self.peek_at(1) | 0x20 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            self.bump_n(2);
            // An underscore may follow the prefix directly: `0x_ff`.
            if self.peek() == b'_' {
                self.bump();
                if !(self.peek() as char).is_digit(radix) {
                    return Err(invalid(kind));
                }
            }
            if !self.digits(radix, &mut text) || text.is_empty() {
                if text.is_empty() && self.peek().is_ascii_digit() {
                    return Err(self.invalid_digit(kind));
                }
                return Err(invalid(kind));
            }
            if self.peek().is_ascii_digit() {
                return Err(self.invalid_digit(kind));
            }
            self.check_number_end(kind, line, col)?;
            let value = int_constant(&text, radix);
            self.push(Tok::Number(value), line, col);
            return Ok(());
        }
        if !self.digits(10, &mut text) {
            return Err(invalid("decimal"));
        }
        let int_part_len = text.len();
        let mut is_float = false;
        if self.peek() == b'.' {
            is_float = true;
            text.push('.');
            self.bump();
            if !self.digits(10, &mut text) {
                return Err(invalid("decimal"));
            }
        }
        if self.peek() | 0x20 == b'e' {
            let sign = matches!(self.peek_at(1), b'+' | b'-');
            let first = self.peek_at(if sign { 2 } else { 1 });
            if first.is_ascii_digit() {
                is_float = true;
                text.push('e');
                self.bump();
                if sign {
                    text.push(self.peek() as char);
                    self.bump();
                }
                if !self.digits(10, &mut text) {
                    return Err(invalid("decimal"));
                }
            } else if sign || first == b'_' {
                return Err(invalid("decimal"));
            }
        }
        if self.peek() | 0x20 == b'j' {
            self.bump();
            self.check_number_end("imaginary", line, col)?;
            let value = text.parse::<f64>().map_err(|_| invalid("imaginary"))?;
            self.push(Tok::Number(Constant::Imag(value)), line, col);
            return Ok(());
        }
        self.check_number_end("decimal", line, col)?;
        let value = if is_float {
            Constant::Float(text.parse::<f64>().map_err(|_| invalid("decimal"))?)
        } else {
            let int_text = text.get(..int_part_len).unwrap_or("");
            if int_text.starts_with('0') && int_text.bytes().any(|b| b != b'0') {
                return Err(SyntaxError::new(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    line,
                    col,
                ));
            }
            int_constant(int_text, 10)
        };
        self.push(Tok::Number(value), line, col);
        Ok(())
    }

    fn invalid_digit(&self, kind: &str) -> SyntaxError {
        let c = self.peek() as char;
        self.error(format!("invalid digit '{}' in {} literal", c, kind))
    }

    /// A number must not run into an identifier (`1a`, `0b1e1`), except
    /// that CPython accepts a keyword right after it (`1if x else 2`).
    fn check_number_end(&self, kind: &str, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(c) = self.peek_char() else {
            return Ok(());
        };
        if !is_ident_continue(c) {
            return Ok(());
        }
        let rest = self.text.get(self.pos..).unwrap_or("");
        const KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];
        if KEYWORDS.iter().any(|k| rest.starts_with(k)) {
            return Ok(());
        }
        Err(SyntaxError::new(
            format!("invalid {} literal", kind),
            line,
            col,
        ))
    }
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

fn unterminated(triple: bool, detected: u32, line: u32, col: u32) -> SyntaxError {
    let kind = if triple {
        "triple-quoted string"
    } else {
        "string"
    };
    SyntaxError::new(
        format!(
            "unterminated {} literal (detected at line {})",
            kind, detected
        ),
        line,
        col,
    )
}

fn invalid_character(c: char, line: u32, col: u32) -> SyntaxError {
    let msg = if c.is_ascii_graphic() || c == '\0' {
        String::from("invalid syntax")
    } else if c.is_control() || c.is_whitespace() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    };
    SyntaxError::new(msg, line, col)
}

/// The value of an integer literal's digits (underscores removed).
fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(v) => Constant::BigInt(v),
            // Unreachable for validated digits, but never panic.
            None => Constant::Int(0),
        },
    }
}

/// Hex digits at `b[start..start+n]`, if they are all there.
fn hex_value(b: &[u8], start: usize, n: usize) -> Option<u32> {
    let digits = b.get(start..start + n)?;
    let mut v: u32 = 0;
    for &d in digits {
        v = v.checked_mul(16)?.checked_add((d as char).to_digit(16)?)?;
    }
    Some(v)
}

/// Count of leading hex digits at `b[start..]`, at most `max`.
fn hex_run(b: &[u8], start: usize, max: usize) -> usize {
    b.get(start..)
        .unwrap_or(&[])
        .iter()
        .take(max)
        .take_while(|d| d.is_ascii_hexdigit())
        .count()
}

fn codec_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start, end, what
    )
}

/// Value of up to three octal digits at `b[i..]`, and how many there were.
fn octal_escape(b: &[u8], i: usize) -> (u32, usize) {
    let mut v = 0;
    let mut n = 0;
    while n < 3 {
        match b.get(i + n) {
            Some(&d @ b'0'..=b'7') => v = v * 8 + u32::from(d - b'0'),
            _ => break,
        }
        n += 1;
    }
    (v, n)
}

/// Decode the escapes of a (non-raw) str literal body. Unknown escapes are
/// kept as written, like CPython.
pub fn decode_str(body: &str) -> Result<String, String> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let Some(off) = b
            .get(i..)
            .and_then(|rest| rest.iter().position(|&c| c == b'\\'))
        else {
            out.push_str(body.get(i..).unwrap_or(""));
            break;
        };
        out.push_str(body.get(i..i + off).unwrap_or(""));
        i += off;
        let Some(&e) = b.get(i + 1) else {
            out.push('\\');
            break;
        };
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            i += 2;
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let (v, n) = octal_escape(b, i + 1);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                i += 1 + n;
            }
            b'x' | b'u' | b'U' => {
                let (n, name) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let run = hex_run(b, i + 2, n);
                if run < n {
                    return Err(codec_error(i, i + 1 + run, name));
                }
                let v = hex_value(b, i + 2, n).unwrap_or(u32::MAX);
                let Some(c) = char::from_u32(v) else {
                    let what = if (0xD800..0xE000).contains(&v) {
                        "surrogate code points are not supported"
                    } else {
                        "illegal Unicode character"
                    };
                    return Err(codec_error(i, i + 1 + n, what));
                };
                out.push(c);
                i += 2 + n;
            }
            b'N' => {
                // Character names are not supported (no name database).
                let close = b
                    .get(i..)
                    .and_then(|rest| rest.iter().position(|&c| c == b'}'));
                return Err(match close {
                    Some(n) if b.get(i + 2) == Some(&b'{') && n > 3 => {
                        codec_error(i, i + n, "unknown Unicode character name")
                    }
                    _ => codec_error(i, i + 1, "malformed \\N character escape"),
                });
            }
            _ => {
                // Unknown escape: keep the backslash; the next character is
                // copied by the next round.
                out.push('\\');
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Decode the escapes of a (non-raw) bytes literal body, which is ASCII.
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (v, n) = octal_escape(b, i - 1);
                out.push((v & 0xff) as u8);
                i += n - 1;
            }
            b'x' => {
                let Some(v) = hex_value(b, i, 2) else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                };
                out.push(v as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn kinds(src: &str) -> Vec<Tok> {
        tokenize(src, Mode::File)
            .into_iter()
            .map(|t| t.tok)
            .collect()
    }

    fn name(s: &str) -> Tok {
        Tok::Name(String::from(s))
    }

    fn int(v: i64) -> Tok {
        Tok::Number(Constant::Int(v))
    }

    #[test]
    fn indentation_tokens() {
        let toks = kinds("if x:\n  a\n\n  # c\n  b\nc\n");
        let expected = vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Tok::Newline,
            Tok::Indent,
            name("a"),
            Tok::Newline,
            name("b"),
            Tok::Newline,
            Tok::Dedent,
            name("c"),
            Tok::Newline,
            Tok::EndOfFile,
        ];
        assert_eq!(toks, expected);
        // Blocks still open at the end are closed, and a final NEWLINE added.
        let toks = kinds("if x:\n  if y:\n    z");
        assert_eq!(
            &toks[toks.len() - 4..],
            [Tok::Newline, Tok::Dedent, Tok::Dedent, Tok::EndOfFile]
        );
    }

    #[test]
    fn brackets_join_lines() {
        let toks = kinds("x = (1,\n  2)\n");
        assert_eq!(
            toks,
            [
                name("x"),
                Tok::Assign,
                Tok::LPar,
                int(1),
                Tok::Comma,
                int(2),
                Tok::RPar,
                Tok::Newline,
                Tok::EndOfFile
            ]
        );
    }

    #[test]
    fn positions() {
        let toks = tokenize("a = 'é'  + bb\n  \n\tc", Mode::File);
        let pos: Vec<(u32, u32)> = toks.iter().map(|t| (t.line, t.col)).collect();
        // a = 'é' + bb NEWLINE c NEWLINE EOF (the tab-indented c is an INDENT first)
        assert_eq!(&pos[..5], [(1, 1), (1, 3), (1, 5), (1, 10), (1, 12)]);
        assert_eq!(toks[6].tok, Tok::Indent);
        assert_eq!((toks[7].line, toks[7].col), (3, 2));
    }

    #[test]
    fn operators_longest_match() {
        let toks = kinds("a **= b // c ... -> := != <<= >>= @= ->x");
        let ops: Vec<Tok> = toks
            .into_iter()
            .filter(|t| !matches!(t, Tok::Name(_)))
            .collect();
        assert_eq!(
            ops,
            [
                Tok::DoubleStarEq,
                Tok::DoubleSlash,
                Tok::Ellipsis,
                Tok::Arrow,
                Tok::Walrus,
                Tok::NotEqual,
                Tok::LShiftEq,
                Tok::RShiftEq,
                Tok::AtEq,
                Tok::Arrow,
                Tok::Newline,
                Tok::EndOfFile
            ]
        );
    }

    #[test]
    fn numbers() {
        let toks = kinds("0 00 0_0 1_000 0x_fF 0o17 0B1_0 1.5 1. .5 1e3 1_0.0_1e-0_1 3j 1E+2J");
        let nums: Vec<Constant> = toks
            .into_iter()
            .filter_map(|t| {
                if let Tok::Number(c) = t {
                    Some(c)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(
            nums,
            [
                Constant::Int(0),
                Constant::Int(0),
                Constant::Int(0),
                Constant::Int(1000),
                Constant::Int(255),
                Constant::Int(15),
                Constant::Int(2),
                Constant::Float(1.5),
                Constant::Float(1.0),
                Constant::Float(0.5),
                Constant::Float(1000.0),
                Constant::Float(10.01e-1),
                Constant::Imag(3.0),
                Constant::Imag(100.0),
            ]
        );
        let big = kinds("0x10000000000000000");
        assert_eq!(
            big[0],
            Tok::Number(Constant::BigInt(BigInt::from(1u128 << 64)))
        );
    }

    #[test]
    fn string_escapes() {
        assert_eq!(decode_str("a\\nb\\t\\\\\\'\\\"").unwrap(), "a\nb\t\\'\"");
        assert_eq!(
            decode_str("\\a\\b\\f\\v\\r\\0").unwrap(),
            "\x07\x08\x0c\x0b\r\0"
        );
        assert_eq!(decode_str("\\101\\1011\\7").unwrap(), "AA1\x07");
        assert_eq!(decode_str("\\x41\\u00e9\\U0001F600").unwrap(), "Aé😀");
        assert_eq!(decode_str("\\d\\ \\é").unwrap(), "\\d\\ \\é");
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        assert!(decode_str("\\x4").is_err());
        assert!(decode_str("\\u12g4").is_err());
        assert!(decode_str("\\U00110000").is_err());
        assert!(decode_str("\\ud800").is_err());
        assert!(decode_str("\\N{BULLET}").is_err());
        assert_eq!(
            decode_bytes("\\x00\\xff\\777\\u1234\\N").unwrap(),
            b"\x00\xff\xff\\u1234\\N"
        );
        assert!(decode_bytes("\\xg0").is_err());
    }

    #[test]
    fn string_prefixes() {
        let toks = kinds("r'\\n' b'\\n' Rb'\\n' bR'x' u'\\n' f'{x}' rF'{x}\\n'");
        assert_eq!(toks[0], Tok::Str(String::from("\\n")));
        assert_eq!(toks[1], Tok::Bytes(b"\n".to_vec()));
        assert_eq!(toks[2], Tok::Bytes(b"\\n".to_vec()));
        assert_eq!(toks[3], Tok::Bytes(b"x".to_vec()));
        assert_eq!(toks[4], Tok::Str(String::from("\n")));
        let Tok::FString(f) = &toks[5] else { panic!() };
        assert_eq!((f.text.as_str(), f.raw, f.col), ("{x}", false, 34));
        let Tok::FString(f) = &toks[6] else { panic!() };
        assert_eq!((f.text.as_str(), f.raw), ("{x}\\n", true));
        // Not prefixes: names followed by a string.
        assert_eq!(
            &kinds("ub'x'")[..2],
            [name("ub"), Tok::Str(String::from("x"))]
        );
    }

    #[test]
    fn errors_end_the_token_stream() {
        let toks = tokenize("x = 1\ny = 0b12\nz", Mode::File);
        let Some(Token {
            tok: Tok::Error(e), ..
        }) = toks.last()
        else {
            panic!("{:?}", toks)
        };
        assert_eq!(
            (e.msg.as_str(), e.line),
            ("invalid digit '2' in binary literal", 2)
        );
        assert_eq!(toks.len(), 7);
    }

    #[test]
    fn eval_mode_ignores_indentation() {
        let toks = kinds_mode("  1 +\\\n 2\n\n", Mode::Eval);
        assert_eq!(
            toks,
            [int(1), Tok::Plus, int(2), Tok::Newline, Tok::EndOfFile]
        );
    }

    fn kinds_mode(src: &str, mode: Mode) -> Vec<Tok> {
        tokenize(src, mode).into_iter().map(|t| t.tok).collect()
    }
}
