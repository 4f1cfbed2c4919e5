//! Parser tests. The bulk compares our AST with CPython's on the snippets
//! of `testdata/ast_cases.src` (expectations produced by CPython with
//! `testdata/cpython_dump.py`); the rest are targeted tests.

extern crate std;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use std::println;

use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::dump::{dump_expr, dump_module};
use super::*;

/// The lowest stack address seen by `Parser::enter` (to measure stack use).
pub(super) static LOWEST_STACK: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(usize::MAX);

const CASES: &str = include_str!("testdata/ast_cases.txt");

/// Our result for `src` in the format of the expectations file.
fn render(src: &str) -> String {
    match parse_module(src) {
        Ok(body) => dump_module(&body),
        Err(e) => render_error(&e),
    }
}

fn render_error(e: &SyntaxError) -> String {
    let kind = match e.kind {
        SyntaxErrorKind::SyntaxError => "SyntaxError",
        SyntaxErrorKind::IndentationError => "IndentationError",
    };
    format!("!{} {} {}", kind, e.line, e.msg)
}

/// (source, expected) pairs of the expectations file.
fn cases() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for chunk in CASES.split("==== case\n").skip(1) {
        let (src, expected) = chunk.split_once("\n---- expect\n").expect("malformed case");
        out.push((
            String::from(src),
            String::from(expected.trim_end_matches('\n')),
        ));
    }
    out
}

#[test]
fn matches_cpython() {
    let mut failures = 0;
    let all = cases();
    for (src, expected) in &all {
        let got = render(src);
        if &got != expected {
            failures += 1;
            println!(
                "--- source:\n{}\n--- expected:\n{}\n--- got:\n{}\n",
                src, expected, got
            );
        }
    }
    assert_eq!(
        failures,
        0,
        "{} of {} cases differ from CPython",
        failures,
        all.len()
    );
}

// ---------------------------------------------------------------------------
// Robustness: no input may panic or overflow the stack.

/// Parse `src` in every mode; only errors or successes are acceptable.
fn parse_all_modes(src: &str) {
    let _ = parse_module(src);
    let _ = parse_expression(src);
    let _ = needs_more_input(src);
}

/// A deterministic xorshift generator for the mutation tests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// All the valid snippets of the CPython cases, as one program each.
fn valid_sources() -> Vec<String> {
    cases()
        .into_iter()
        .filter(|(_, exp)| !exp.starts_with('!'))
        .map(|(src, _)| src)
        .collect()
}

#[test]
fn every_prefix_of_valid_programs() {
    for src in valid_sources() {
        for (i, _) in src.char_indices() {
            parse_all_modes(&src[..i]);
        }
    }
}

#[test]
fn random_mutations_do_not_panic() {
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "'", "\"", "'''", "\"\"\"", "\\", "\n", "\r",
        "\t", " ", "    ", "#", "=", ":=", "*", "**", ".", "...", "!", "0x", "0b", "_", "1", "9",
        "e", "j", "f'", "rb'", "{x", "x}", "!r", "€", "é", "\u{feff}", "\x0c", "lambda", "if",
        "else", "for", "in", "not", "yield", "async", "await", "def", "class", "@", "->", "-",
        "del", "with", "as", "try", "except", "return", "import", "from", "\0", "$",
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let sources = valid_sources();
    let program: String = sources.join("\n");
    for _ in 0..3000 {
        let base = &sources[rng.below(sources.len())];
        let mut chars: Vec<String> = base.chars().map(String::from).collect();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(chars.len() + 1);
            let piece = String::from(PIECES[rng.below(PIECES.len())]);
            match rng.below(3) {
                0 => chars.insert(at, piece),
                1 if at < chars.len() => chars[at] = piece,
                _ if at < chars.len() => {
                    chars.remove(at);
                }
                _ => chars.push(piece),
            }
        }
        parse_all_modes(&chars.concat());
    }
    // Mutations of one big program, so errors deep inside blocks are hit.
    let chars: Vec<char> = program.chars().collect();
    for _ in 0..200 {
        let mut mutated = chars.clone();
        for _ in 0..3 {
            let at = rng.below(mutated.len());
            let piece: Vec<char> = PIECES[rng.below(PIECES.len())].chars().collect();
            mutated.splice(at..at + 1, piece);
        }
        let s: String = mutated.into_iter().collect();
        parse_all_modes(&s);
    }
}

