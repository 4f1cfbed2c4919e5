//! Source text to bytecode: lexer -> parser (AST) -> scope analysis ->
//! bytecode compiler.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;

pub use error::{ParseResult, SyntaxError, SyntaxErrorKind};
