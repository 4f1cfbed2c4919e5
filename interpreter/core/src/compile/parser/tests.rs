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
        out.push((String::from(src), String::from(expected.trim_end_matches('\n'))));
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
            println!("--- source:\n{}\n--- expected:\n{}\n--- got:\n{}\n", src, expected, got);
        }
    }
    assert_eq!(failures, 0, "{} of {} cases differ from CPython", failures, all.len());
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
    cases().into_iter().filter(|(_, exp)| !exp.starts_with('!')).map(|(src, _)| src).collect()
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
        assert!(r.is_ok() || !r.as_ref().err().unwrap().msg.is_empty(), "source {}", i);
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
        println!("source {:2}: {:7} bytes, {:5} per level", i, top.saturating_sub(low), top.saturating_sub(low) / 150);
    }
}