/// Sources nested `n` levels deep in many ways.
fn deep_sources(n: usize) -> Vec<String> {
    let rep = |s: &str, k: usize| s.repeat(k);
    let mut v = Vec::new();
    v.push(format!("{}1{}", rep("(", n), rep(")", n)));
    v.push(format!("{}1{}", rep("[", n), rep("]", n)));
    v.push(format!("{}1{}", rep("{", n), rep("}", n)));
    v.push(format!("x = {}", rep("(", n)));
    v.push(format!("{}1", rep("-", n)));
    v.push(format!("{}1", rep("not ", n)));
    v.push(format!("{}1", rep("~", n)));
    v.push(format!("{}1", rep("lambda:", n)));
    v.push(format!("{}1", rep("await ", n)));
    v.push(format!("1{}", rep("**1", n)));
    v.push(format!("1{}", rep("**-1", n)));
    v.push(format!("1{}", rep(" + 1", n)));
    v.push(format!("a{}", rep(".b", n)));
    v.push(format!("f{}", rep("()", n)));
    v.push(format!("a{}", rep("[0]", n)));
    v.push(format!("1{}", rep(" if 1 else 1", n)));
    v.push(format!("x = {}1", rep("yield ", n)));
    v.push(format!("{}x", rep("*", n)));
    v.push(format!("{}0{}", rep("f(", n), rep(")", n)));
    v.push(format!("{}0{}", rep("[x for x in ", n), rep("]", n)));
    v.push(format!("{}0{}", rep("(-", n), rep(")", n)));
    v.push(format!("{}0{}", rep("a[1:", n), rep("]", n)));
    v.push(format!("{}0{}", rep("{1: ", n), rep("}", n)));
    v.push(format!("{}0{}", rep("(lambda: ", n), rep(")", n)));
    v.push(format!("x = 1{}", rep(" == 1", n)));
    v.push(format!("x = 1{}", rep(" and 1", n)));
    v.push(format!("x = {}", rep("a = ", n)));
    v.push(format!("x = {}1", rep("'a' ", n)));
    v.push(format!("f'{}'", rep("{x:{y}}", n)));
    v.push(format!("f'{}x{}'", rep("{", n), rep("}", n)));
    v.push(rep("@d\n", n) + "def f(): pass");
    v.push(format!("if 1:\n{}", rep("elif 1:\n pass\n", n)));
    v.push(format!("if 1:\n pass\n{}", rep("elif 1:\n pass\n", n)));
    // Indentation grows quadratically: fewer levels are enough.
    let n = n.min(2000);
    let mut nested_ifs = String::new();
    for i in 0..n {
        nested_ifs.push_str(&" ".repeat(i));
        nested_ifs.push_str("if x:\n");
    }
    nested_ifs.push_str(&" ".repeat(n));
    nested_ifs.push_str("pass\n");
    v.push(nested_ifs);
    let mut nested_defs = String::new();
    for i in 0..n {
        nested_defs.push_str(&"\t".repeat(i));
        nested_defs.push_str("def f():\n");
    }
    v.push(nested_defs);
    v
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for (i, src) in deep_sources(100_000).into_iter().enumerate() {
        let r = parse_module(&src);
        let _ = parse_expression(&src);
        let _ = needs_more_input(&src);
        assert!(
            r.is_ok() || !r.as_ref().err().unwrap().msg.is_empty(),
            "source {}",
            i
        );
        // Drop the (possibly deep) result here, on the test's stack.
        drop(r);
    }
}

#[test]
fn moderate_nesting_is_accepted() {
    let n = 150;
    for src in [
        format!("{}1{}", "(".repeat(n), ")".repeat(n)),
        format!("{}1{}", "[".repeat(n), "]".repeat(n)),
        format!("{}1", "-".repeat(n)),
        format!("{}1", "not ".repeat(n)),
        format!("a{}", ".b".repeat(n)),
        format!("1{}", " + 1".repeat(n)),
    ] {
        assert!(parse_module(&src).is_ok(), "{}", &src[..20]);
    }
    let mut ifs = String::new();
    for i in 0..90 {
        ifs.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    ifs.push_str(&format!("{}pass\n", " ".repeat(90)));
    assert!(parse_module(&ifs).is_ok());
}

/// Prints the stack bytes used per nesting level by each deep source:
/// `cargo test --release -p pycopy-core --lib stack_per_level -- --ignored --nocapture`.
#[test]
#[ignore]
fn stack_per_level() {
    use core::sync::atomic::Ordering;
    for (i, src) in deep_sources(150).iter().enumerate() {
        let marker = 0u8;
        let top = core::hint::black_box(&marker) as *const u8 as usize;
        LOWEST_STACK.store(usize::MAX, Ordering::Relaxed);
        let _ = parse_module(src);
        let low = LOWEST_STACK.load(Ordering::Relaxed);
        println!(
            "source {:2}: {:7} bytes, {:5} per level",
            i,
            top.saturating_sub(low),
            top.saturating_sub(low) / 150
        );
    }
}

// ---------------------------------------------------------------------------
// Targeted tests.

fn parse_ok(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(body) => body,
        Err(e) => panic!("{:?} parsing {:?}", e, src),
    }
}

