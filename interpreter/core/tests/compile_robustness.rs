//! No source text, however broken, makes the compiler panic: mutations of
//! every case in cases/ go through the whole pipeline (lexer, parser,
//! scopes, code generation) and must come back as code or as a SyntaxError.

mod common;

use common::vm;
use pycopy_core::compile::Mode;
use std::path::Path;

fn sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../cases");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
            }
        }
    }
    out.sort();
    out
}

/// A tiny deterministic generator (xorshift).
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

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "    ",
    "=",
    "lambda",
    "yield",
    "return",
    "*",
    "**",
    "async",
    "await",
    "nonlocal x",
    "global y",
    "del",
    "class",
    "def",
    "for",
    "in",
    "if",
    "else",
    "try",
    "except",
    "finally",
    "with",
    ":=",
    "f'{",
    "'''",
    "\\",
    ",",
    ".",
    "@",
    "break",
    "continue",
    "import",
    "from",
    ".",
    "0x",
    "1e",
    "j",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(4) {
            0 => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                chars.drain(at..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                for (i, c) in t.chars().enumerate() {
                    chars.insert(at + i, c);
                }
            }
            2 => {
                let end = (at + 1 + rng.below(30)).min(chars.len());
                let piece: Vec<char> = chars[at..end].to_vec();
                let to = rng.below(chars.len());
                for (i, c) in piece.into_iter().enumerate() {
                    chars.insert(to + i, c);
                }
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_cases_never_panic_the_compiler() {
    let corpus = sources();
    assert!(!corpus.is_empty(), "no cases found");
    let (mut vm, _) = vm();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut compiled = 0;
    let mut errors = 0;
    // About 3000 compilations in all, spread over the corpus.
    let per_case = (3000 / corpus.len()).max(1);
    for (n, src) in corpus.iter().enumerate() {
        for i in 0..per_case {
            let m = mutate(src, &mut rng);
            let mode = if (n + i) % 2 == 0 {
                Mode::Module
            } else {
                Mode::Single
            };
            match vm.compile_str(&m, "<fuzz>", mode) {
                Ok(_) => compiled += 1,
                Err(_) => errors += 1,
            }
        }
        vm.collect();
    }
    assert!(
        compiled > 0 && errors > 0,
        "compiled {compiled}, errors {errors}"
    );
}

#[test]
fn deep_nesting_is_a_syntax_error() {
    let (mut vm, _) = vm();
    for src in [
        "(".repeat(100_000),
        "[".repeat(100_000),
        "-".repeat(100_000) + "1",
        "not ".repeat(50_000) + "x",
    ] {
        assert!(vm.compile_str(&src, "<deep>", Mode::Module).is_err());
    }
    let nested_blocks: String = (0..200)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(200)
        + "pass\n";
    assert!(vm
        .compile_str(&nested_blocks, "<deep>", Mode::Module)
        .is_err());
}
