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
