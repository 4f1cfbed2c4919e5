//! String literals: concatenation of adjacent literals and f-strings
//! (CPython 3.11 rules: a replacement field's expression may contain
//! neither a backslash nor the enclosing quote, so the lexer could find the
//! end of the literal, and the fields are split out here).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::ast::{Constant, Expr, ExprKind};
use super::super::error::SyntaxError;
use super::super::lexer::{decode_str, Lexer, Mode};
use super::super::token::{FStringBody, Tok};
use super::expr::node;
use super::{syntax_error, BExpr, PResult, Parser};

/// The values of a JoinedStr being built: literal text is accumulated in
/// `lit` and flushed as one Constant, so adjacent literals merge.
struct Parts {
    values: Vec<Expr>,
    lit: String,
    line: u32,
}

impl Parts {
    fn new(line: u32) -> Self {
        Parts {
            values: Vec::new(),
            lit: String::new(),
            line,
        }
    }

    fn flush(&mut self) {
        if !self.lit.is_empty() {
            let s = core::mem::take(&mut self.lit);
            self.values
                .push(Expr::new(self.line, ExprKind::Constant(Constant::Str(s))));
        }
    }

    fn push_value(&mut self, e: Expr) {
        self.flush();
        self.values.push(e);
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

/// Line and column in the file of byte `i` of an f-string body.
fn position(body: &FStringBody, i: usize) -> (u32, u32) {
    let before = body.text.get(..i).unwrap_or(&body.text);
    match before.rfind('\n') {
        Some(nl) => {
            let lines = before.matches('\n').count() as u32;
            let col = before.get(nl + 1..).unwrap_or("").chars().count() as u32 + 1;
            (body.line + lines, col)
        }
        None => (body.line, body.col + before.chars().count() as u32),
    }
}

fn error_at(body: &FStringBody, i: usize, msg: impl Into<String>) -> Box<SyntaxError> {
    let (line, col) = position(body, i);
    syntax_error(msg, line, col)
}

const EXPECTING_BRACE: &str = "f-string: expecting '}'";

impl Parser<'_> {
    /// One or more adjacent string, bytes and f-string literals.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<BExpr> {
        let line = self.line();
        let mut is_bytes: Option<bool> = None;
        let mut bytes = Vec::new();
        let mut parts = Parts::new(line);
        let mut any_fstring = false;
        loop {
            let t = self.token();
            let this_is_bytes = match &t.tok {
                Tok::Bytes(_) => true,
                Tok::Str(_) | Tok::FString(_) => false,
                _ => break,
            };
            if is_bytes.is_some_and(|b| b != this_is_bytes) {
                let msg = "cannot mix bytes and nonbytes literals";
                return Err(syntax_error(msg, t.line, t.col));
            }
            is_bytes = Some(this_is_bytes);
            let fstring = match &t.tok {
                Tok::Bytes(b) => {
                    bytes.extend_from_slice(b);
                    None
                }
                Tok::Str(s) => {
                    parts.lit.push_str(s);
                    None
                }
                Tok::FString(body) => Some(body.clone()),
                _ => None,
            };
            self.advance();
            if let Some(body) = fstring {
                any_fstring = true;
                self.fstring_pos = (0, body.line, body.col);
                self.fstring_text(&body, 0, false, 0, &mut parts)?;
            }
        }
        let kind = if is_bytes == Some(true) {
            ExprKind::Constant(Constant::Bytes(bytes))
        } else if any_fstring {
            ExprKind::JoinedStr(parts.finish())
        } else {
            ExprKind::Constant(Constant::Str(parts.lit))
        };
        Ok(Box::new(Expr::new(line, kind)))
    }

