//! Expressions, from `lambda` and conditional expressions down to atoms.
//!
//! Binary operators are parsed by precedence climbing (one function for all
//! levels), which keeps the Rust stack used per nested parenthesis small.

use alloc::boxed::Box;
use alloc::collections::BTreeSet;
use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use super::super::ast::{
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, UnaryOp,
};
use super::super::error::SyntaxError;
use super::super::token::Tok;
use super::target::{check_store, describe, StoreCtx};
use super::{syntax_error, BExpr, PResult, Parser};

// Precedence levels, lowest first.
const P_OR: u8 = 1;
const P_AND: u8 = 2;
const P_NOT: u8 = 3;
const P_CMP: u8 = 4;
/// `|`: the level of starred items, targets and comparison operands.
pub(super) const P_BITOR: u8 = 5;
const P_XOR: u8 = 6;
const P_BITAND: u8 = 7;
const P_SHIFT: u8 = 8;
const P_ARITH: u8 = 9;
const P_TERM: u8 = 10;

enum Infix {
    Bool(BoolOp),
    Cmp,
    Bin(BinOp),
}

fn infix(tok: &Tok, next: &Tok) -> Option<(u8, Infix)> {
    Some(match tok {
        Tok::Or => (P_OR, Infix::Bool(BoolOp::Or)),
        Tok::And => (P_AND, Infix::Bool(BoolOp::And)),
        Tok::Less
        | Tok::Greater
        | Tok::EqEqual
        | Tok::GreaterEqual
        | Tok::LessEqual
        | Tok::NotEqual
        | Tok::In
        | Tok::Is => (P_CMP, Infix::Cmp),
        Tok::Not if *next == Tok::In => (P_CMP, Infix::Cmp),
        Tok::VBar => (P_BITOR, Infix::Bin(BinOp::BitOr)),
        Tok::Circumflex => (P_XOR, Infix::Bin(BinOp::BitXor)),
        Tok::Amper => (P_BITAND, Infix::Bin(BinOp::BitAnd)),
        Tok::LShift => (P_SHIFT, Infix::Bin(BinOp::LShift)),
        Tok::RShift => (P_SHIFT, Infix::Bin(BinOp::RShift)),
        Tok::Plus => (P_ARITH, Infix::Bin(BinOp::Add)),
        Tok::Minus => (P_ARITH, Infix::Bin(BinOp::Sub)),
        Tok::Star => (P_TERM, Infix::Bin(BinOp::Mult)),
        Tok::Slash => (P_TERM, Infix::Bin(BinOp::Div)),
        Tok::DoubleSlash => (P_TERM, Infix::Bin(BinOp::FloorDiv)),
        Tok::Percent => (P_TERM, Infix::Bin(BinOp::Mod)),
        Tok::At => (P_TERM, Infix::Bin(BinOp::MatMult)),
        _ => return None,
    })
}

/// A new boxed expression node.
pub(super) fn node(line: u32, kind: ExprKind) -> BExpr {
    Box::new(Expr::new(line, kind))
}

