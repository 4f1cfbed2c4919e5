//! Statements: the module level, blocks, compound and simple statements.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::super::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Stmt, StmtKind, WithItem,
};
use super::super::error::SyntaxError;
use super::super::token::Tok;
use super::target::{check_aug_store, check_store, describe, StoreCtx};
use super::{syntax_error, BExpr, PResult, Parser, MAX_CHAIN};

fn aug_op(tok: &Tok) -> Option<BinOp> {
    Some(match tok {
        Tok::PlusEq => BinOp::Add,
        Tok::MinusEq => BinOp::Sub,
        Tok::StarEq => BinOp::Mult,
        Tok::AtEq => BinOp::MatMult,
        Tok::SlashEq => BinOp::Div,
        Tok::PercentEq => BinOp::Mod,
        Tok::DoubleStarEq => BinOp::Pow,
        Tok::LShiftEq => BinOp::LShift,
        Tok::RShiftEq => BinOp::RShift,
        Tok::VBarEq => BinOp::BitOr,
        Tok::CircumflexEq => BinOp::BitXor,
        Tok::AmperEq => BinOp::BitAnd,
        Tok::DoubleSlashEq => BinOp::FloorDiv,
        _ => return None,
    })
}

impl Parser<'_> {
    /// A whole module.
    pub(super) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at(&Tok::EndOfFile) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// eval() input: an expression list, then only newlines.
    pub(super) fn eval_input(&mut self) -> PResult<BExpr> {
        let e = self.expressions()?;
        while self.eat(&Tok::Newline) {}
        if !self.at(&Tok::EndOfFile) {
            return Err(self.unexpected());
        }
        Ok(e)
    }

    /// One statement line: a compound statement, or simple statements
    /// separated by semicolons (each appended to `out`).
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.forget_consumed();
        let stmt = match self.peek() {
            Tok::If => self.if_stmt()?,
            Tok::While => self.while_stmt()?,
            Tok::For => self.for_stmt(self.line(), false)?,
            Tok::Try => self.try_stmt()?,
            Tok::With => self.with_stmt(self.line(), false)?,
            Tok::Def => self.funcdef(self.line(), Vec::new(), false)?,
            Tok::Class => self.classdef(Vec::new())?,
            Tok::At => self.decorated()?,
            Tok::Async => self.async_stmt(Vec::new())?,
            _ => return self.simple_stmts(out),
        };
        out.push(stmt);
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat(&Tok::Semi) || self.at(&Tok::Newline) {
                break;
            }
        }
        self.expect(&Tok::Newline)
    }

    /// The body of a compound statement, after its colon: an indented block
    /// or simple statements on the same line. `what` names the statement
    /// for the "expected an indented block" error.
    fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.eat(&Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        if !self.at(&Tok::Indent) {
            if let Tok::Error(_) = self.peek() {
                return Err(self.unexpected());
            }
            let msg = format!(
                "expected an indented block after {} on line {}",
                what, header_line
            );
            let t = self.token();
            return Err(Box::new(SyntaxError::indentation(msg, t.line, t.col)));
        }
        self.advance();
        self.enter()?;
        while !self.eat(&Tok::Dedent) {
            if let Err(e) = self.statement(&mut body) {
                self.leave();
                return Err(e);
            }
        }
        self.leave();
        Ok(body)
    }

    /// `:` and the block of a compound statement.
    fn colon_block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        if self.at(&Tok::Newline) {
            return Err(self.error_here("expected ':'"));
        }
        self.expect(&Tok::Colon)?;
        self.block(what, header_line)
    }

    #[inline(never)]
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let test = self.condition()?;
        let body = self.colon_block("'if' statement", line)?;
        // Collect the elif branches iteratively, then nest them from the end
        // (a long elif chain must not recurse in the parser).
        let mut branches = vec![(line, test, body)];
        let mut orelse = Vec::new();
        loop {
            let l = self.line();
            if self.eat(&Tok::Elif) {
                // Each elif nests one level deeper in the AST.
                if branches.len() as u32 >= MAX_CHAIN {
                    return Err(syntax_error("too many 'elif' branches", l, 1));
                }
                let test = self.condition()?;
                let body = self.colon_block("'elif' statement", l)?;
                branches.push((l, test, body));
            } else {
                if self.eat(&Tok::Else) {
                    orelse = self.colon_block("'else' statement", l)?;
                }
                break;
            }
        }
        while let Some((l, test, body)) = branches.pop() {
            let stmt = Stmt::new(
                l,
                StmtKind::If {
                    test: *test,
                    body,
                    orelse,
                },
            );
            if branches.is_empty() {
                return Ok(stmt);
            }
            orelse = vec![stmt];
        }
        Err(self.unexpected())
    }

    /// The condition of `if`, `elif` and `while`.
    fn condition(&mut self) -> PResult<BExpr> {
        let test = self.named_expr()?;
        if self.at(&Tok::Assign) {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_here(msg));
        }
        Ok(test)
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let line = self.line();
        if self.eat(&Tok::Else) {
            self.colon_block("'else' statement", line)
        } else {
            Ok(Vec::new())
        }
    }

    #[inline(never)]
    fn while_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let test = self.condition()?;
        let body = self.colon_block("'while' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            line,
            StmtKind::While {
                test: *test,
                body,
                orelse,
            },
        ))
    }

    #[inline(never)]
    /// `for` (the current token); `line` is that of `async` if any.
    fn for_stmt(&mut self, line: u32, is_async: bool) -> PResult<Stmt> {
        self.advance();
        let target = self.target_list()?;
        check_store(&target, StoreCtx::Other)?;
        self.expect(&Tok::In)?;
        let iter = self.star_expressions()?;
        let iter = self.no_bare_star(iter)?;
        let body = self.colon_block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            line,
            StmtKind::For {
                target: *target,
                iter: *iter,
                body,
                orelse,
                is_async,
            },
        ))
    }

    #[inline(never)]
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let body = self.colon_block("'try' statement", line)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at(&Tok::Except) {
            let l = self.line();
            if let Some(prev) = handlers.last() {
                if prev.typ.is_none() {
                    return Err(syntax_error("default 'except:' must be last", prev.line, 1));
                }
            }
            self.advance();
            let mut typ = None;
            let mut name = None;
            if !self.at(&Tok::Colon) {
                typ = Some(*self.test()?);
                if self.at(&Tok::Comma) {
                    return Err(self.error_here("multiple exception types must be parenthesized"));
                }
                if self.eat(&Tok::As) {
                    name = Some(self.expect_name()?);
                }
            }
            let body = self.colon_block("'except' statement", l)?;
            handlers.push(ExceptHandler {
                line: l,
                typ,
                name,
                body,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        let l = self.line();
        if self.eat(&Tok::Finally) {
            finalbody = self.colon_block("'finally' statement", l)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt::new(
            line,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        ))
    }

    #[inline(never)]
    /// `with` (the current token); `line` is that of `async` if any.
    fn with_stmt(&mut self, line: u32, is_async: bool) -> PResult<Stmt> {
        self.advance();
        let items = self.with_items()?;
        let body = self.colon_block("'with' statement", line)?;
        Ok(Stmt::new(
            line,
            StmtKind::With {
                items,
                body,
                is_async,
            },
        ))
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        if self.at(&Tok::LPar) {
            // `with (a as b, c):` — try the parenthesised form first and
            // fall back to an expression such as `(a, b).c` or `(x) as y`.
            let saved = (self.pos, self.depth, self.chain);
            if let Ok(items) = self.parenthesised_with_items() {
                if self.at(&Tok::Colon) {
                    return Ok(items);
                }
            }
            (self.pos, self.depth, self.chain) = saved;
        }
        let mut items = vec![self.with_item()?];
        while self.eat(&Tok::Comma) {
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn parenthesised_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.advance();
        let mut items = Vec::new();
        while !self.at(&Tok::RPar) {
            items.push(self.with_item()?);
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect(&Tok::RPar)?;
        if items.is_empty() {
            return Err(self.unexpected());
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.test()?;
        let mut optional_vars = None;
        if self.eat(&Tok::As) {
            let target = self.bitor_expr()?;
            check_store(&target, StoreCtx::Other)?;
            optional_vars = Some(*target);
        }
        Ok(WithItem {
            context_expr: *context_expr,
            optional_vars,
        })
    }

    #[inline(never)]
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(&Tok::At) {
            decorators.push(*self.named_expr()?);
            self.expect(&Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.funcdef(self.line(), decorators, false),
            Tok::Class => self.classdef(decorators),
            Tok::Async if *self.peek_nth(1) == Tok::Def => self.async_stmt(decorators),
            _ => Err(self.unexpected()),
        }
    }

    #[inline(never)]
    fn async_stmt(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        match self.peek() {
            Tok::Def => self.funcdef(line, decorators, true),
            Tok::For if decorators.is_empty() => self.for_stmt(line, true),
            Tok::With if decorators.is_empty() => self.with_stmt(line, true),
            _ => Err(self.unexpected()),
        }
    }

    #[inline(never)]
    /// `def` (the current token); `line` is that of `async` if any.
    fn funcdef(&mut self, line: u32, decorators: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        self.advance();
        let name = self.expect_name()?;
        if !self.eat(&Tok::LPar) {
            return Err(self.error_here("expected '('"));
        }
        let args = self.params(false)?;
        self.expect(&Tok::RPar)?;
        let returns = if self.eat(&Tok::Arrow) {
            Some(self.test()?)
        } else {
            None
        };
        let body = self.colon_block("function definition", line)?;
        let returns = returns.map(|r| *r);
        let def = FunctionDef {
            name,
            args: *args,
            body,
            decorators,
            returns,
            is_async,
        };
        Ok(Stmt::new(line, StmtKind::FunctionDef(Box::new(def))))
    }

    #[inline(never)]
    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let name = self.expect_name()?;
        let (bases, keywords) = if self.eat(&Tok::LPar) {
            self.call_args(false)?
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.colon_block("class definition", line)?;
        let def = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(Stmt::new(line, StmtKind::ClassDef(Box::new(def))))
    }

    #[inline(never)]
    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let kind = match self.peek() {
            Tok::Pass => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Break => {
                self.advance();
                StmtKind::Break
            }
            Tok::Continue => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Return => {
                self.advance();
                let value = if self.starts_expr() {
                    let e = self.star_expressions()?;
                    Some(self.no_bare_star(e)?)
                } else {
                    None
                };
                StmtKind::Return(value.map(|v| *v))
            }
            Tok::Raise => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expr() {
                    exc = Some(self.test()?);
                    if self.eat(&Tok::From) {
                        cause = Some(self.test()?);
                    }
                }
                StmtKind::Raise {
                    exc: exc.map(|e| *e),
                    cause: cause.map(|c| *c),
                }
            }
            Tok::Global => {
                self.advance();
                StmtKind::Global(self.name_list()?)
            }
            Tok::Nonlocal => {
                self.advance();
                StmtKind::Nonlocal(self.name_list()?)
            }
            Tok::Del => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let t = self.star_or_test()?;
                    check_store(&t, StoreCtx::Del)?;
                    targets.push(*t);
                    if !self.eat(&Tok::Comma) || !self.starts_expr() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Assert => {
                self.advance();
                let test = self.test()?;
                let msg = if self.eat(&Tok::Comma) {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert {
                    test: *test,
                    msg: msg.map(|m| *m),
                }
            }
            Tok::Import => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let name = self.dotted_name()?;
                    let asname = if self.eat(&Tok::As) {
                        Some(self.expect_name()?)
                    } else {
                        None
                    };
                    names.push(Alias { name, asname });
                    if !self.eat(&Tok::Comma) {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Tok::From => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt::new(line, kind))
    }

    fn name_list(&mut self) -> PResult<Vec<String>> {
        let mut names = vec![self.expect_name()?];
        while self.eat(&Tok::Comma) {
            names.push(self.expect_name()?);
        }
        Ok(names)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat(&Tok::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?);
        }
        Ok(name)
    }

    #[inline(never)]
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level: u32 = 0;
        loop {
            if self.eat(&Tok::Dot) {
                level = level.saturating_add(1);
            } else if self.eat(&Tok::Ellipsis) {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if level == 0 || matches!(self.peek(), Tok::Name(_)) {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(&Tok::Import)?;
        let mut names = Vec::new();
        if self.eat(&Tok::Star) {
            names.push(Alias {
                name: String::from("*"),
                asname: None,
            });
        } else {
            let parenthesised = self.eat(&Tok::LPar);
            loop {
                let name = self.expect_name()?;
                let asname = if self.eat(&Tok::As) {
                    Some(self.expect_name()?)
                } else {
                    None
                };
                names.push(Alias { name, asname });
                if !self.eat(&Tok::Comma) {
                    break;
                }
                if parenthesised && self.at(&Tok::RPar) {
                    break;
                }
                if !parenthesised && matches!(self.peek(), Tok::Newline | Tok::Semi) {
                    let msg = "trailing comma not allowed without surrounding parentheses";
                    return Err(self.error_here(msg));
                }
            }
            if parenthesised {
                self.expect(&Tok::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    #[inline(never)]
    /// Expression statements and all kinds of assignment.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let parenthesised = self.at(&Tok::LPar);
        let first = if self.at(&Tok::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.eat(&Tok::Colon) {
            return self.ann_assign(line, first, parenthesised);
        }
        if self.at(&Tok::Walrus) {
            let what = match first.kind {
                ExprKind::Name(_) if parenthesised => "name",
                ExprKind::Name(_) => return Err(self.unexpected()),
                _ => describe(&first),
            };
            let msg = format!("cannot use assignment expressions with {}", what);
            return Err(syntax_error(msg, line, 0));
        }
        if let Some(op) = aug_op(self.peek()) {
            check_aug_store(&first)?;
            self.advance();
            let value = self.assigned_value()?;
            return Ok(Stmt::new(
                line,
                StmtKind::AugAssign {
                    target: *first,
                    op,
                    value: *value,
                },
            ));
        }
        if !self.at(&Tok::Assign) {
            let value = self.no_bare_star(first)?;
            return Ok(Stmt::new(line, StmtKind::Expr(*value)));
        }
        let mut exprs = vec![first];
        while self.eat(&Tok::Assign) {
            if self.at(&Tok::Yield) {
                exprs.push(self.yield_expr()?);
                if self.at(&Tok::Assign) {
                    return Err(self.error_here("assignment to yield expression not possible"));
                }
            } else {
                exprs.push(self.star_expressions()?);
            }
        }
        let value = match exprs.pop() {
            Some(v) => self.no_bare_star(v)?,
            None => return Err(self.unexpected()),
        };
        let ctx = if exprs.len() == 1 {
            StoreCtx::AssignHint
        } else {
            StoreCtx::Other
        };
        for target in &exprs {
            check_store(target, ctx)?;
        }
        let targets = exprs.into_iter().map(|t| *t).collect();
        Ok(Stmt::new(
            line,
            StmtKind::Assign {
                targets,
                value: *value,
            },
        ))
    }

    fn ann_assign(&mut self, line: u32, target: BExpr, parenthesised: bool) -> PResult<Stmt> {
        let simple = match &target.kind {
            ExprKind::Name(_) => !parenthesised,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            kind => {
                let msg = match kind {
                    ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
                    ExprKind::List(_) => "only single target (not list) can be annotated",
                    _ => "illegal target for annotation",
                };
                return Err(syntax_error(msg, target.line, 0));
            }
        };
        check_store(&target, StoreCtx::Other)?;
        let annotation = self.test()?;
        let value = if self.eat(&Tok::Assign) {
            Some(self.assigned_value()?)
        } else {
            None
        };
        let (target, annotation, value) = (*target, *annotation, value.map(|v| *v));
        Ok(Stmt::new(
            line,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            },
        ))
    }
}
