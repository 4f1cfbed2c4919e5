//! The bytecode: a stack machine's instructions, each with its operand
//! inline. Compact (8 bytes an instruction) and serialisable, because .mpy
//! files and frozen modules hold it.

use crate::qstr::Qstr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator with operands swapped (a < b  <=>  b > a).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// MakeFunction flags: which optional parts were pushed (in this order,
/// below the code object): defaults tuple, kw-defaults dict, closure tuple.
pub const MF_DEFAULTS: u8 = 1;
pub const MF_KWDEFAULTS: u8 = 2;
pub const MF_CLOSURE: u8 = 4;

/// FormatValue flags: conversion in the low 2 bits (0 none, 1 str, 2 repr,
/// 3 ascii), bit 2 set when a format spec is on the stack.
pub const FV_CONV_MASK: u8 = 3;
pub const FV_HAS_SPEC: u8 = 4;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    Pop,
    /// Duplicate the top of stack.
    Dup,
    /// Duplicate the top two items.
    Dup2,
    Rot2,
    Rot3,
    Rot4,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables, numbered after the locals' count.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: the class namespace first, then the cell.
    LoadClassDeref(u32),
    LoadGlobal(Qstr),
    StoreGlobal(Qstr),
    DeleteGlobal(Qstr),
    /// Class bodies and module level: locals dict, globals, builtins.
    LoadName(Qstr),
    StoreName(Qstr),
    DeleteName(Qstr),
    LoadAttr(Qstr),
    StoreAttr(Qstr),
    DeleteAttr(Qstr),
    /// Push (method, self) or (Null, callable) for CallMethod.
    LoadMethod(Qstr),
    /// Like CallFunction, after LoadMethod.
    CallMethod(u32),
    /// Like CallFunctionKw, after LoadMethod.
    CallMethodKw(u32),

    LoadSubscr,
    StoreSubscr,
    DeleteSubscr,
    /// 2 or 3 items.
    BuildSlice(u32),

    Unary(UnaryOp),
    Binary(BinOp),
    Inplace(BinOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    Is(bool),
    /// `in` (false) / `not in` (true).
    In(bool),
    /// TOS1 is an exception, TOS a class or tuple: replace both by whether
    /// the exception matches.
    ExceptionMatch,

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    GetIter,
    /// Push the next item, or pop the iterator and jump when exhausted.
    ForIter(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs.
    BuildMap(u32),
    /// Comprehension helpers: the container is at depth n below TOS.
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// Unpacking into displays: extend the container at depth n with TOS.
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but duplicate keys are an error (for `f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,

    UnpackSequence(u32),
    /// Star unpacking: counts before and after the starred target.
    UnpackEx(u16, u16),

    MakeFunction(u8),
    CallFunction(u32),
    /// TOS is a tuple of keyword names for the last len(names) arguments.
    CallFunctionKw(u32),
    /// Stack: callable, args tuple, [kwargs dict if the flag is set].
    CallFunctionEx(bool),
    Return,

    YieldValue,
    /// Replace TOS by iter(TOS) for `yield from` (or keep a generator).
    GetYieldFromIter,
    /// Delegate to the iterator below TOS (TOS is the value to send).
    YieldFrom,
    GetAwaitable,
    GetAIter,
    GetANext,
    /// The `async for` loop ends when StopAsyncIteration arrives.
    EndAsyncFor,

    /// Push an exception-handler block.
    SetupExcept(u32),
    /// Push a finally block (entered with the exception on the stack).
    SetupFinally(u32),
    /// Call __enter__ of TOS, keep __exit__ below, push a finally block.
    SetupWith(u32),
    /// Like SetupWith for `async with` (awaits __aenter__'s result later).
    SetupAsyncWith(u32),
    PopBlock,
    /// Leave an exception handler: restore the previously handled exception.
    PopExcept,
    /// 0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS.
    Raise(u8),
    /// Re-raise the exception on TOS (end of a finally/handler path).
    Reraise,
    /// Normal exit of a with block: call __exit__(None, None, None).
    WithExit,
    /// Exceptional exit: call __exit__ with the exception on TOS; push
    /// whether it was suppressed.
    WithExceptStart,
    /// For async with: like WithExit/WithExceptStart but the result is
    /// awaited by the following instructions.
    AsyncWithExit,

    ImportName(Qstr),
    ImportFrom(Qstr),
    ImportStar,
    LoadBuildClass,
    FormatValue(u8),
    BuildString(u32),
    /// REPL: print repr of TOS unless None, and store it in `_`.
    PrintExpr,
    LoadAssertionError,
}

/// Code flags.
pub const CO_GENERATOR: u16 = 1;
pub const CO_COROUTINE: u16 = 2;
pub const CO_ASYNC_GENERATOR: u16 = 4;
pub const CO_VARARGS: u16 = 8;
pub const CO_VARKEYWORDS: u16 = 16;
/// Module and class bodies: names go through LoadName/StoreName.
pub const CO_NAMESPACE: u16 = 32;