impl Parser<'_> {
    /// Whether the current token can start an expression (used to tell a
    /// trailing comma from a following element, and `return` from
    /// `return x`).
    pub(super) fn starts_expr(&self) -> bool {
        matches!(
            self.peek(),
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::Bytes(_)
                | Tok::FString(_)
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::Ellipsis
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Star
        )
    }

    /// Whether a comprehension clause starts here (`for` or `async for`).
    pub(super) fn at_comp_for(&self) -> bool {
        self.at(&Tok::For) || (self.at(&Tok::Async) && *self.peek_nth(1) == Tok::For)
    }

    /// `test`: lambda, conditional expression or anything below.
    pub(super) fn test(&mut self) -> PResult<BExpr> {
        if self.at(&Tok::Lambda) {
            return self.lambda();
        }
        let body = self.binary(P_OR)?;
        if !self.at(&Tok::If) {
            return Ok(body);
        }
        self.if_exp(body)
    }

    // The parts of expressions that are not on the path of every nested
    // parenthesis are kept out of line (`inline(never)`), so that the
    // frames on that path, which recursion repeats, stay small.

    /// `body if test else orelse`, from the `if`.
    #[inline(never)]
    fn if_exp(&mut self, body: BExpr) -> PResult<BExpr> {
        self.advance();
        let test = self.binary(P_OR)?;
        if !self.eat(&Tok::Else) {
            return Err(self.error_here("expected 'else' after 'if' expression"));
        }
        // `a if b else c if d else ...` nests to the right.
        self.enter()?;
        let orelse = self.test();
        self.leave();
        let orelse = orelse?;
        let line = body.line;
        let kind = ExprKind::IfExp { test, body, orelse };
        Ok(node(line, kind))
    }

    /// `or_test`, the level of comprehension iterables and conditions.
    pub(super) fn or_test(&mut self) -> PResult<BExpr> {
        self.binary(P_OR)
    }

    /// The level of `*x` operands and of `for` / `with ... as` targets.
    pub(super) fn bitor_expr(&mut self) -> PResult<BExpr> {
        self.binary(P_BITOR)
    }

    /// `NAME := test` or `test`.
    pub(super) fn named_expr(&mut self) -> PResult<BExpr> {
        if let (Tok::Name(_), Tok::Walrus) = (self.peek(), self.peek_nth(1)) {
            return self.walrus();
        }
        let parenthesised = self.at(&Tok::LPar);
        let e = self.test()?;
        if self.at(&Tok::Walrus) {
            return Err(self.bad_walrus_target(&e, parenthesised));
        }
        Ok(e)
    }

    #[inline(never)]
    fn walrus(&mut self) -> PResult<BExpr> {
        let line = self.line();
        let name = match self.peek() {
            Tok::Name(n) => n.clone(),
            _ => return Err(self.unexpected()),
        };
        self.advance();
        self.advance();
        let value = self.test()?;
        let target = node(line, ExprKind::Name(name));
        Ok(node(line, ExprKind::NamedExpr { target, value }))
    }

    #[inline(never)]
    fn bad_walrus_target(&self, e: &Expr, parenthesised: bool) -> Box<SyntaxError> {
        let what = match e.kind {
            ExprKind::Name(_) if parenthesised => "name",
            _ => describe(e),
        };
        let msg = format!("cannot use assignment expressions with {}", what);
        syntax_error(msg, e.line, 0)
    }

    /// `*x` (a Starred) or a named expression: the elements of displays.
    pub(super) fn star_named_expr(&mut self) -> PResult<BExpr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.named_expr()
    }

    fn starred(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        let value = self.bitor_expr()?;
        Ok(node(line, ExprKind::Starred(value)))
    }

    /// `*x` or a test: the elements of unparenthesised tuples.
    pub(super) fn star_or_test(&mut self) -> PResult<BExpr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.test()
    }

    /// `a, *b, c` (or a single element without a comma): the right-hand side
    /// of assignments, `return`, `for ... in`, expression statements. A bare
    /// Starred is returned as is; callers reject it where it is invalid.
    pub(super) fn star_expressions(&mut self) -> PResult<BExpr> {
        self.comma_list(Self::star_or_test)
    }

    /// `a, b, c` without starred items: eval() input.
    pub(super) fn expressions(&mut self) -> PResult<BExpr> {
        self.comma_list(Self::test)
    }

    /// One or more `item`s separated by commas, with an optional trailing
    /// comma; a Tuple unless it is a single item without a comma.
    fn comma_list(&mut self, item: fn(&mut Self) -> PResult<BExpr>) -> PResult<BExpr> {
        let first = item(self)?;
        if !self.at(&Tok::Comma) {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(*item(self)?);
        }
        Ok(node(line, ExprKind::Tuple(elts)))
    }

    /// A value that must not be a bare `*x`.
    pub(super) fn no_bare_star(&self, e: BExpr) -> PResult<BExpr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(syntax_error("can't use starred expression here", e.line, 0));
        }
        Ok(e)
    }

    /// `yield`, `yield x, *y` or `yield from x`.
    pub(super) fn yield_expr(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::From) {
            let value = self.test()?;
            return Ok(node(line, ExprKind::YieldFrom(value)));
        }
        if !self.starts_expr() {
            return Ok(node(line, ExprKind::Yield(None)));
        }
        let value = self.star_expressions()?;
        let value = self.no_bare_star(value)?;
        Ok(node(line, ExprKind::Yield(Some(value))))
    }

    /// A yield expression or star_expressions: the right-hand side of an
    /// assignment.
    pub(super) fn assigned_value(&mut self) -> PResult<BExpr> {
        if self.at(&Tok::Yield) {
            return self.yield_expr();
        }
        let e = self.star_expressions()?;
        self.no_bare_star(e)
    }

    fn lambda(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        let result = self.lambda_rest(line);
        self.leave();
        result
    }

    #[inline(never)]
    fn lambda_rest(&mut self, line: u32) -> PResult<BExpr> {
        let args = self.params(true)?;
        self.expect(&Tok::Colon)?;
        let body = self.test()?;
        Ok(node(line, ExprKind::Lambda { args, body }))
    }

    /// Operators from `or` down to `*` / `@`, by precedence climbing:
    /// parses an expression whose operators all bind at least as tightly as
    /// `min`.
    fn binary(&mut self, min: u8) -> PResult<BExpr> {
        self.enter()?;
        let chain = self.chain;
        let result = self.binary_inner(min);
        self.chain = chain;
        self.leave();
        result
    }

    fn binary_inner(&mut self, min: u8) -> PResult<BExpr> {
        let mut left = if min <= P_NOT && self.at(&Tok::Not) {
            self.not_expr()?
        } else {
            self.factor()?
        };
        while let Some((prec, kind)) = infix(self.peek(), self.peek_nth(1)) {
            if prec < min {
                break;
            }
            left = match kind {
                Infix::Bool(op) => self.bool_op(left, op, prec)?,
                Infix::Cmp => self.compare(left)?,
                Infix::Bin(op) => self.bin_op(left, op, prec)?,
            };
        }
        Ok(left)
    }

    #[inline(never)]
    fn not_expr(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        let operand = self.binary(P_NOT)?;
        Ok(node(
            line,
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            },
        ))
    }

    /// `left and b and c ...` (or `or`), from the first operator.
    // `left` stays boxed: unboxing it in the caller would put a whole node
    // in the caller's frame, which is on the recursion path.
    #[allow(clippy::boxed_local)]
    #[inline(never)]
    fn bool_op(&mut self, left: BExpr, op: BoolOp, prec: u8) -> PResult<BExpr> {
        let line = left.line;
        let tok = if op == BoolOp::Or { Tok::Or } else { Tok::And };
        let mut values = vec![*left];
        while self.eat(&tok) {
            values.push(*self.binary(prec + 1)?);
        }
        Ok(node(line, ExprKind::BoolOp { op, values }))
    }

    /// `left < b <= c ...`, from the first operator.
    #[inline(never)]
    fn compare(&mut self, left: BExpr) -> PResult<BExpr> {
        let line = left.line;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_op() {
            ops.push(op);
            comparators.push(*self.binary(P_BITOR)?);
        }
        Ok(node(
            line,
            ExprKind::Compare {
                left,
                ops,
                comparators,
            },
        ))
    }

    /// `left op right`, from the operator.
    #[inline(never)]
    fn bin_op(&mut self, left: BExpr, op: BinOp, prec: u8) -> PResult<BExpr> {
        self.advance();
        let right = self.binary(prec + 1)?;
        self.chain_link()?;
        let line = left.line;
        Ok(node(line, ExprKind::BinOp { left, op, right }))
    }

    /// Consume a comparison operator, if one is here.
    fn comparison_op(&mut self) -> Option<CmpOp> {
        let (op, len) = match (self.peek(), self.peek_nth(1)) {
            (Tok::Less, _) => (CmpOp::Lt, 1),
            (Tok::Greater, _) => (CmpOp::Gt, 1),
            (Tok::EqEqual, _) => (CmpOp::Eq, 1),
            (Tok::GreaterEqual, _) => (CmpOp::GtE, 1),
            (Tok::LessEqual, _) => (CmpOp::LtE, 1),
            (Tok::NotEqual, _) => (CmpOp::NotEq, 1),
            (Tok::In, _) => (CmpOp::In, 1),
            (Tok::Not, Tok::In) => (CmpOp::NotIn, 2),
            (Tok::Is, Tok::Not) => (CmpOp::IsNot, 2),
            (Tok::Is, _) => (CmpOp::Is, 1),
            _ => return None,
        };
        for _ in 0..len {
            self.advance();
        }
        Some(op)
    }

    /// Unary `-`, `+`, `~` applied to a power.
    fn factor(&mut self) -> PResult<BExpr> {
        let op = match self.peek() {
            Tok::Minus => UnaryOp::USub,
            Tok::Plus => UnaryOp::UAdd,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let line = self.line();
        self.advance();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(node(
            line,
            ExprKind::UnaryOp {
                op,
                operand: operand?,
            },
        ))
    }

    /// `[await] primary ['**' factor]`: `**` binds tighter than a unary
    /// operator on its left and looser than one on its right (`-2**-1`).
    fn power(&mut self) -> PResult<BExpr> {
        let base = if self.at(&Tok::Await) {
            self.await_expr()?
        } else {
            self.primary()?
        };
        if self.at(&Tok::DoubleStar) {
            return self.pow_rest(base);
        }
        Ok(base)
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        let value = self.primary()?;
        Ok(node(line, ExprKind::Await(value)))
    }

    /// `base ** exponent`, from the `**`.
    #[inline(never)]
    fn pow_rest(&mut self, base: BExpr) -> PResult<BExpr> {
        self.advance();
        self.enter()?;
        let exponent = self.factor();
        self.leave();
        let (line, left, right) = (base.line, base, exponent?);
        Ok(node(
            line,
            ExprKind::BinOp {
                left,
                op: BinOp::Pow,
                right,
            },
        ))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[slices]`.
    fn primary(&mut self) -> PResult<BExpr> {
        let e = self.atom()?;
        if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
            return self.trailers(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn trailers(&mut self, mut e: BExpr) -> PResult<BExpr> {
        loop {
            let line = e.line;
            let kind = match self.peek() {
                Tok::Dot => {
                    self.advance();
                    let attr = self.expect_name()?;
                    ExprKind::Attribute { value: e, attr }
                }
                Tok::LPar => {
                    self.advance();
                    let (args, keywords) = self.call_args(true)?;
                    ExprKind::Call {
                        func: e,
                        args,
                        keywords,
                    }
                }
                Tok::LSqb => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect_closing(&Tok::RSqb)?;
                    ExprKind::Subscript { value: e, slice }
                }
                _ => return Ok(e),
            };
            self.chain_link()?;
            e = node(line, kind);
        }
    }

    fn atom(&mut self) -> PResult<BExpr> {
        let line = self.line();
        let constant = match self.peek() {
            Tok::Name(n) => {
                let kind = ExprKind::Name(n.clone());
                self.advance();
                return Ok(node(line, kind));
            }
            Tok::Number(c) => c.clone(),
            Tok::None => Constant::None,
            Tok::True => Constant::True,
            Tok::False => Constant::False,
            Tok::Ellipsis => Constant::Ellipsis,
            Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => return self.strings(),
            Tok::LPar => return self.paren(),
            Tok::LSqb => return self.list_display(),
            Tok::LBrace => return self.brace_display(),
            _ => return Err(self.unexpected()),
        };
        self.advance();
        Ok(node(line, ExprKind::Constant(constant)))
    }

    /// `()`, `(yield ...)`, `(x)`, `(x, *y)`, `(x for ...)`.
    #[inline(never)]
    fn paren(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        if matches!(self.peek(), Tok::RPar | Tok::Yield) {
            return self.paren_special(line);
        }
        let first = self.star_named_expr()?;
        if self.at(&Tok::Comma) || self.at_comp_for() {
            return self.paren_rest(line, first);
        }
        self.expect_closing(&Tok::RPar)?;
        if matches!(first.kind, ExprKind::Starred(_)) {
            let msg = "cannot use starred expression here";
            return Err(syntax_error(msg, first.line, 0));
        }
        Ok(first)
    }

    /// `()` and `(yield ...)`.
    #[inline(never)]
    fn paren_special(&mut self, line: u32) -> PResult<BExpr> {
        if self.eat(&Tok::RPar) {
            return Ok(node(line, ExprKind::Tuple(Vec::new())));
        }
        let e = self.yield_expr()?;
        self.expect_closing(&Tok::RPar)?;
        Ok(e)
    }

    /// A generator expression or tuple after its first element.
    #[inline(never)]
    fn paren_rest(&mut self, line: u32, first: BExpr) -> PResult<BExpr> {
        if self.at_comp_for() {
            let elt = self.comprehension_element(first)?;
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RPar)?;
            return Ok(node(line, ExprKind::GeneratorExp { elt, generators }));
        }
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RPar) {
                break;
            }
            elts.push(*self.star_named_expr()?);
        }
        self.expect_closing(&Tok::RPar)?;
        Ok(node(line, ExprKind::Tuple(elts)))
    }

    /// `[a, b for ...]`: a comprehension after the second element of a
    /// display.
    fn no_comprehension_here(&self, line: u32) -> PResult<()> {
        if self.at_comp_for() {
            let msg = "did you forget parentheses around the comprehension target?";
            return Err(syntax_error(msg, line, 0));
        }
        Ok(())
    }

    /// The element of a comprehension may not be starred.
    fn comprehension_element(&self, e: BExpr) -> PResult<BExpr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(syntax_error(msg, e.line, 0));
        }
        Ok(e)
    }

    #[inline(never)]
    fn list_display(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::RSqb) {
            return Ok(node(line, ExprKind::List(Vec::new())));
        }
        let first = self.star_named_expr()?;
        if self.at_comp_for() {
            let elt = self.comprehension_element(first)?;
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RSqb)?;
            return Ok(node(line, ExprKind::ListComp { elt, generators }));
        }
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(*self.star_named_expr()?);
            self.no_comprehension_here(line)?;
        }
        self.expect_closing(&Tok::RSqb)?;
        Ok(node(line, ExprKind::List(elts)))
    }

    /// Dict and set displays and comprehensions.
    #[inline(never)]
    fn brace_display(&mut self) -> PResult<BExpr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::RBrace) {
            let kind = ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            };
            return Ok(node(line, kind));
        }
        let (first_key, first_value) = if self.eat(&Tok::DoubleStar) {
            (None, self.bitor_expr()?)
        } else {
            let first = self.star_named_expr()?;
            if matches!(first.kind, ExprKind::Starred(_)) || !self.eat(&Tok::Colon) {
                return self.set_rest(line, first);
            }
            let value = self.dict_value()?;
            if self.at_comp_for() {
                let generators = self.comp_clauses()?;
                self.expect_closing(&Tok::RBrace)?;
                let kind = ExprKind::DictComp {
                    key: first,
                    value,
                    generators,
                };
                return Ok(node(line, kind));
            }
            (Some(first), value)
        };
        let mut keys = vec![first_key.map(|k| *k)];
        let mut values = vec![*first_value];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RBrace) {
                break;
            }
            if self.eat(&Tok::DoubleStar) {
                keys.push(None);
                values.push(*self.bitor_expr()?);
            } else {
                keys.push(Some(*self.test()?));
                self.expect(&Tok::Colon)?;
                values.push(*self.dict_value()?);
            }
        }
        self.expect_closing(&Tok::RBrace)?;
        Ok(node(line, ExprKind::Dict { keys, values }))
    }

    /// The value after `key:` in a dict display.
    #[inline(never)]
    fn dict_value(&mut self) -> PResult<BExpr> {
        if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
            return Err(self.error_here("expression expected after dictionary key and ':'"));
        }
        self.test()
    }

    #[inline(never)]
    fn set_rest(&mut self, line: u32, first: BExpr) -> PResult<BExpr> {
        if self.at_comp_for() {
            let elt = self.comprehension_element(first)?;
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RBrace)?;
            return Ok(node(line, ExprKind::SetComp { elt, generators }));
        }
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RBrace) {
                break;
            }
            elts.push(*self.star_named_expr()?);
            self.no_comprehension_here(line)?;
        }
        self.expect_closing(&Tok::RBrace)?;
        Ok(node(line, ExprKind::Set(elts)))
    }

    /// `for target in iter [if cond]...` clauses, one or more.
    #[inline(never)]
    pub(super) fn comp_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat(&Tok::Async);
            self.expect(&Tok::For)?;
            let target = self.target_list()?;
            check_store(&target, StoreCtx::Other)?;
            self.expect(&Tok::In)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat(&Tok::If) {
                ifs.push(*self.or_test()?);
            }
            generators.push(Comprehension {
                target: *target,
                iter: *iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// The targets of `for` (statement or comprehension): `a`, `a, *b`,
    /// `(a, b)`, `x.y`, ...; parsed above the comparison level so that `in`
    /// ends them.
    pub(super) fn target_list(&mut self) -> PResult<BExpr> {
        let item = |p: &mut Self| {
            if p.at(&Tok::Star) {
                p.starred()
            } else {
                p.bitor_expr()
            }
        };
        let first = item(self)?;
        if !self.at(&Tok::Comma) {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(*item(self)?);
        }
        Ok(node(line, ExprKind::Tuple(elts)))
    }

    /// Call arguments after the `(`, up to and including the `)`. A lone
    /// generator expression argument is allowed if `allow_genexp`.
    #[inline(never)]
    pub(super) fn call_args(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        // Seen `name=value` / seen `**mapping`.
        let mut seen_keyword = false;
        let mut seen_kw_unpack = false;
        while !self.at(&Tok::RPar) {
            let (line, col) = (self.line(), self.token().col);
            if self.at(&Tok::Star) {
                if seen_kw_unpack {
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    return Err(syntax_error(msg, line, col));
                }
                self.advance();
                let value = self.test()?;
                args.push(Expr::new(line, ExprKind::Starred(value)));
            } else if self.eat(&Tok::DoubleStar) {
                let value = self.test()?;
                keywords.push(Keyword {
                    arg: None,
                    value: *value,
                });
                seen_kw_unpack = true;
            } else if let (Tok::Name(name), Tok::Assign) = (self.peek(), self.peek_nth(1)) {
                let name = name.clone();
                self.advance();
                self.advance();
                if keywords.iter().any(|k| k.arg.as_ref() == Some(&name)) {
                    let msg = format!("keyword argument repeated: {}", name);
                    return Err(syntax_error(msg, line, col));
                }
                let value = self.test()?;
                keywords.push(Keyword {
                    arg: Some(name),
                    value: *value,
                });
                seen_keyword = true;
            } else {
                let e = self.named_expr()?;
                if self.at(&Tok::Assign) {
                    return Err(match e.kind {
                        ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
                            syntax_error(format!("cannot assign to {}", describe(&e)), line, col)
                        }
                        _ => syntax_error(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            line,
                            col,
                        ),
                    });
                }
                if self.at_comp_for() {
                    if !allow_genexp {
                        return Err(self.unexpected());
                    }
                    let generators = self.comp_clauses()?;
                    if !args.is_empty() || !keywords.is_empty() || !self.at(&Tok::RPar) {
                        let msg = "Generator expression must be parenthesized";
                        return Err(syntax_error(msg, line, col));
                    }
                    let kind = ExprKind::GeneratorExp { elt: e, generators };
                    args.push(Expr::new(line, kind));
                    continue;
                }
                if seen_kw_unpack {
                    let msg = "positional argument follows keyword argument unpacking";
                    return Err(syntax_error(msg, line, col));
                }
                if seen_keyword {
                    let msg = "positional argument follows keyword argument";
                    return Err(syntax_error(msg, line, col));
                }
                args.push(*e);
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect_closing(&Tok::RPar)?;
        Ok((args, keywords))
    }

    /// The inside of `[...]` after a primary.
    #[inline(never)]
    fn slices(&mut self) -> PResult<BExpr> {
        let first = self.slice_item()?;
        if !self.at(&Tok::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` means `a[(*b,)]`.
                return Ok(node(first.line, ExprKind::Tuple(vec![*first])));
            }
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![*first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(*self.slice_item()?);
        }
        Ok(node(line, ExprKind::Tuple(elts)))
    }

    fn slice_item(&mut self) -> PResult<BExpr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        let line = self.line();
        let lower = if self.at(&Tok::Colon) {
            None
        } else {
            Some(self.named_expr()?)
        };
        if !self.eat(&Tok::Colon) {
            // Not a slice: `lower` was parsed since the token was no colon.
            return lower.ok_or_else(|| self.unexpected());
        }
        let ends = |p: &Self| matches!(p.peek(), Tok::Colon | Tok::Comma | Tok::RSqb);
        let upper = if ends(self) { None } else { Some(self.test()?) };
        let mut step = None;
        if self.eat(&Tok::Colon) && !ends(self) {
            step = Some(self.test()?);
        }
        let kind = ExprKind::Slice { lower, upper, step };
        Ok(node(line, kind))
    }

    /// A parameter list, for `def` (up to `)`) or `lambda` (up to `:`, and
    /// without annotations). The closing token is not consumed.
    #[inline(never)]
    pub(super) fn params(&mut self, is_lambda: bool) -> PResult<Box<Arguments>> {
        let end = if is_lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        // Position of a bare `*`, which must be followed by named parameters.
        let mut bare_star = None;
        while !self.at(&end) {
            let (line, col) = (self.line(), self.token().col);
            let err = |msg: &str| Err(syntax_error(msg, line, col));
            if a.kwarg.is_some() {
                return err("arguments cannot follow var-keyword argument");
            }
            if self.eat(&Tok::Slash) {
                if seen_slash {
                    return err("/ may appear only once");
                }
                if seen_star {
                    return err("/ must be ahead of *");
                }
                if a.args.is_empty() {
                    return err("at least one argument must precede /");
                }
                seen_slash = true;
                a.posonlyargs = core::mem::take(&mut a.args);
            } else if self.eat(&Tok::Star) {
                if seen_star {
                    return err("* argument may appear only once");
                }
                seen_star = true;
                if self.at(&Tok::Comma) || self.at(&end) {
                    bare_star = Some((line, col));
                } else {
                    a.vararg = Some(self.param(is_lambda)?);
                }
            } else if self.eat(&Tok::DoubleStar) {
                a.kwarg = Some(self.param(is_lambda)?);
            } else {
                let arg = self.param(is_lambda)?;
                let default = if self.eat(&Tok::Assign) {
                    Some(self.test()?)
                } else {
                    None
                };
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default.map(|d| *d));
                } else {
                    match default {
                        Some(d) => a.defaults.push(*d),
                        None if !a.defaults.is_empty() => {
                            return err("non-default argument follows default argument");
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        if let Some((line, col)) = bare_star {
            if a.kwonlyargs.is_empty() {
                return Err(syntax_error(
                    "named arguments must follow bare *",
                    line,
                    col,
                ));
            }
        }
        check_duplicate_params(&a)?;
        Ok(Box::new(a))
    }

    fn param(&mut self, is_lambda: bool) -> PResult<Arg> {
        let line = self.line();
        let name = self.expect_name()?;
        let annotation = if !is_lambda && self.eat(&Tok::Colon) {
            Some(self.test()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation: annotation.map(|a| *a),
            line,
        })
    }
}

fn check_duplicate_params(a: &Arguments) -> PResult<()> {
    let mut seen = BTreeSet::new();
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs);
    for arg in all.chain(&a.kwarg) {
        if !seen.insert(arg.name.as_str()) {
            let msg = format!("duplicate argument '{}' in function definition", arg.name);
            return Err(syntax_error(msg, arg.line, 0));
        }
    }
    Ok(())
}
