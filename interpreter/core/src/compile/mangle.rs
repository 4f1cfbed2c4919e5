//! Private name mangling: inside a class body, an identifier `__name` (not
//! ending in two underscores) becomes `_Class__name`, in names, attributes,
//! parameters, keyword arguments, definitions and imports, as CPython does.
//! Done on the AST before scope analysis, so everything downstream sees the
//! mangled names.

use super::ast::*;
use alloc::format;
use alloc::string::String;

/// Rewrite private names in every class of `body`.
pub fn mangle_module(body: &mut [Stmt]) {
    for s in body {
        stmt(s, None);
    }
}

fn mangled(name: &str, class: Option<&str>) -> Option<String> {
    let class = class?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{}{}", stripped, name))
}

fn ident(name: &mut Ident, class: Option<&str>) {
    if let Some(m) = mangled(name, class) {
        *name = m;
    }
}

fn stmts(body: &mut [Stmt], class: Option<&str>) {
    for s in body {
        stmt(s, class);
    }
}

fn arguments(a: &mut Arguments, class: Option<&str>) {
    for d in a.defaults.iter_mut() {
        expr(d, class);
    }
    for d in a.kw_defaults.iter_mut().flatten() {
        expr(d, class);
    }
    let all = a
        .posonlyargs
        .iter_mut()
        .chain(a.args.iter_mut())
        .chain(a.kwonlyargs.iter_mut());
    for arg in all.chain(a.vararg.iter_mut()).chain(a.kwarg.iter_mut()) {
        ident(&mut arg.name, class);
        if let Some(an) = &mut arg.annotation {
            expr(an, class);
        }
    }
}

fn stmt(s: &mut Stmt, class: Option<&str>) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            for d in f.decorators.iter_mut() {
                expr(d, class);
            }
            ident(&mut f.name, class);
            arguments(&mut f.args, class);
            if let Some(r) = &mut f.returns {
                expr(r, class);
            }
            stmts(&mut f.body, class);
        }
        StmtKind::ClassDef(c) => {
            for d in c.decorators.iter_mut() {
                expr(d, class);
            }
            for b in c.bases.iter_mut() {
                expr(b, class);
            }
            for k in c.keywords.iter_mut() {
                expr(&mut k.value, class);
            }
            ident(&mut c.name, class);
            // The body mangles with this class's own name.
            let own = c.name.clone();
            stmts(&mut c.body, Some(&own));
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        StmtKind::Delete(targets) => targets.iter_mut().for_each(|t| expr(t, class)),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| expr(t, class));
            expr(value, class);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, class);
            expr(value, class);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target, class);
            expr(annotation, class);
            if let Some(v) = value {
                expr(v, class);
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            expr(target, class);
            expr(iter, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::With { items, body, .. } => {
            for it in items.iter_mut() {
                expr(&mut it.context_expr, class);
                if let Some(v) = &mut it.optional_vars {
                    expr(v, class);
                }
            }
            stmts(body, class);
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                expr(e, class);
            }
            if let Some(c) = cause {
                expr(c, class);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, class);
            for h in handlers.iter_mut() {
                if let Some(t) = &mut h.typ {
                    expr(t, class);
                }
                if let Some(n) = &mut h.name {
                    ident(n, class);
                }
                stmts(&mut h.body, class);
            }
            stmts(orelse, class);
            stmts(finalbody, class);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, class);
            if let Some(m) = msg {
                expr(m, class);
            }
        }
        StmtKind::Import(names) => {
            for a in names.iter_mut() {
                match &mut a.asname {
                    Some(n) => ident(n, class),
                    // `import __x` binds a mangled name.
                    None => {
                        if let Some(m) = mangled(&a.name, class) {
                            a.asname = Some(m);
                        }
                    }
                }
            }
        }
        StmtKind::ImportFrom { names, .. } => {
            for a in names.iter_mut() {
                match &mut a.asname {
                    Some(n) => ident(n, class),
                    None => {
                        if let Some(m) = mangled(&a.name, class) {
                            a.asname = Some(m);
                        }
                    }
                }
            }
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            names.iter_mut().for_each(|n| ident(n, class))
        }
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
    }
}

fn comprehensions(gens: &mut [Comprehension], class: Option<&str>) {
    for g in gens {
        expr(&mut g.target, class);
        expr(&mut g.iter, class);
        g.ifs.iter_mut().for_each(|c| expr(c, class));
    }
}

fn expr(e: &mut Expr, class: Option<&str>) {
    if class.is_none() {
        // Outside classes nothing is mangled, and a class can't appear
        // inside an expression.
        return;
    }
    match &mut e.kind {
        ExprKind::Name(n) => ident(n, class),
        ExprKind::Constant(_) => {}
        ExprKind::JoinedStr(parts) => parts.iter_mut().for_each(|p| expr(p, class)),
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            expr(value, class);
            if let Some(s) = format_spec {
                expr(s, class);
            }
        }
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| expr(v, class)),
        ExprKind::NamedExpr { target, value } => {
            expr(target, class);
            expr(value, class);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, class);
            expr(right, class);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, class),
        ExprKind::Lambda { args, body } => {
            arguments(args, class);
            expr(body, class);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, class);
            expr(body, class);
            expr(orelse, class);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(|k| expr(k, class));
            values.iter_mut().for_each(|v| expr(v, class));
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter_mut().for_each(|i| expr(i, class))
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, class);
            comprehensions(generators, class);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key, class);
            expr(value, class);
            comprehensions(generators, class);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, class),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, class);
            comparators.iter_mut().for_each(|c| expr(c, class));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, class);
            args.iter_mut().for_each(|a| expr(a, class));
            for k in keywords.iter_mut() {
                if let Some(n) = &mut k.arg {
                    ident(n, class);
                }
                expr(&mut k.value, class);
            }
        }
        ExprKind::Attribute { value, attr } => {
            expr(value, class);
            ident(attr, class);
        }
        ExprKind::Subscript { value, slice } => {
            expr(value, class);
            expr(slice, class);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                expr(p, class);
            }
        }
    }
}

/// Whether any class in the module could need mangling (a cheap scan so
/// the rewrite is skipped for most modules).
pub fn has_class(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::ClassDef(_) => true,
        StmtKind::FunctionDef(f) => has_class(&f.body),
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_class(body) || has_class(orelse),
        StmtKind::With { body, .. } => has_class(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_class(body)
                || handlers.iter().any(|h| has_class(&h.body))
                || has_class(orelse)
                || has_class(finalbody)
        }
        _ => false,
    })
}