    /// Literal text and replacement fields of an f-string body from byte
    /// `i`. In a format spec (`in_spec`), stops at the `}` closing the
    /// field and returns its index; otherwise runs to the end. `nesting` is
    /// how deep in format specs we are.
    fn fstring_text(
        &mut self,
        body: &FStringBody,
        mut i: usize,
        in_spec: bool,
        nesting: u32,
        parts: &mut Parts,
    ) -> PResult<usize> {
        let b = body.text.as_bytes();
        let mut start = i;
        loop {
            let Some(&c) = b.get(i) else {
                literal(body, start, i, parts)?;
                if in_spec {
                    return Err(error_at(body, i, EXPECTING_BRACE));
                }
                return Ok(i);
            };
            let next = b.get(i + 1).copied();
            match c {
                // `{{` and `}}` stand for one brace, except in a format spec.
                b'{' | b'}' if !in_spec && next == Some(c) => {
                    literal(body, start, i + 1, parts)?;
                    i += 2;
                    start = i;
                }
                b'{' => {
                    literal(body, start, i, parts)?;
                    i = self.fstring_field(body, i + 1, nesting, parts)?;
                    start = i;
                }
                b'}' if in_spec => {
                    literal(body, start, i, parts)?;
                    return Ok(i);
                }
                b'}' => return Err(error_at(body, i, "f-string: single '}' is not allowed")),
                b'\\' if !body.raw => match next {
                    Some(b'\\') => i += 2,
                    Some(b'N') if b.get(i + 2) == Some(&b'{') => {
                        let msg = "(unicode error) \\N{...} escapes are not supported";
                        return Err(error_at(body, i, msg));
                    }
                    _ => i += 1,
                },
                _ => i += 1,
            }
        }
    }

    /// A replacement field whose expression starts at byte `i` (just after
    /// the `{`). Returns the index just after its closing `}`.
    fn fstring_field(
        &mut self,
        body: &FStringBody,
        mut i: usize,
        nesting: u32,
        parts: &mut Parts,
    ) -> PResult<usize> {
        if nesting >= 2 {
            return Err(error_at(body, i, "f-string: expressions nested too deeply"));
        }
        let text = body.text.as_str();
        let b = text.as_bytes();
        let expr_start = i;
        let end_char = scan_field_expr(body, &mut i)?;
        let expr_text = text.get(expr_start..i).unwrap_or("");
        if expr_text.trim().is_empty() {
            return Err(error_at(body, i, "f-string: empty expression not allowed"));
        }
        let (line, col) = self.field_position(body, expr_start);
        let value = self.fstring_expr(expr_text, line, col)?;

        // `{x=}`: the expression's text (and the spaces around `=`) is
        // printed before its value.
        let mut self_doc = None;
        if end_char == b'=' {
            i += 1;
            while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                i += 1;
            }
            self_doc = text.get(expr_start..i);
        }
        let mut conversion = None;
        if b.get(i) == Some(&b'!') {
            match b.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => {
                    let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                    return Err(error_at(body, i + 1, msg));
                }
            }
            i += 2;
            if !matches!(b.get(i), Some(b':' | b'}')) {
                return Err(error_at(body, i, EXPECTING_BRACE));
            }
        }
        let mut format_spec = None;
        if b.get(i) == Some(&b':') {
            let mut spec = Parts::new(parts.line);
            i = self.fstring_text(body, i + 1, true, nesting + 1, &mut spec)?;
            let spec = Expr::new(parts.line, ExprKind::JoinedStr(spec.finish()));
            format_spec = Some(Box::new(spec));
        }
        if b.get(i) != Some(&b'}') {
            return Err(error_at(body, i, EXPECTING_BRACE));
        }
        if let Some(doc) = self_doc {
            parts.lit.push_str(doc);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        let kind = ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        };
        parts.push_value(Expr::new(parts.line, kind));
        Ok(i + 1)
    }

    /// Line and column of byte `i` of `body`, scanning on from the last
    /// position asked for (fields come in order).
    fn field_position(&mut self, body: &FStringBody, i: usize) -> (u32, u32) {
        let (mut at, mut line, mut col) = self.fstring_pos;
        if i < at {
            (at, line, col) = (0, body.line, body.col);
        }
        for c in body.text.get(at..i).unwrap_or("").chars() {
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        self.fstring_pos = (i, line, col);
        (line, col)
    }

    /// Parse the expression of a replacement field, at `line`:`col`.
    fn fstring_expr(&mut self, text: &str, line: u32, col: u32) -> PResult<BExpr> {
        let mut sub = Parser::new(Lexer::new(text, Mode::FStringExpr, line, col), self.depth);
        sub.chain = self.chain;
        let parsed = sub.enter().and_then(|()| {
            let mut e = if sub.at(&Tok::Yield) {
                sub.yield_expr()?
            } else {
                sub.star_expressions()?
            };
            // The field is parsed as if parenthesised: `{x for x in y}` is
            // a generator expression.
            if sub.at_comp_for() && !matches!(e.kind, ExprKind::Tuple(_) | ExprKind::Starred(_)) {
                let generators = sub.comp_clauses()?;
                e = node(e.line, ExprKind::GeneratorExp { elt: e, generators });
            }
            sub.expect_closing(&Tok::EndOfFile)?;
            Ok(e)
        });
        let e = parsed.map_err(|mut e| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })?;
        if matches!(e.kind, ExprKind::Starred(_)) {
            let msg = "f-string: cannot use starred expression here";
            return Err(syntax_error(msg, line, col));
        }
        Ok(e)
    }
}