fn parse_err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(body) => panic!(
            "expected an error for {:?}, got {}",
            src,
            dump_module(&body)
        ),
        Err(e) => e,
    }
}

/// The expression of an expression statement.
fn expr_of(stmt: &Stmt) -> &Expr {
    match &stmt.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { value, .. } => value,
        other => panic!("not an expression statement: {:?}", other),
    }
}

use super::super::ast::{ExprKind, StmtKind};

#[test]
fn statement_lines() {
    let src = "x = 1\n\nif x:\n    y = (1,\n         2)\n    z\nelif w:\n    pass\nelse:\n    pass\n\
               @d\ndef f():\n    return 1\nclass C:\n    pass\ntry:\n    pass\nexcept E:\n    pass\n\
               async def g(): pass\n";
    let body = parse_ok(src);
    let lines: Vec<u32> = body.iter().map(|s| s.line).collect();
    assert_eq!(lines, [1, 3, 12, 14, 16, 20]);
    let StmtKind::If {
        body: if_body,
        orelse,
        ..
    } = &body[1].kind
    else {
        panic!()
    };
    assert_eq!(if_body.iter().map(|s| s.line).collect::<Vec<_>>(), [4, 6]);
    assert_eq!(orelse[0].line, 7, "elif");
    let StmtKind::If {
        orelse: else_body, ..
    } = &orelse[0].kind
    else {
        panic!()
    };
    assert_eq!(else_body[0].line, 10);
    let StmtKind::FunctionDef(f) = &body[2].kind else {
        panic!()
    };
    assert_eq!(f.decorators[0].line, 11);
    assert_eq!(f.body[0].line, 13);
    let StmtKind::Try { handlers, .. } = &body[4].kind else {
        panic!()
    };
    assert_eq!(handlers[0].line, 18);
}

#[test]
fn expression_lines() {
    let body = parse_ok("f(\n  a,\n  b=c)\nx = [\n 1,\n 2]\na + \\\n b\n'''a\nb''' + c\n");
    let ExprKind::Call { args, keywords, .. } = &expr_of(&body[0]).kind else {
        panic!()
    };
    assert_eq!(
        (expr_of(&body[0]).line, args[0].line, keywords[0].value.line),
        (1, 2, 3)
    );
    let ExprKind::List(elts) = &expr_of(&body[1]).kind else {
        panic!()
    };
    assert_eq!(
        (expr_of(&body[1]).line, elts[0].line, elts[1].line),
        (4, 5, 6)
    );
    let ExprKind::BinOp { right, .. } = &expr_of(&body[2]).kind else {
        panic!()
    };
    assert_eq!((expr_of(&body[2]).line, right.line), (7, 8));
    let ExprKind::BinOp { right, .. } = &expr_of(&body[3]).kind else {
        panic!()
    };
    assert_eq!((expr_of(&body[3]).line, right.line), (9, 10));
    // f-string fields: the values are at the string's line, the expressions
    // inside them at their own lines.
    let body = parse_ok("x = 0\nf'''a\n{\ny}'''\n");
    let e = expr_of(&body[1]);
    let ExprKind::JoinedStr(parts) = &e.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!()
    };
    assert_eq!((e.line, parts[1].line, value.line), (2, 2, 4));
}

