//! A compact, deterministic rendering of the AST for tests. It mirrors
//! CPython's `ast.dump` (node names and field order) without contexts and
//! positions, so expectations can be produced by CPython itself with
//! `testdata/cpython_dump.py`.

use alloc::format;
use alloc::string::String;

use super::super::ast::*;

pub fn dump_module(body: &[Stmt]) -> String {
    let mut out = String::new();
    stmts(&mut out, body);
    out
}

pub fn dump_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e);
    out
}

fn list<T>(out: &mut String, items: &[T], f: fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        f(out, item);
    }
    out.push(']');
}

fn opt<T>(out: &mut String, item: &Option<T>, f: fn(&mut String, &T)) {
    match item {
        Some(x) => f(out, x),
        None => out.push('_'),
    }
}

fn boxed(out: &mut String, e: &alloc::boxed::Box<Expr>) {
    expr(out, e);
}

fn stmts(out: &mut String, body: &[Stmt]) {
    list(out, body, stmt);
}

fn exprs(out: &mut String, items: &[Expr]) {
    list(out, items, expr);
}

// Used with `opt` and `list`, whose item type is `String` here.
#[allow(clippy::ptr_arg)]
fn ident(out: &mut String, s: &String) {
    out.push_str(s);
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float(v: f64) -> String {
    if v.is_nan() {
        String::from("nan")
    } else if v.is_infinite() {
        String::from(if v > 0.0 { "inf" } else { "-inf" })
    } else {
        format!("{:e}", v)
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(v) => out.push_str(&format!("{}", v)),
        Constant::BigInt(v) => out.push_str(&format!("{}", v)),
        Constant::Float(v) => out.push_str(&float(*v)),
        Constant::Imag(v) => {
            out.push_str(&float(*v));
            out.push('j');
        }
        Constant::Str(s) => string(out, s),
        Constant::Bytes(b) => {
            out.push_str("b\"");
            for &x in b {
                if x == b'"' || x == b'\\' {
                    out.push('\\');
                    out.push(x as char);
                } else if (0x20..0x7f).contains(&x) {
                    out.push(x as char);
                } else {
                    out.push_str(&format!("\\x{:02x}", x));
                }
            }
            out.push('"');
        }
    }
}

fn arg(out: &mut String, a: &Arg) {
    out.push_str("arg(");
    out.push_str(&a.name);
    out.push_str(", ");
    opt(out, &a.annotation, expr);
    out.push(')');
}

fn arguments(out: &mut String, a: &Arguments) {
    out.push_str("arguments(");
    list(out, &a.posonlyargs, arg);
    out.push_str(", ");
    list(out, &a.args, arg);
    out.push_str(", ");
    opt(out, &a.vararg, arg);
    out.push_str(", ");
    list(out, &a.kwonlyargs, arg);
    out.push_str(", ");
    list(out, &a.kw_defaults, |out, d| opt(out, d, expr));
    out.push_str(", ");
    opt(out, &a.kwarg, arg);
    out.push_str(", ");
    exprs(out, &a.defaults);
    out.push(')');
}

fn keyword(out: &mut String, k: &Keyword) {
    out.push_str("keyword(");
    opt(out, &k.arg, ident);
    out.push_str(", ");
    expr(out, &k.value);
    out.push(')');
}

fn comprehension(out: &mut String, c: &Comprehension) {
    out.push_str("comprehension(");
    expr(out, &c.target);
    out.push_str(", ");
    expr(out, &c.iter);
    out.push_str(", ");
    exprs(out, &c.ifs);
    out.push_str(if c.is_async { ", 1)" } else { ", 0)" });
}

/// `Name(a, b, ...)` where each part is written by a closure.
macro_rules! node {
    ($out:expr, $name:expr $(, $part:expr)*) => {{
        $out.push_str($name);
        $out.push('(');
        let mut _first = true;
        $(
            if !_first { $out.push_str(", "); }
            _first = false;
            $part;
        )*
        $out.push(')');
    }};
}

fn expr(out: &mut String, e: &Expr) {
    use ExprKind as K;
    match &e.kind {
        K::Name(n) => node!(out, "Name", out.push_str(n)),
        K::Constant(c) => node!(out, "Constant", constant(out, c)),
        K::JoinedStr(v) => node!(out, "JoinedStr", exprs(out, v)),
        K::FormattedValue {
            value,
            conversion,
            format_spec,
        } => node!(
            out,
            "FormattedValue",
            expr(out, value),
            match conversion {
                Some(c) => out.push(*c),
                None => out.push_str("-1"),
            },
            opt(out, format_spec, boxed)
        ),
        K::BoolOp { op, values } => {
            node!(
                out,
                "BoolOp",
                out.push_str(&format!("{:?}", op)),
                exprs(out, values)
            )
        }
        K::NamedExpr { target, value } => {
            node!(out, "NamedExpr", expr(out, target), expr(out, value))
        }
        K::BinOp { left, op, right } => node!(
            out,
            "BinOp",
            expr(out, left),
            out.push_str(&format!("{:?}", op)),
            expr(out, right)
        ),
        K::UnaryOp { op, operand } => {
            node!(
                out,
                "UnaryOp",
                out.push_str(&format!("{:?}", op)),
                expr(out, operand)
            )
        }
        K::Lambda { args, body } => node!(out, "Lambda", arguments(out, args), expr(out, body)),
        K::IfExp { test, body, orelse } => {
            node!(
                out,
                "IfExp",
                expr(out, test),
                expr(out, body),
                expr(out, orelse)
            )
        }
        K::Dict { keys, values } => node!(
            out,
            "Dict",
            list(out, keys, |out, k| opt(out, k, expr)),
            exprs(out, values)
        ),
        K::Set(v) => node!(out, "Set", exprs(out, v)),
        K::ListComp { elt, generators } => {
            node!(
                out,
                "ListComp",
                expr(out, elt),
                list(out, generators, comprehension)
            )
        }
        K::SetComp { elt, generators } => {
            node!(
                out,
                "SetComp",
                expr(out, elt),
                list(out, generators, comprehension)
            )
        }
        K::DictComp {
            key,
            value,
            generators,
        } => node!(
            out,
            "DictComp",
            expr(out, key),
            expr(out, value),
            list(out, generators, comprehension)
        ),
        K::GeneratorExp { elt, generators } => {
            node!(
                out,
                "GeneratorExp",
                expr(out, elt),
                list(out, generators, comprehension)
            )
        }
        K::Await(v) => node!(out, "Await", expr(out, v)),
        K::Yield(v) => node!(out, "Yield", opt(out, v, boxed)),
        K::YieldFrom(v) => node!(out, "YieldFrom", expr(out, v)),
        K::Compare {
            left,
            ops,
            comparators,
        } => node!(
            out,
            "Compare",
            expr(out, left),
            list(out, ops, |out, op| out.push_str(&format!("{:?}", op))),
            exprs(out, comparators)
        ),
        K::Call {
            func,
            args,
            keywords,
        } => node!(
            out,
            "Call",
            expr(out, func),
            exprs(out, args),
            list(out, keywords, keyword)
        ),
        K::Attribute { value, attr } => {
            node!(out, "Attribute", expr(out, value), out.push_str(attr))
        }
        K::Subscript { value, slice } => {
            node!(out, "Subscript", expr(out, value), expr(out, slice))
        }
        K::Starred(v) => node!(out, "Starred", expr(out, v)),
        K::List(v) => node!(out, "List", exprs(out, v)),
        K::Tuple(v) => node!(out, "Tuple", exprs(out, v)),
        K::Slice { lower, upper, step } => node!(
            out,
            "Slice",
            opt(out, lower, boxed),
            opt(out, upper, boxed),
            opt(out, step, boxed)
        ),
    }
}

fn alias(out: &mut String, a: &Alias) {
    node!(
        out,
        "alias",
        out.push_str(&a.name),
        opt(out, &a.asname, ident)
    );
}

fn withitem(out: &mut String, w: &WithItem) {
    node!(
        out,
        "withitem",
        expr(out, &w.context_expr),
        opt(out, &w.optional_vars, expr)
    );
}

fn handler(out: &mut String, h: &ExceptHandler) {
    node!(
        out,
        "ExceptHandler",
        opt(out, &h.typ, expr),
        opt(out, &h.name, ident),
        stmts(out, &h.body)
    );
}

fn stmt(out: &mut String, s: &Stmt) {
    use StmtKind as S;
    match &s.kind {
        S::FunctionDef(f) => node!(
            out,
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            out.push_str(&f.name),
            arguments(out, &f.args),
            stmts(out, &f.body),
            exprs(out, &f.decorators),
            opt(out, &f.returns, expr)
        ),
        S::ClassDef(c) => node!(
            out,
            "ClassDef",
            out.push_str(&c.name),
            exprs(out, &c.bases),
            list(out, &c.keywords, keyword),
            stmts(out, &c.body),
            exprs(out, &c.decorators)
        ),
        S::Return(v) => node!(out, "Return", opt(out, v, expr)),
        S::Delete(v) => node!(out, "Delete", exprs(out, v)),
        S::Assign { targets, value } => node!(out, "Assign", exprs(out, targets), expr(out, value)),
        S::AugAssign { target, op, value } => node!(
            out,
            "AugAssign",
            expr(out, target),
            out.push_str(&format!("{:?}", op)),
            expr(out, value)
        ),
        S::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => node!(
            out,
            "AnnAssign",
            expr(out, target),
            expr(out, annotation),
            opt(out, value, expr),
            out.push(if *simple { '1' } else { '0' })
        ),
        S::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => node!(
            out,
            if *is_async { "AsyncFor" } else { "For" },
            expr(out, target),
            expr(out, iter),
            stmts(out, body),
            stmts(out, orelse)
        ),
        S::While { test, body, orelse } => {
            node!(
                out,
                "While",
                expr(out, test),
                stmts(out, body),
                stmts(out, orelse)
            )
        }
        S::If { test, body, orelse } => {
            node!(
                out,
                "If",
                expr(out, test),
                stmts(out, body),
                stmts(out, orelse)
            )
        }
        S::With {
            items,
            body,
            is_async,
        } => node!(
            out,
            if *is_async { "AsyncWith" } else { "With" },
            list(out, items, withitem),
            stmts(out, body)
        ),
        S::Raise { exc, cause } => node!(out, "Raise", opt(out, exc, expr), opt(out, cause, expr)),
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => node!(
            out,
            "Try",
            stmts(out, body),
            list(out, handlers, handler),
            stmts(out, orelse),
            stmts(out, finalbody)
        ),
        S::Assert { test, msg } => node!(out, "Assert", expr(out, test), opt(out, msg, expr)),
        S::Import(names) => node!(out, "Import", list(out, names, alias)),
        S::ImportFrom {
            module,
            names,
            level,
        } => node!(
            out,
            "ImportFrom",
            opt(out, module, ident),
            list(out, names, alias),
            out.push_str(&format!("{}", level))
        ),
        S::Global(names) => node!(out, "Global", list(out, names, ident)),
        S::Nonlocal(names) => node!(out, "Nonlocal", list(out, names, ident)),
        S::Expr(e) => node!(out, "Expr", expr(out, e)),
        S::Pass => out.push_str("Pass"),
        S::Break => out.push_str("Break"),
        S::Continue => out.push_str("Continue"),
    }
}
