//! Source text to bytecode: lexer -> parser (AST) -> scope analysis ->
//! bytecode compiler.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod token;

pub use error::{ParseResult, SyntaxError, SyntaxErrorKind};
pub use parser::{needs_more_input, parse_expression, parse_module};
