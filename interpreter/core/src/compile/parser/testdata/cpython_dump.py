"""Produce the expected parser test results with CPython 3.11.

Reads ast_cases.src (source snippets separated by lines "====") and writes
ast_cases.txt, which the Rust tests (parser/tests.rs) read: for each
snippet, CPython's AST in the compact format of parser/dump.rs, or the
SyntaxError / IndentationError CPython reports (kind, line, message).

Run from this directory: python3 cpython_dump.py
"""
import ast
from decimal import Decimal

MARK_CASE = "==== case"
MARK_EXPECT = "---- expect"


def fmt_float(v):
    if v != v:
        return "nan"
    if v in (float("inf"), float("-inf")):
        return "inf" if v > 0 else "-inf"
    sign, digits, exp = Decimal(repr(v)).normalize().as_tuple()
    ds = "".join(map(str, digits))
    e = exp + len(ds) - 1
    mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
    return ("-" if sign else "") + mant + "e" + str(e)


def fmt_str(s):
    out = ['"']
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or c == "\x7f":
            out.append("\\x%02x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def fmt_bytes(b):
    out = ['b"']
    for x in b:
        if x in b'"\\':
            out.append("\\" + chr(x))
        elif 0x20 <= x < 0x7F:
            out.append(chr(x))
        else:
            out.append("\\x%02x" % x)
    out.append('"')
    return "".join(out)


def constant(v):
    if v is None or v is True or v is False:
        return str(v)
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return fmt_float(v)
    if isinstance(v, complex):
        return fmt_float(v.imag) + "j"
    if isinstance(v, str):
        return fmt_str(v)
    if isinstance(v, bytes):
        return fmt_bytes(v)
    raise TypeError(v)


def opt(x, f):
    return "_" if x is None else f(x)


def lst(xs, f):
    return "[" + ", ".join(f(x) for x in xs) + "]"


def node(name, *parts):
    return name + "(" + ", ".join(parts) + ")"


def op(o):
    return type(o).__name__


def arg(a):
    return node("arg", a.arg, opt(a.annotation, expr))


def arguments(a):
    return node(
        "arguments",
        lst(a.posonlyargs, arg),
        lst(a.args, arg),
        opt(a.vararg, arg),
        lst(a.kwonlyargs, arg),
        lst(a.kw_defaults, lambda d: opt(d, expr)),
        opt(a.kwarg, arg),
        lst(a.defaults, expr),
    )


def keyword(k):
    return node("keyword", opt(k.arg, str), expr(k.value))


def comp(c):
    return node("comprehension", expr(c.target), expr(c.iter), lst(c.ifs, expr), str(c.is_async))


def exprs(xs):
    return lst(xs, expr)


def expr(e):
    t = type(e).__name__
    if t == "Name":
        return node(t, e.id)
    if t == "Constant":
        return node(t, constant(e.value))
    if t == "JoinedStr":
        return node(t, exprs(e.values))
    if t == "FormattedValue":
        conv = "-1" if e.conversion == -1 else chr(e.conversion)
        return node(t, expr(e.value), conv, opt(e.format_spec, expr))
    if t == "BoolOp":
        return node(t, op(e.op), exprs(e.values))
    if t == "NamedExpr":
        return node(t, expr(e.target), expr(e.value))
    if t == "BinOp":
        return node(t, expr(e.left), op(e.op), expr(e.right))
    if t == "UnaryOp":
        return node(t, op(e.op), expr(e.operand))
    if t == "Lambda":
        return node(t, arguments(e.args), expr(e.body))
    if t == "IfExp":
        return node(t, expr(e.test), expr(e.body), expr(e.orelse))
    if t == "Dict":
        return node(t, lst(e.keys, lambda k: opt(k, expr)), exprs(e.values))
    if t == "Set":
        return node(t, exprs(e.elts))
    if t in ("ListComp", "SetComp", "GeneratorExp"):
        return node(t, expr(e.elt), lst(e.generators, comp))
    if t == "DictComp":
        return node(t, expr(e.key), expr(e.value), lst(e.generators, comp))
    if t in ("Await", "YieldFrom", "Starred"):
        return node(t, expr(e.value))
    if t == "Yield":
        return node(t, opt(e.value, expr))
    if t == "Compare":
        return node(t, expr(e.left), lst(e.ops, op), exprs(e.comparators))
    if t == "Call":
        return node(t, expr(e.func), exprs(e.args), lst(e.keywords, keyword))
    if t == "Attribute":
        return node(t, expr(e.value), e.attr)
    if t == "Subscript":
        return node(t, expr(e.value), expr(e.slice))
    if t in ("List", "Tuple"):
        return node(t, exprs(e.elts))
    if t == "Slice":
        return node(t, opt(e.lower, expr), opt(e.upper, expr), opt(e.step, expr))
    raise TypeError(t)


def stmts(xs):
    return lst(xs, stmt)


def stmt(s):
    t = type(s).__name__
    if t in ("FunctionDef", "AsyncFunctionDef"):
        return node(t, s.name, arguments(s.args), stmts(s.body), exprs(s.decorator_list),
                    opt(s.returns, expr))
    if t == "ClassDef":
        return node(t, s.name, exprs(s.bases), lst(s.keywords, keyword), stmts(s.body),
                    exprs(s.decorator_list))
    if t == "Return":
        return node(t, opt(s.value, expr))
    if t == "Delete":
        return node(t, exprs(s.targets))
    if t == "Assign":
        return node(t, exprs(s.targets), expr(s.value))
    if t == "AugAssign":
        return node(t, expr(s.target), op(s.op), expr(s.value))
    if t == "AnnAssign":
        return node(t, expr(s.target), expr(s.annotation), opt(s.value, expr), str(s.simple))
    if t in ("For", "AsyncFor"):
        return node(t, expr(s.target), expr(s.iter), stmts(s.body), stmts(s.orelse))
    if t in ("While", "If"):
        return node(t, expr(s.test), stmts(s.body), stmts(s.orelse))
    if t in ("With", "AsyncWith"):
        items = lst(s.items, lambda w: node("withitem", expr(w.context_expr),
                                            opt(w.optional_vars, expr)))
        return node(t, items, stmts(s.body))
    if t == "Raise":
        return node(t, opt(s.exc, expr), opt(s.cause, expr))
    if t == "Try":
        hs = lst(s.handlers, lambda h: node("ExceptHandler", opt(h.type, expr),
                                            opt(h.name, str), stmts(h.body)))
        return node(t, stmts(s.body), hs, stmts(s.orelse), stmts(s.finalbody))
    if t == "Assert":
        return node(t, expr(s.test), opt(s.msg, expr))
    if t == "Import":
        return node(t, lst(s.names, alias))
    if t == "ImportFrom":
        return node(t, opt(s.module, str), lst(s.names, alias), str(s.level))
    if t in ("Global", "Nonlocal"):
        return node(t, lst(s.names, str))
    if t == "Expr":
        return node(t, expr(s.value))
    if t in ("Pass", "Break", "Continue"):
        return t
    raise TypeError(t)


def alias(a):
    return node("alias", a.name, opt(a.asname, str))


# Errors CPython reports in its compiler but our parser reports (the other
# compiler errors, such as "'return' outside function", are left to our
# compiler).
PARSER_OWNED = (
    "starred assignment target must be in a list or tuple",
    "multiple starred expressions in assignment",
    "can't use starred expression here",
    "keyword argument repeated",
    "duplicate argument",
    "default 'except:' must be last",
    "cannot assign to __debug__",
    "cannot delete __debug__",
)


def error(e):
    return "!%s %d %s" % (type(e).__name__, e.lineno or 0, e.msg)


def expected(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return error(e)
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        if e.msg.startswith(PARSER_OWNED):
            return error(e)
    return stmts(tree.body)


def main():
    with open("ast_cases.src", encoding="utf-8") as f:
        cases = f.read().split("\n====\n")
    with open("ast_cases.txt", "w", encoding="utf-8") as out:
        for src in cases:
            if not src.strip():
                continue
            out.write(MARK_CASE + "\n" + src + "\n" + MARK_EXPECT + "\n" + expected(src) + "\n")


if __name__ == "__main__":
    main()