/// Add the literal text `body.text[start..end]` to `parts`, decoding its
/// escapes unless the f-string is raw.
fn literal(body: &FStringBody, start: usize, end: usize, parts: &mut Parts) -> PResult<()> {
    let chunk = body.text.get(start..end).unwrap_or("");
    if body.raw {
        parts.lit.push_str(chunk);
    } else {
        let decoded = decode_str(chunk).map_err(|m| error_at(body, start, m))?;
        parts.lit.push_str(&decoded);
    }
    Ok(())
}

/// Find the end of a replacement field's expression, starting at `*i`:
/// the first `}`, `!` (not `!=`), `:` or `=` (not part of `==`, `<=`, ...)
/// outside brackets and strings. Leaves `*i` on it and returns it.
fn scan_field_expr(body: &FStringBody, i: &mut usize) -> PResult<u8> {
    let b = body.text.as_bytes();
    let mut depth: u32 = 0;
    // Inside a string literal: its quote and whether it is triple-quoted.
    let mut quote: Option<(u8, bool)> = None;
    loop {
        let Some(&c) = b.get(*i) else {
            return Err(error_at(body, *i, EXPECTING_BRACE));
        };
        if c == b'\\' {
            let msg = "f-string expression part cannot include a backslash";
            return Err(error_at(body, *i, msg));
        }
        if let Some((q, triple)) = quote {
            if c == q {
                if !triple {
                    quote = None;
                } else if b.get(*i + 1) == Some(&q) && b.get(*i + 2) == Some(&q) {
                    quote = None;
                    *i += 2;
                }
            }
            *i += 1;
            continue;
        }
        let next = b.get(*i + 1).copied();
        match c {
            b'\'' | b'"' => {
                let triple = next == Some(c) && b.get(*i + 2) == Some(&c);
                quote = Some((c, triple));
                if triple {
                    *i += 2;
                }
            }
            b'#' => {
                let msg = "f-string expression part cannot include '#'";
                return Err(error_at(body, *i, msg));
            }
            b'(' | b'[' | b'{' => depth = depth.saturating_add(1),
            b')' | b']' | b'}' => {
                if depth == 0 {
                    if c == b'}' {
                        return Ok(c);
                    }
                    return Err(error_at(
                        body,
                        *i,
                        format!("f-string: unmatched '{}'", c as char),
                    ));
                }
                depth -= 1;
            }
            b'=' | b'!' | b'<' | b'>' if next == Some(b'=') => *i += 1,
            b'!' | b'=' | b':' if depth == 0 => return Ok(c),
            _ => {}
        }
        *i += 1;
    }
}
