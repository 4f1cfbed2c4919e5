//! Checks on the targets of assignments, `del`, `for`, `with ... as` and
//! augmented assignments, with CPython's messages.

use alloc::format;
use alloc::string::String;

use super::super::ast::{Constant, Expr, ExprKind, UnaryOp};
use super::{syntax_error, PResult};

/// What a target is used for, which decides the wording of errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StoreCtx {
    /// The single target of `target = value`: CPython suggests `==`.
    AssignHint,
    /// Other assignments (`for`, `with`, comprehensions, chained `=`).
    Other,
    Del,
}

/// How CPython names an expression in error messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether CPython adds "Maybe you meant '==' instead of '='?" when this
/// expression is assigned to (it does for operands of comparisons).
fn hint_applies(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
    )
}

/// Check that `e` can be assigned to (or deleted, for `StoreCtx::Del`).
pub(super) fn check_store(e: &Expr, ctx: StoreCtx) -> PResult<()> {
    let err = |msg: String| Err(syntax_error(msg, e.line, 0));
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => {
            if ctx == StoreCtx::Del {
                err("cannot delete __debug__".into())
            } else {
                err("cannot assign to __debug__".into())
            }
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let stars = elts
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 && ctx != StoreCtx::Del {
                return err("multiple starred expressions in assignment".into());
            }
            let inner = if ctx == StoreCtx::Del {
                ctx
            } else {
                StoreCtx::Other
            };
            for elt in elts {
                match &elt.kind {
                    ExprKind::Starred(value) if ctx != StoreCtx::Del => check_store(value, inner)?,
                    _ => check_store(elt, inner)?,
                }
            }
            Ok(())
        }
        ExprKind::Starred(_) if ctx == StoreCtx::Del => err("cannot delete starred".into()),
        ExprKind::Starred(_) => err("starred assignment target must be in a list or tuple".into()),
        _ if ctx == StoreCtx::Del => err(format!("cannot delete {}", describe(e))),
        _ if ctx == StoreCtx::AssignHint && hint_applies(e) => err(format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(e)
        )),
        _ => err(format!("cannot assign to {}", describe(e))),
    }
}

/// Check the target of an augmented assignment (`x += 1`).
pub(super) fn check_aug_store(e: &Expr) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => {
            Err(syntax_error("cannot assign to __debug__", e.line, 0))
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(syntax_error(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(e)
            ),
            e.line,
            0,
        )),
    }
}
