//! Tokens to AST: a recursive-descent parser for Python 3.11 (without
//! `match`), pulling tokens from the streaming lexer.
//!
//! The grammar is split by topic: `parser/stmt.rs` (statements),
//! `parser/expr.rs` (expressions), `parser/fstring.rs` (string literals and
//! f-strings) and `parser/target.rs` (checks on assignment and deletion
//! targets). `needs_more_input` (for the REPL) lives here.
//!
//! Recursion is bounded: every nested expression or block level counts
//! towards `MAX_DEPTH`, and every link of a left-associative chain
//! (`a + b + ...`, `a.b.c`, `f()()`) towards `MAX_CHAIN`, so no input can
//! overflow the Rust stack, here or in the passes that walk the AST.
//! Expressions and errors are boxed while parsing, so that the frames that
//! recursion repeats hold pointers rather than whole nodes.
//!
//! Tests: `parser/tests.rs`; most compare our AST (rendered by
//! `parser/dump.rs`) with CPython's for the snippets of
//! `parser/testdata/ast_cases.src`.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::ast::{Expr, Stmt};
use super::error::{ParseResult, SyntaxError, SyntaxErrorKind};
use super::lexer::{normalize_newlines, Lexer, Mode};
use super::token::{Tok, Token};

#[cfg(test)]
mod dump;
mod expr;
mod fstring;
mod stmt;
mod target;
#[cfg(test)]
mod tests;

/// Deepest nesting of expressions and blocks the parser accepts. It is
/// above the lexer's bracket limit (`lexer::MAX_BRACKETS`), so that deep
/// brackets get CPython's "too many nested parentheses". Each level costs
/// about 450 bytes of stack in a release build (up to ~1 KiB for nested
/// calls or subscripts, ~1.2 KiB in the dev profile).
pub const MAX_DEPTH: u32 = 250;

/// Longest left-associative chain (binary operators of one precedence,
/// attribute/call/subscript trailers), summed over the enclosing chains;
/// also the most `elif` branches of one `if`. (CPython's compiler gives up
/// at about 3000 of either.)
pub const MAX_CHAIN: u32 = 1000;

/// Parse a module, exec() input or a complete REPL entry.
pub fn parse_module(source: &str) -> ParseResult<Vec<Stmt>> {
    let text = normalize_newlines(source);
    let mut p = Parser::new(Lexer::new(&text, Mode::File, 1, 1), 0);
    p.file().map_err(|e| p.refine(*e))
}

/// Parse eval() input: one expression list, surrounding whitespace and
/// newlines allowed.
pub fn parse_expression(source: &str) -> ParseResult<Expr> {
    let text = normalize_newlines(source);
    let mut p = Parser::new(Lexer::new(&text, Mode::Eval, 1, 1), 0);
    p.eval_input().map(|e| *e).map_err(|e| p.refine(*e))
}

