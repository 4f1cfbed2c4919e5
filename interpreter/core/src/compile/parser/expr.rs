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
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword,
    UnaryOp,
};
use super::super::error::SyntaxError;
use super::super::token::Tok;
use super::target::{check_store, describe, StoreCtx};
use super::{PResult, Parser};

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

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser {
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
    pub(super) fn test(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Lambda) {
            return self.lambda();
        }
        let body = self.binary(P_OR)?;
        if !self.at(&Tok::If) {
            return Ok(body);
        }
        self.advance();
        let test = self.binary(P_OR)?;
        if !self.eat(&Tok::Else) {
            return Err(self.error_here("expected 'else' after 'if' expression"));
        }
        let orelse = self.test()?;
        let line = body.line;
        let kind = ExprKind::IfExp { test: boxed(test), body: boxed(body), orelse: boxed(orelse) };
        Ok(Expr::new(line, kind))
    }

    /// `or_test`, the level of comprehension iterables and conditions.
    pub(super) fn or_test(&mut self) -> PResult<Expr> {
        self.binary(P_OR)
    }

    /// The level of `*x` operands and of `for` / `with ... as` targets.
    pub(super) fn bitor_expr(&mut self) -> PResult<Expr> {
        self.binary(P_BITOR)
    }

    /// `NAME := test` or `test`.
    pub(super) fn named_expr(&mut self) -> PResult<Expr> {
        if let (Tok::Name(name), Tok::Walrus) = (self.peek(), self.peek_nth(1)) {
            let name = name.clone();
            let line = self.line();
            self.advance();
            self.advance();
            let value = self.test()?;
            let target = boxed(Expr::new(line, ExprKind::Name(name)));
            return Ok(Expr::new(line, ExprKind::NamedExpr { target, value: boxed(value) }));
        }
        let (line, col) = (self.line(), self.token().col);
        let parenthesised = self.at(&Tok::LPar);
        let e = self.test()?;
        if self.at(&Tok::Walrus) {
            let what = if parenthesised && matches!(e.kind, ExprKind::Name(_)) {
                "name"
            } else {
                describe(&e)
            };
            let msg = format!("cannot use assignment expressions with {}", what);
            return Err(SyntaxError::new(msg, line, col));
        }
        Ok(e)
    }

    /// `*x` (a Starred) or a named expression: the elements of displays.
    pub(super) fn star_named_expr(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.named_expr()
    }

    fn starred(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        let value = self.bitor_expr()?;
        Ok(Expr::new(line, ExprKind::Starred(boxed(value))))
    }

    /// `*x` or a test: the elements of unparenthesised tuples.
    pub(super) fn star_or_test(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        self.test()
    }

    /// `a, *b, c` (or a single element without a comma): the right-hand side
    /// of assignments, `return`, `for ... in`, expression statements. A bare
    /// Starred is returned as is; callers reject it where it is invalid.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        self.comma_list(Self::star_or_test)
    }

    /// `a, b, c` without starred items: eval() input.
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        self.comma_list(Self::test)
    }

    /// One or more `item`s separated by commas, with an optional trailing
    /// comma; a Tuple unless it is a single item without a comma.
    fn comma_list(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let first = item(self)?;
        if !self.at(&Tok::Comma) {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    /// A value that must not be a bare `*x`.
    pub(super) fn no_bare_star(&self, e: Expr) -> PResult<Expr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(SyntaxError::new("can't use starred expression here", e.line, 0));
        }
        Ok(e)
    }

    /// `yield`, `yield x, *y` or `yield from x`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::From) {
            let value = self.test()?;
            return Ok(Expr::new(line, ExprKind::YieldFrom(boxed(value))));
        }
        if !self.starts_expr() {
            return Ok(Expr::new(line, ExprKind::Yield(None)));
        }
        let value = self.star_expressions()?;
        let value = self.no_bare_star(value)?;
        Ok(Expr::new(line, ExprKind::Yield(Some(boxed(value)))))
    }

    /// A yield expression or star_expressions: the right-hand side of an
    /// assignment.
    pub(super) fn assigned_value(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Yield) {
            return self.yield_expr();
        }
        let e = self.star_expressions()?;
        self.no_bare_star(e)
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        let result = self.lambda_rest(line);
        self.leave();
        result
    }

    fn lambda_rest(&mut self, line: u32) -> PResult<Expr> {
        let args = self.params(true)?;
        self.expect(&Tok::Colon)?;
        let body = self.test()?;
        Ok(Expr::new(line, ExprKind::Lambda { args: Box::new(args), body: boxed(body) }))
    }

    /// Operators from `or` down to `*` / `@`, by precedence climbing:
    /// parses an expression whose operators all bind at least as tightly as
    /// `min`.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        self.enter()?;
        let chain = self.chain;
        let result = self.binary_inner(min);
        self.chain = chain;
        self.leave();
        result
    }

    fn binary_inner(&mut self, min: u8) -> PResult<Expr> {
        let mut left = if min <= P_NOT && self.at(&Tok::Not) {
            let line = self.line();
            self.advance();
            let operand = self.binary(P_NOT)?;
            Expr::new(line, ExprKind::UnaryOp { op: UnaryOp::Not, operand: boxed(operand) })
        } else {
            self.factor()?
        };
        while let Some((prec, kind)) = infix(self.peek(), self.peek_nth(1)) {
            if prec < min {
                break;
            }
            let line = left.line;
            left = match kind {
                Infix::Bool(op) => {
                    let tok = if op == BoolOp::Or { Tok::Or } else { Tok::And };
                    let mut values = vec![left];
                    while self.eat(&tok) {
                        values.push(self.binary(prec + 1)?);
                    }
                    Expr::new(line, ExprKind::BoolOp { op, values })
                }
                Infix::Cmp => {
                    let mut ops = Vec::new();
                    let mut comparators = Vec::new();
                    while let Some(op) = self.comparison_op() {
                        ops.push(op);
                        comparators.push(self.binary(P_BITOR)?);
                    }
                    let left = boxed(left);
                    Expr::new(line, ExprKind::Compare { left, ops, comparators })
                }
                Infix::Bin(op) => {
                    self.advance();
                    let right = self.binary(prec + 1)?;
                    self.chain_link()?;
                    Expr::new(line, ExprKind::BinOp { left: boxed(left), op, right: boxed(right) })
                }
            };
        }
        Ok(left)
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
    fn factor(&mut self) -> PResult<Expr> {
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
        Ok(Expr::new(line, ExprKind::UnaryOp { op, operand: boxed(operand?) }))
    }

    /// `[await] primary ['**' factor]`: `**` binds tighter than a unary
    /// operator on its left and looser than one on its right (`-2**-1`).
    fn power(&mut self) -> PResult<Expr> {
        let base = if self.at(&Tok::Await) {
            let line = self.line();
            self.advance();
            let value = self.primary()?;
            Expr::new(line, ExprKind::Await(boxed(value)))
        } else {
            self.primary()?
        };
        if !self.eat(&Tok::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let exponent = self.factor();
        self.leave();
        let (line, left, right) = (base.line, boxed(base), boxed(exponent?));
        Ok(Expr::new(line, ExprKind::BinOp { left, op: BinOp::Pow, right }))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[slices]`.
    fn primary(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        loop {
            let line = e.line;
            let kind = match self.peek() {
                Tok::Dot => {
                    self.advance();
                    let attr = self.expect_name()?;
                    ExprKind::Attribute { value: boxed(e), attr }
                }
                Tok::LPar => {
                    self.advance();
                    let (args, keywords) = self.call_args(true)?;
                    ExprKind::Call { func: boxed(e), args, keywords }
                }
                Tok::LSqb => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect_closing(&Tok::RSqb)?;
                    ExprKind::Subscript { value: boxed(e), slice: boxed(slice) }
                }
                _ => return Ok(e),
            };
            self.chain_link()?;
            e = Expr::new(line, kind);
        }
    }

    fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let constant = match self.peek() {
            Tok::Name(n) => {
                let kind = ExprKind::Name(n.clone());
                self.advance();
                return Ok(Expr::new(line, kind));
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
        Ok(Expr::new(line, ExprKind::Constant(constant)))
    }

    /// `()`, `(yield ...)`, `(x)`, `(x, *y)`, `(x for ...)`.
    fn paren(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::RPar) {
            return Ok(Expr::new(line, ExprKind::Tuple(Vec::new())));
        }
        if self.at(&Tok::Yield) {
            let e = self.yield_expr()?;
            self.expect_closing(&Tok::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expr()?;
        if self.at_comp_for() {
            let elt = boxed(self.comprehension_element(first)?);
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RPar)?;
            return Ok(Expr::new(line, ExprKind::GeneratorExp { elt, generators }));
        }
        if !self.at(&Tok::Comma) {
            self.expect_closing(&Tok::RPar)?;
            if matches!(first.kind, ExprKind::Starred(_)) {
                let msg = "cannot use starred expression here";
                return Err(SyntaxError::new(msg, first.line, 0));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RPar) {
                break;
            }
            elts.push(self.star_named_expr()?);
        }
        self.expect_closing(&Tok::RPar)?;
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    /// The element of a comprehension may not be starred.
    fn comprehension_element(&self, e: Expr) -> PResult<Expr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(SyntaxError::new(msg, e.line, 0));
        }
        Ok(e)
    }

    fn list_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::RSqb) {
            return Ok(Expr::new(line, ExprKind::List(Vec::new())));
        }
        let first = self.star_named_expr()?;
        if self.at_comp_for() {
            let elt = boxed(self.comprehension_element(first)?);
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RSqb)?;
            return Ok(Expr::new(line, ExprKind::ListComp { elt, generators }));
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(self.star_named_expr()?);
        }
        self.expect_closing(&Tok::RSqb)?;
        Ok(Expr::new(line, ExprKind::List(elts)))
    }

    /// Dict and set displays and comprehensions.
    fn brace_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat(&Tok::RBrace) {
            let kind = ExprKind::Dict { keys: Vec::new(), values: Vec::new() };
            return Ok(Expr::new(line, kind));
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
                let kind =
                    ExprKind::DictComp { key: boxed(first), value: boxed(value), generators };
                return Ok(Expr::new(line, kind));
            }
            (Some(first), value)
        };
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RBrace) {
                break;
            }
            if self.eat(&Tok::DoubleStar) {
                keys.push(None);
                values.push(self.bitor_expr()?);
            } else {
                keys.push(Some(self.test()?));
                self.expect(&Tok::Colon)?;
                values.push(self.dict_value()?);
            }
        }
        self.expect_closing(&Tok::RBrace)?;
        Ok(Expr::new(line, ExprKind::Dict { keys, values }))
    }

    /// The value after `key:` in a dict display.
    fn dict_value(&mut self) -> PResult<Expr> {
        if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
            return Err(self.error_here("expression expected after dictionary key and ':'"));
        }
        self.test()
    }

    fn set_rest(&mut self, line: u32, first: Expr) -> PResult<Expr> {
        if self.at_comp_for() {
            let elt = boxed(self.comprehension_element(first)?);
            let generators = self.comp_clauses()?;
            self.expect_closing(&Tok::RBrace)?;
            return Ok(Expr::new(line, ExprKind::SetComp { elt, generators }));
        }
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RBrace) {
                break;
            }
            elts.push(self.star_named_expr()?);
        }
        self.expect_closing(&Tok::RBrace)?;
        Ok(Expr::new(line, ExprKind::Set(elts)))
    }

    /// `for target in iter [if cond]...` clauses, one or more.
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
                ifs.push(self.or_test()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// The targets of `for` (statement or comprehension): `a`, `a, *b`,
    /// `(a, b)`, `x.y`, ...; parsed above the comparison level so that `in`
    /// ends them.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let item = |p: &mut Self| if p.at(&Tok::Star) { p.starred() } else { p.bitor_expr() };
        let first = item(self)?;
        if !self.at(&Tok::Comma) {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    /// Call arguments after the `(`, up to and including the `)`. A lone
    /// generator expression argument is allowed if `allow_genexp`.
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
                    return Err(SyntaxError::new(msg, line, col));
                }
                self.advance();
                let value = self.test()?;
                args.push(Expr::new(line, ExprKind::Starred(boxed(value))));
            } else if self.eat(&Tok::DoubleStar) {
                let value = self.test()?;
                keywords.push(Keyword { arg: None, value });
                seen_kw_unpack = true;
            } else if let (Tok::Name(name), Tok::Assign) = (self.peek(), self.peek_nth(1)) {
                let name = name.clone();
                self.advance();
                self.advance();
                if keywords.iter().any(|k| k.arg.as_ref() == Some(&name)) {
                    let msg = format!("keyword argument repeated: {}", name);
                    return Err(SyntaxError::new(msg, line, col));
                }
                let value = self.test()?;
                keywords.push(Keyword { arg: Some(name), value });
                seen_keyword = true;
            } else {
                let e = self.named_expr()?;
                if self.at(&Tok::Assign) {
                    return Err(match e.kind {
                        ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
                            SyntaxError::new(format!("cannot assign to {}", describe(&e)), line, col)
                        }
                        _ => SyntaxError::new(
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
                        return Err(SyntaxError::new(msg, line, col));
                    }
                    let kind = ExprKind::GeneratorExp { elt: boxed(e), generators };
                    args.push(Expr::new(line, kind));
                    continue;
                }
                if seen_kw_unpack {
                    let msg = "positional argument follows keyword argument unpacking";
                    return Err(SyntaxError::new(msg, line, col));
                }
                if seen_keyword {
                    let msg = "positional argument follows keyword argument";
                    return Err(SyntaxError::new(msg, line, col));
                }
                args.push(e);
            }
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect_closing(&Tok::RPar)?;
        Ok((args, keywords))
    }

    /// The inside of `[...]` after a primary.
    fn slices(&mut self) -> PResult<Expr> {
        let first = self.slice_item()?;
        if !self.at(&Tok::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` means `a[(*b,)]`.
                return Ok(Expr::new(first.line, ExprKind::Tuple(vec![first])));
            }
            return Ok(first);
        }
        let line = first.line;
        let mut elts = vec![first];
        while self.eat(&Tok::Comma) {
            if self.at(&Tok::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Expr::new(line, ExprKind::Tuple(elts)))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at(&Tok::Star) {
            return self.starred();
        }
        let line = self.line();
        let lower = if self.at(&Tok::Colon) { None } else { Some(self.named_expr()?) };
        if !self.eat(&Tok::Colon) {
            // Not a slice: `lower` was parsed since the token was no colon.
            return lower.ok_or_else(|| self.unexpected());
        }
        let ends = |p: &Self| matches!(p.peek(), Tok::Colon | Tok::Comma | Tok::RSqb);
        let upper = if ends(self) { None } else { Some(boxed(self.test()?)) };
        let mut step = None;
        if self.eat(&Tok::Colon) && !ends(self) {
            step = Some(boxed(self.test()?));
        }
        let kind = ExprKind::Slice { lower: lower.map(boxed), upper, step };
        Ok(Expr::new(line, kind))
    }

    /// A parameter list, for `def` (up to `)`) or `lambda` (up to `:`, and
    /// without annotations). The closing token is not consumed.
    pub(super) fn params(&mut self, is_lambda: bool) -> PResult<Arguments> {
        let end = if is_lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        // Position of a bare `*`, which must be followed by named parameters.
        let mut bare_star = None;
        while !self.at(&end) {
            let (line, col) = (self.line(), self.token().col);
            let err = |msg: &str| Err(SyntaxError::new(msg, line, col));
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
                let default = if self.eat(&Tok::Assign) { Some(self.test()?) } else { None };
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
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
                return Err(SyntaxError::new("named arguments must follow bare *", line, col));
            }
        }
        check_duplicate_params(&a)?;
        Ok(a)
    }

    fn param(&mut self, is_lambda: bool) -> PResult<Arg> {
        let line = self.line();
        let name = self.expect_name()?;
        let annotation = if !is_lambda && self.eat(&Tok::Colon) { Some(self.test()?) } else { None };
        Ok(Arg { name, annotation, line })
    }
}

fn check_duplicate_params(a: &Arguments) -> PResult<()> {
    let mut seen = BTreeSet::new();
    let all = a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs);
    for arg in all.chain(&a.kwarg) {
        if !seen.insert(arg.name.as_str()) {
            let msg = format!("duplicate argument '{}' in function definition", arg.name);
            return Err(SyntaxError::new(msg, arg.line, 0));
        }
    }
    Ok(())
}
