//! Tokens produced by the lexer and consumed by the parser.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::Constant;
use super::error::SyntaxError;

/// An f-string's body as written between its quotes. It is split into
/// literal text and replacement fields by the parser, because escapes are
/// decoded only in the literal parts and the fields are parsed as expressions.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringBody {
    pub text: String,
    pub raw: bool,
    /// Position of the first character of `text` in the source.
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    /// An int, float or imaginary literal (never Str/Bytes/None/...).
    Number(Constant),
    Str(String),
    Bytes(Vec<u8>),
    FString(Box<FStringBody>),
    Newline,
    Indent,
    Dedent,
    EndOfFile,
    /// A lexical error. It is the last token: the parser reports it when it
    /// gets there, so that errors are reported in source order.
    Error(Box<SyntaxError>),

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    Walrus,
    Assign,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    DoubleSlashEq,
    PercentEq,
    AtEq,
    AmperEq,
    VBarEq,
    CircumflexEq,
    LShiftEq,
    RShiftEq,
    DoubleStarEq,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    /// 1-based line and column (in characters) of the token's first character.
    pub line: u32,
    pub col: u32,
}

/// The keyword spelled `name`, if it is one (soft keywords are names).
pub fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

/// The operator or delimiter spelled `s`, if any (longest spellings are
/// tried first by the lexer).
pub fn operator(s: &str) -> Option<Tok> {
    Some(match s {
        "(" => Tok::LPar,
        ")" => Tok::RPar,
        "[" => Tok::LSqb,
        "]" => Tok::RSqb,
        "{" => Tok::LBrace,
        "}" => Tok::RBrace,
        "," => Tok::Comma,
        ":" => Tok::Colon,
        ";" => Tok::Semi,
        "." => Tok::Dot,
        "..." => Tok::Ellipsis,
        "->" => Tok::Arrow,
        ":=" => Tok::Walrus,
        "=" => Tok::Assign,
        "+" => Tok::Plus,
        "-" => Tok::Minus,
        "*" => Tok::Star,
        "**" => Tok::DoubleStar,
        "/" => Tok::Slash,
        "//" => Tok::DoubleSlash,
        "%" => Tok::Percent,
        "@" => Tok::At,
        "<<" => Tok::LShift,
        ">>" => Tok::RShift,
        "&" => Tok::Amper,
        "|" => Tok::VBar,
        "^" => Tok::Circumflex,
        "~" => Tok::Tilde,
        "<" => Tok::Less,
        ">" => Tok::Greater,
        "<=" => Tok::LessEqual,
        ">=" => Tok::GreaterEqual,
        "==" => Tok::EqEqual,
        "!=" => Tok::NotEqual,
        "+=" => Tok::PlusEq,
        "-=" => Tok::MinusEq,
        "*=" => Tok::StarEq,
        "/=" => Tok::SlashEq,
        "//=" => Tok::DoubleSlashEq,
        "%=" => Tok::PercentEq,
        "@=" => Tok::AtEq,
        "&=" => Tok::AmperEq,
        "|=" => Tok::VBarEq,
        "^=" => Tok::CircumflexEq,
        "<<=" => Tok::LShiftEq,
        ">>=" => Tok::RShiftEq,
        "**=" => Tok::DoubleStarEq,
        _ => return None,
    })
}
