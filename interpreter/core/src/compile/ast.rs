//! The abstract syntax tree produced by the parser and consumed by the
//! scope analyser and the bytecode compiler.
//!
//! It follows the shape of CPython's `ast` module (so its meaning is known to
//! every reader) but keeps only what the compiler needs: every statement and
//! expression carries the source line it starts on, for tracebacks.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// An identifier as written in the source.
pub type Ident = String;

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub line: u32,
    pub kind: ExprKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    /// `del a, b[0], c.d`
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` has one entry per `=`.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`; `simple` is true for a bare name
    /// target that is not parenthesised (then the annotation is recorded
    /// in `__annotations__` by CPython; we only evaluate it).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, is_async: bool },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { items: Vec<WithItem>, body: Vec<Stmt>, is_async: bool },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` or `from . import *` (then `names` holds
    /// one alias whose name is `*`). `module` is None for `from . import x`.
    ImportFrom { module: Option<Ident>, names: Vec<Alias>, level: u32 },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    /// Positional bases, possibly containing `ExprKind::Starred`.
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords, and `**kw`.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub line: u32,
    /// None for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Dotted name for `import`, plain name (or `*`) for `from ... import`.
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// The parameter list of a `def` or `lambda`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before a `/` marker.
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    /// Defaults for the last `defaults.len()` of `posonlyargs ++ args`.
    pub defaults: Vec<Expr>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` entry; None means no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub line: u32,
}

/// `name=value` in a call, or `**value` when `arg` is None.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// Integer literals that fit in an i64.
    Int(i64),
    /// Integer literals that do not fit in an i64.
    BigInt(BigInt),
    Float(f64),
    /// The imaginary part of an imaginary literal such as `2.5j`.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(Ident),
    Constant(Constant),
    /// An f-string: the concatenation of its parts, each a
    /// `Constant(Str)` or a `FormattedValue`. Adjacent literals
    /// (`"a" f"b{x}"`) are merged into one JoinedStr by the parser.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is
    /// one of 's', 'r', 'a'. `format_spec` is itself a JoinedStr (it may
    /// contain nested replacement fields). `f"{x=}"` is expanded by the
    /// parser into a literal `"x="` followed by this node with conversion
    /// 'r' (when no conversion and no format spec is given), as CPython does.
    FormattedValue { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Box<Expr>> },
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value`
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`: a None key means `**value`.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// Positional args may contain `Starred`; keywords with `arg: None` are `**`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    Attribute { value: Box<Expr>, attr: Ident },
    /// `value[slice]`; a subscript with commas is a Tuple (possibly of Slices).
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` in a call, display or assignment target.
    Starred(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step`, only valid directly inside a subscript (or in a
    /// Tuple inside a subscript).
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(line: u32, kind: ExprKind) -> Self {
        Expr { line, kind }
    }
}

impl Stmt {
    pub fn new(line: u32, kind: StmtKind) -> Self {
        Stmt { line, kind }
    }
}