/// Whether the REPL should read another line before compiling `source`
/// (the lines entered so far, separated by `\n`; the text after the last
/// `\n` is the line just entered).
///
/// True while a bracket or a triple-quoted string is open, after a trailing
/// backslash, and for a compound statement (one starting with `if`, `def`,
/// `@`, ...) until an empty line is entered. As in MicroPython, a line of
/// only spaces does not end a compound statement (auto-indent fills the
/// line with spaces; the user deletes them to finish).
pub fn needs_more_input(source: &str) -> bool {
    let b = source.as_bytes();
    let mut depth: u32 = 0;
    // Inside a string: its quote byte and whether it is triple-quoted.
    let mut string: Option<(u8, bool)> = None;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if let Some((q, triple)) = string {
            match c {
                b'\\' => i += 1,
                b'\n' if !triple => string = None, // unterminated: an error, not more input
                _ if c == q => {
                    if !triple {
                        string = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        string = None;
                        i += 2;
                    }
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            b'#' => {
                while !matches!(b.get(i), None | Some(b'\n')) {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                string = Some((c, triple));
                if triple {
                    i += 2;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\\' => {
                if i + 1 == b.len() {
                    return true;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    if matches!(string, Some((_, true))) || depth > 0 {
        return true;
    }
    starts_compound_statement(source) && !source.ends_with('\n')
}

fn starts_compound_statement(source: &str) -> bool {
    let s = source.trim_start_matches([' ', '\t', '\n']);
    if s.starts_with('@') {
        return true;
    }
    let word_len = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    let word = s.get(..word_len).unwrap_or("");
    matches!(
        word,
        "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async"
    )
}

/// The token returned past the end (the lexer always ends its output with
/// EndOfFile or Error, so this is only a safety net).
static END: Token = Token {
    tok: Tok::EndOfFile,
    line: 0,
    col: 0,
};

pub(crate) struct Parser<'a> {
    lexer: Lexer<'a>,
    /// Tokens read from the lexer: a few before `pos` (forgotten between
    /// statements) and `LOOKAHEAD` from it.
    toks: Vec<Token>,
    pos: usize,
    /// Current nesting depth (see `MAX_DEPTH`).
    depth: u32,
    /// Current length of the left-associative chains being built.
    chain: u32,
    /// In the f-string body being parsed: a byte offset and its line and
    /// column, so that positions of later fields are found without
    /// rescanning the body from its start.
    fstring_pos: (usize, u32, u32),
}

/// Results inside the parser keep errors and expressions boxed: the
/// values that recursion keeps on the stack are then pointers, not 72-byte
/// nodes, which keeps each nesting level's frames small.
type PResult<T> = Result<T, Box<SyntaxError>>;
type BExpr = Box<Expr>;

/// A boxed SyntaxError, the error type inside the parser.
fn syntax_error(msg: impl Into<alloc::string::String>, line: u32, col: u32) -> Box<SyntaxError> {
    Box::new(SyntaxError::new(msg, line, col))
}

/// How many tokens from the current one are kept read ahead (the grammar
/// looks at most two ahead).
const LOOKAHEAD: usize = 3;

fn is_last(t: &Token) -> bool {
    matches!(t.tok, Tok::EndOfFile | Tok::Error(_))
}

/// Whether `e` is one of the errors that a later lexical error may replace.
fn is_generic(e: &SyntaxError) -> bool {
    e.kind == SyntaxErrorKind::SyntaxError && e.msg.starts_with("invalid syntax")
}

impl<'a> Parser<'a> {
    fn new(lexer: Lexer<'a>, depth: u32) -> Self {
        let mut p = Parser {
            lexer,
            toks: Vec::new(),
            pos: 0,
            depth,
            chain: 0,
            fstring_pos: (0, 0, 0),
        };
        p.fill();
        p
    }

    /// Read tokens until `LOOKAHEAD` are available from `pos` (or the last
    /// token is there). Out of line: the lexer's frame must not add to the
    /// parser's frames.
    #[inline(never)]
    fn fill(&mut self) {
        while self.toks.len() < self.pos + LOOKAHEAD && !self.toks.last().is_some_and(is_last) {
            self.toks.push(self.lexer.next_token());
        }
    }

    /// Drop the tokens before the current one. Only called between
    /// statements, where nothing can backtrack to them.
    fn forget_consumed(&mut self) {
        // Amortised: shifting the buffer costs as much as it holds.
        if self.pos >= 32 {
            self.toks.drain(..self.pos);
            self.pos = 0;
        }
    }

    /// The error to report for `e`, the error that stopped the parse: like
    /// CPython, a generic "invalid syntax" gives way to an error the lexer
    /// finds further on that explains it better (a malformed literal or an
    /// unterminated string; a bracket that is never closed, if opened on an
    /// earlier line).
    fn refine(&self, e: SyntaxError) -> SyntaxError {
        if !is_generic(&e) {
            return e;
        }
        let later = match self.toks.last() {
            Some(Token {
                tok: Tok::Error(l), ..
            }) => Some((**l).clone()),
            Some(Token {
                tok: Tok::EndOfFile,
                ..
            }) => None,
            _ => {
                let mut lexer = self.lexer.clone();
                loop {
                    match lexer.next_token().tok {
                        Tok::Error(l) => break Some(*l),
                        Tok::EndOfFile => break None,
                        _ => {}
                    }
                }
            }
        };
        let Some(later) = later else { return e };
        let takes_over = if later.msg.ends_with("was never closed") {
            later.line < e.line
        } else {
            later.kind == SyntaxErrorKind::SyntaxError && later.msg != "invalid syntax"
        };
        if takes_over {
            later
        } else {
            e
        }
    }

    fn token(&self) -> &Token {
        self.toks.get(self.pos).or(self.toks.last()).unwrap_or(&END)
    }

    fn peek(&self) -> &Tok {
        &self.token().tok
    }

    /// The token `n` places ahead of the current one.
    fn peek_nth(&self, n: usize) -> &Tok {
        self.toks
            .get(self.pos + n)
            .or(self.toks.last())
            .map_or(&END.tok, |t| &t.tok)
    }

    fn line(&self) -> u32 {
        self.token().line
    }

    fn at(&self, tok: &Tok) -> bool {
        self.peek() == tok
    }

    fn advance(&mut self) {
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        if self.toks.len() < self.pos + LOOKAHEAD {
            self.fill();
        }
    }

    fn eat(&mut self, tok: &Tok) -> bool {
        if self.at(tok) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, tok: &Tok) -> PResult<()> {
        if self.eat(tok) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn expect_name(&mut self) -> PResult<alloc::string::String> {
        if let Tok::Name(n) = self.peek() {
            let n = n.clone();
            self.advance();
            Ok(n)
        } else {
            Err(self.unexpected())
        }
    }

    /// A SyntaxError at the current token.
    fn error_here(&self, msg: impl Into<alloc::string::String>) -> Box<SyntaxError> {
        let t = self.token();
        syntax_error(msg, t.line, t.col)
    }

    /// The error for a token the grammar does not allow here.
    fn unexpected(&self) -> Box<SyntaxError> {
        let t = self.token();
        match &t.tok {
            Tok::Error(e) => e.clone(),
            Tok::Indent => Box::new(SyntaxError::indentation("unexpected indent", t.line, t.col)),
            _ => self.generic_error("invalid syntax"),
        }
    }

    /// The error when a closing bracket (or the end of an f-string field)
    /// was expected after an element of a display or call: two
    /// expressions in a row are probably a missing comma.
    fn expect_closing(&mut self, tok: &Tok) -> PResult<()> {
        if self.eat(tok) {
            return Ok(());
        }
        let two_exprs = matches!(
            self.peek(),
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::Bytes(_)
                | Tok::FString(_)
                | Tok::LBrace
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
                | Tok::Await
                | Tok::Ellipsis
                | Tok::None
                | Tok::True
                | Tok::False
        );
        if two_exprs {
            return Err(self.generic_error("invalid syntax. Perhaps you forgot a comma?"));
        }
        Err(self.unexpected())
    }

    /// A syntax error at the current token that `refine` may replace.
    fn generic_error(&self, msg: &str) -> Box<SyntaxError> {
        let t = self.token();
        syntax_error(msg, t.line, t.col)
    }

    /// Enter one nesting level; fails beyond `MAX_DEPTH`.
    fn enter(&mut self) -> PResult<()> {
        #[cfg(test)]
        {
            let marker = 0u8;
            let addr = core::hint::black_box(&marker) as *const u8 as usize;
            tests::LOWEST_STACK.fetch_min(addr, core::sync::atomic::Ordering::Relaxed);
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_here("too many nested expressions or blocks"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Count one more link of a left-associative chain.
    fn chain_link(&mut self) -> PResult<()> {
        self.chain += 1;
        if self.chain > MAX_CHAIN {
            return Err(self.error_here("expression too long"));
        }
        Ok(())
    }
}
