//! Errors found while turning source text into bytecode. The VM turns them
//! into SyntaxError / IndentationError exception objects.

use alloc::string::String;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// The message, e.g. "invalid syntax" or "unexpected indent".
    pub msg: String,
    /// 1-based line of the offending token.
    pub line: u32,
    /// 1-based column of the offending token (0 when unknown).
    pub col: u32,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), line, col }
    }

    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError { kind: SyntaxErrorKind::IndentationError, msg: msg.into(), line, col }
    }
}

pub type ParseResult<T> = Result<T, SyntaxError>;