#[test]
fn error_positions() {
    let e = parse_err("x = 1\ny = (\n");
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        ("'(' was never closed", 2, 5)
    );
    let e = parse_err("x = 1\n  y");
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line),
        (SyntaxErrorKind::IndentationError, "unexpected indent", 2)
    );
    let e = parse_err("\n\nx $");
    assert_eq!((e.msg.as_str(), e.line, e.col), ("invalid syntax", 3, 3));
    let e = parse_err("x = 1 +\n");
    assert_eq!((e.msg.as_str(), e.line), ("invalid syntax", 1));
    let e = parse_err("s = '''\n\n");
    assert_eq!(
        e.msg,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert_eq!((e.line, e.col), (1, 5));
    let e = parse_err("x = 1\nprint(a b)\n");
    assert_eq!(
        (e.msg.as_str(), e.line),
        ("invalid syntax. Perhaps you forgot a comma?", 2)
    );
    // An earlier syntax error wins over a later invalid character, but (as
    // in CPython) not over a later malformed literal, which explains more.
    let e = parse_err("x = = 1\ny = $\n");
    assert_eq!((e.msg.as_str(), e.line), ("invalid syntax", 1));
    let e = parse_err("x = = 1\ny = 1_\n");
    assert_eq!((e.msg.as_str(), e.line), ("invalid decimal literal", 2));
}

#[test]
fn nul_bytes_and_limits() {
    let e = parse_err("x = 1\ny = 2\0\n");
    assert_eq!(
        (e.msg.as_str(), e.line),
        ("source code cannot contain null bytes", 2)
    );
    let e = parse_err(&format!("x = {}", "(".repeat(300)));
    assert_eq!(e.msg, "too many nested parentheses");
    let e = parse_err(&format!("x = {}1", "-".repeat(300)));
    assert_eq!(e.msg, "too many nested expressions or blocks");
    let e = parse_err(&format!("x = 1{}", " + 1".repeat(1001)));
    assert_eq!(e.msg, "expression too long");
    let elifs = |n: usize| format!("if x:\n pass\n{}", "elif x:\n pass\n".repeat(n));
    parse_ok(&elifs(999));
    let e = parse_err(&elifs(1001));
    assert_eq!((e.msg.as_str(), e.line), ("too many 'elif' branches", 2001));
    let mut deep = String::new();
    for i in 0..120 {
        deep.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    let e = parse_err(&deep);
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (
            SyntaxErrorKind::IndentationError,
            "too many levels of indentation"
        )
    );
}

#[test]
fn line_endings_bom_form_feed_and_tabs() {
    let lf = dump_module(&parse_ok("if x:\n    y = '''a\nb'''\nz = (1,\n 2)\n"));
    for src in [
        "if x:\r\n    y = '''a\r\nb'''\r\nz = (1,\r\n 2)\r\n",
        "if x:\r    y = '''a\rb'''\rz = (1,\r 2)\r",
        "\u{feff}if x:\n    y = '''a\nb'''\nz = (1,\n 2)\n",
        "if x:\n\x0c    y = '''a\nb'''\n\x0cz = (1,\n 2)",
        "if x:\n\ty = '''a\nb'''\nz = (1,\n 2)\n",
        "if x:\\\n :\n    y = '''a\nb'''\nz = (1,\n 2)\n",
    ] {
        if src.contains("\\\n :") {
            // `if x:\` + `:` is not the same program; only check it parses.
            assert!(parse_module(src).is_err());
            continue;
        }
        assert_eq!(dump_module(&parse_ok(src)), lf, "{:?}", src);
    }
    // A tab indents to the next multiple of 8, so it matches 8 spaces.
    parse_ok("if x:\n\ta\n        b\n");
    let e = parse_err("if x:\n\ta\n    b\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    // A backslash continuation line keeps the logical line's indentation.
    parse_ok("if x:\n    a = 1 + \\\n2\n    b = 2\n");
}

#[test]
fn literal_values() {
    let body =
        parse_ok("9223372036854775807\n9223372036854775808\n0x7fffffffffffffff\n1e400\n2j\n");
    let consts: Vec<&Constant> = body
        .iter()
        .map(|s| match &expr_of(s).kind {
            ExprKind::Constant(c) => c,
            other => panic!("{:?}", other),
        })
        .collect();
    assert_eq!(consts[0], &Constant::Int(i64::MAX));
    assert_eq!(
        consts[1],
        &Constant::BigInt(num_bigint::BigInt::from(i64::MAX) + 1)
    );
    assert_eq!(consts[2], &Constant::Int(i64::MAX));
    assert_eq!(consts[3], &Constant::Float(f64::INFINITY));
    assert_eq!(consts[4], &Constant::Imag(2.0));
}

use super::super::ast::Constant;

#[test]
fn eval_input() {
    let ok = |src: &str| match parse_expression(src) {
        Ok(e) => dump_expr(&e),
        Err(e) => panic!("{:?} for {:?}", e, src),
    };
    assert_eq!(ok(" 1 + 2\n\n"), "BinOp(Constant(1), Add, Constant(2))");
    assert_eq!(ok("\n\n  x\n"), "Name(x)");
    assert_eq!(ok("a, b,"), "Tuple([Name(a), Name(b)])");
    assert_eq!(ok("\t(1 +\n 2)  "), "BinOp(Constant(1), Add, Constant(2))");
    assert_eq!(ok("\u{feff}x"), "Name(x)");
    assert_eq!(
        ok("lambda: 0"),
        "Lambda(arguments([], [], _, [], [], _, []), Constant(0))"
    );
    for bad in [
        "",
        "\n",
        "1\n2",
        "x = 1",
        "yield x",
        "*a",
        "if x: y",
        "1 +",
        "(",
        "def f(): pass",
    ] {
        assert!(parse_expression(bad).is_err(), "{:?}", bad);
    }
}

#[test]
fn repl_continuation() {
    let more = [
        "if x:",
        "if x:\n    y",
        "if x:\n    y\n    ",
        "if x: pass",
        "def f():",
        "@dec",
        "class C:",
        "for i in x:",
        "while 1:",
        "try:",
        "with a:",
        "async def f():",
        "x = (1,",
        "x = [\n1,",
        "x = {",
        "f(a,\n  b",
        "'''abc",
        "x = '''abc\ndef",
        "x = \"\"\"a\"\" (",
        "x = 1 + \\",
        "'''\n(",
        "x = ('''a''',",
    ];
    for src in more {
        assert!(needs_more_input(src), "{:?} should need more input", src);
    }
    let complete = [
        "",
        "x = 1",
        "print(1)",
        "if x:\n    y\n",
        "def f():\n    return 1\n",
        "x = 'a'",
        "x = '('",
        "x = 1 # (",
        "x = 'abc",
        "ifx = 1",
        "iffy = 2",
        "definitely = 3",
        ")",
        "x = (\n1)",
        "'''abc'''",
        "x = 1; y = 2",
        "# if x:",
        "x = '\\\\'",
    ];
    for src in complete {
        assert!(!needs_more_input(src), "{:?} should be complete", src);
    }
}

/// Differential test on a directory of real programs: each `X` has an
/// `X.exp` holding CPython's dump (made with `testdata/cpython_dump.py`'s
/// `stmts`). Run with `PARSER_CORPUS=dir cargo test -p pycopy-core --lib
/// corpus -- --ignored --nocapture`.
#[test]
#[ignore]
fn corpus_matches_cpython() {
    let Ok(dir) = std::env::var("PARSER_CORPUS") else {
        return;
    };
    let mut failures = 0;
    let mut total = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "exp") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let exp = std::fs::read_to_string(format!("{}.exp", path.display())).unwrap();
        total += 1;
        let got = render(&src);
        if got != exp {
            failures += 1;
            let at = got
                .bytes()
                .zip(exp.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            let from = at.saturating_sub(150);
            println!(
                "{}:\n  got: {}\n  exp: {}",
                path.display(),
                got.get(from..(at + 150).min(got.len())).unwrap_or(""),
                exp.get(from..(at + 150).min(exp.len())).unwrap_or("")
            );
        }
    }
    println!("{} of {} differ", failures, total);
    assert_eq!(failures, 0);
}

/// Random mutations of the programs of a corpus (see `corpus_matches_cpython`)
/// must not panic: `PARSER_CORPUS=dir cargo test --release -p pycopy-core
/// --lib corpus_fuzz -- --ignored`.
#[test]
#[ignore]
fn corpus_fuzz() {
    let Ok(dir) = std::env::var("PARSER_CORPUS") else {
        return;
    };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let rounds: usize = std::env::var("PARSER_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\"\"\"", "\\", "\n", " ", "\t", "#",
        "=", "*", "f'{", "}", "0x", "_", "€",
    ];
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "exp") {
            continue;
        }
        let src: Vec<char> = std::fs::read_to_string(&path).unwrap().chars().collect();
        for _ in 0..rounds {
            let mut m = src.clone();
            for _ in 0..1 + rng.below(5) {
                let at = rng.below(m.len());
                let piece: Vec<char> = PIECES[rng.below(PIECES.len())].chars().collect();
                let end = (at + rng.below(3)).min(m.len());
                m.splice(at..end, piece);
            }
            let s: String = m.into_iter().collect();
            parse_all_modes(&s);
        }
    }
}
