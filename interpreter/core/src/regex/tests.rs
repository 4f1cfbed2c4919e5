//! Unit tests. Expected values in `vectors.rs` come from CPython 3.11
//! (`testgen/gen_vectors.py`); the rest checks our own rules (rejections,
//! robustness, limits).

use alloc::string::String;
use alloc::vec::Vec;

use super::vectors;
use super::*;

fn mode_of(m: u8) -> Mode {
    match m {
        0 => Mode::Match,
        1 => Mode::Search,
        _ => Mode::FullMatch,
    }
}

fn char_spans(caps: &Captures, s: &str) -> Vec<Option<(usize, usize)>> {
    (0..caps.len())
        .map(|g| {
            caps.get(g)
                .map(|(a, b)| (byte_to_char(s, a), byte_to_char(s, b)))
        })
        .collect()
}

#[test]
fn cpython_str_vectors() {
    check_str_vectors(vectors::STR);
    assert!(vectors::STR.len() > 500);
}

#[test]
fn cpython_fuzz_vectors() {
    check_str_vectors(super::fuzz_vectors::FUZZ);
}

#[test]
fn cpython_fuzz_finditer_vectors() {
    check_finditer(super::fuzz_vectors::FUZZ_ITER);
}

type StrVector = (
    &'static str,
    u32,
    &'static str,
    u8,
    Option<&'static [vectors::Span]>,
);

fn check_str_vectors(vectors: &[StrVector]) {
    let mut failures = Vec::new();
    for &(pat, flags, subj, mode, exp) in vectors {
        let r = Regex::compile(pat, flags).unwrap_or_else(|e| panic!("compile {:?}: {}", pat, e));
        let exp = exp.map(|e| e.to_vec());
        // Once as usual, once with the memo on from the first step.
        for limit in [None, Some(0)] {
            let got = match limit {
                None => r.match_at(subj, 0, mode_of(mode)),
                Some(l) => exec::exec_with_limit(&r.prog, subj, 0, mode_of(mode), false, l),
            };
            let got = got.unwrap_or_else(|e| panic!("exec {:?} on {:?}: {}", pat, subj, e));
            let got = got.map(|c| char_spans(&c, subj));
            if got != exp {
                failures.push(alloc::format!(
                    "{:?} flags={} on {:?} mode={} memo={:?}: got {:?}, CPython {:?}",
                    pat,
                    flags,
                    subj,
                    mode,
                    limit,
                    got,
                    exp
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(vectors::STR.len() > 500);
}

#[test]
fn cpython_bytes_vectors() {
    for &(pat, flags, subj, mode, exp) in vectors::BYTES {
        let r = Regex::compile_bytes(pat, flags).unwrap();
        assert!(r.is_bytes());
        let got = r.match_at(subj, 0, mode_of(mode)).unwrap();
        let got: Option<Vec<_>> = got.map(|c| (0..c.len()).map(|g| c.get(g)).collect());
        assert_eq!(
            got,
            exp.map(|e| e.to_vec()),
            "{:?} on {:?} mode {}",
            pat,
            subj,
            mode
        );
    }
}

fn sub(r: &Regex, repl: &str, s: &str) -> String {
    let t = r.template(repl).unwrap();
    let mut out = String::new();
    let mut last = 0;
    for m in r.find_iter(s, 0) {
        let m = m.unwrap();
        let (a, b) = m.span();
        out.push_str(&s[last..a]);
        t.expand_str(&m, s, &mut out);
        last = b;
    }
    out.push_str(&s[last..]);
    out
}

#[test]
fn cpython_sub_vectors() {
    for &(pat, flags, repl, subj, exp) in vectors::SUB {
        let r = Regex::compile(pat, flags).unwrap();
        assert_eq!(
            sub(&r, repl, subj),
            exp,
            "sub({:?}, {:?}, {:?})",
            pat,
            repl,
            subj
        );
    }
}

#[test]
fn cpython_split_vectors() {
    for &(pat, flags, subj, exp) in vectors::SPLIT {
        let r = Regex::compile(pat, flags).unwrap();
        let mut out: Vec<Option<&str>> = Vec::new();
        let mut last = 0;
        for m in r.find_iter(subj, 0) {
            let m = m.unwrap();
            out.push(Some(&subj[last..m.start()]));
            for g in 1..m.len() {
                out.push(m.group(subj, g));
            }
            last = m.end();
        }
        out.push(Some(&subj[last..]));
        assert_eq!(out, exp, "split({:?}, {:?})", pat, subj);
    }
}

#[test]
fn cpython_finditer_vectors() {
    check_finditer(vectors::FINDITER);
}

type IterVector = (&'static str, u32, &'static str, &'static [(usize, usize)]);

fn check_finditer(vectors: &[IterVector]) {
    for &(pat, flags, subj, exp) in vectors {
        let r = Regex::compile(pat, flags).unwrap();
        let got: Vec<(usize, usize)> = r
            .find_iter(subj, 0)
            .map(|m| {
                let (a, b) = m.unwrap().span();
                (byte_to_char(subj, a), byte_to_char(subj, b))
            })
            .collect();
        assert_eq!(got, exp, "finditer({:?}, {:?})", pat, subj);
    }
}

#[test]
fn cpython_errors() {
    for &(pat, msg, pos) in vectors::ERRORS {
        let e = Regex::compile(pat, 0).expect_err(pat);
        // Where CPython reads further (possessive `*+`, VERBOSE `(?x`), we
        // stop at the unsupported construct.
        if e.kind == ErrorKind::Unsupported {
            continue;
        }
        assert_eq!(e.kind, ErrorKind::Syntax, "{:?}", pat);
        assert_eq!((e.msg.as_str(), e.pos), (msg, Some(pos)), "{:?}", pat);
    }
    for &(pat, msg, pos) in vectors::ERRORS_BYTES {
        let e = Regex::compile_bytes(pat, 0).expect_err("bytes");
        assert_eq!((e.msg.as_str(), e.pos), (msg, Some(pos)), "{:?}", pat);
    }
}

#[test]
fn cpython_template_errors() {
    for &(pat, repl, msg, pos) in vectors::TEMPLATE_ERRORS {
        let r = Regex::compile(pat, 0).unwrap();
        let e = r.template(repl).expect_err(repl);
        assert_eq!((e.msg.as_str(), e.pos), (msg, Some(pos)), "{:?}", repl);
    }
    let r = Regex::compile("(a)", 0).unwrap();
    let e = r.template("\\g<name>").unwrap_err();
    assert_eq!(e.kind, ErrorKind::UnknownGroupName);
    assert_eq!(e.msg, "unknown group name 'name'");
}

#[test]
fn error_display_matches_cpython() {
    let e = Regex::compile("a**", 0).unwrap_err();
    assert_eq!(alloc::format!("{}", e), "multiple repeat at position 2");
}

#[test]
fn unsupported_constructs_rejected() {
    let cases = [
        ("(?P<n>a)", "named groups"),
        ("(?P=n)", "named backreferences"),
        ("(?=a)", "lookahead"),
        ("(?!a)", "lookahead"),
        ("(?<=a)b", "lookbehind"),
        ("(?<!a)b", "lookbehind"),
        ("(?>a)", "atomic"),
        ("(a)(?(1)b|c)", "conditional"),
        ("(a)\\1", "backreferences"),
        ("\\b", "\\b is not supported"),
        ("\\B", "\\B is not supported"),
        ("\\A", "\\A is not supported"),
        ("\\Z", "\\Z is not supported"),
        ("a*+", "possessive"),
        ("a++", "possessive"),
        ("a{2}+", "possessive"),
        ("(?i:a)", "scoped inline flags"),
        ("(?-i:a)", "scoped inline flags"),
        ("(?x)a", "VERBOSE"),
        ("(?L)a", "LOCALE"),
        ("\\N{DIGIT ONE}", "\\N{...}"),
    ];
    for (pat, needle) in cases {
        let e = Regex::compile(pat, 0).expect_err(pat);
        assert_eq!(e.kind, ErrorKind::Unsupported, "{:?}", pat);
        assert!(e.msg.contains(needle), "{:?}: {}", pat, e.msg);
    }
    let e = Regex::compile("a", 64).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
}

#[test]
fn positions_are_byte_offsets() {
    let s = "é€a";
    let r = Regex::compile("a", 0).unwrap();
    let c = r.match_at(s, 0, Mode::Search).unwrap().unwrap();
    assert_eq!(c.span(), (5, 6));
    assert_eq!(byte_to_char(s, 5), 2);
    assert_eq!(char_to_byte(s, 2), 5);
    assert_eq!(char_to_byte(s, 99), s.len());
    // A start inside a UTF-8 sequence or past the end never matches.
    let any = Regex::compile("", 0).unwrap();
    assert_eq!(any.match_at(s, 1, Mode::Search).unwrap(), None);
    assert_eq!(any.match_at(s, 7, Mode::Search).unwrap(), None);
    assert!(any.match_at(s, 6, Mode::Match).unwrap().is_some());
}

#[test]
fn start_position_semantics() {
    // `^` matches only at the real start, not at `pos` (as in CPython).
    let r = Regex::compile("^a", 0).unwrap();
    assert_eq!(r.match_at("ba", 1, Mode::Match).unwrap(), None);
    assert_eq!(r.match_at("ba", 1, Mode::Search).unwrap(), None);
    let r = Regex::compile("a", 0).unwrap();
    let c = r.match_at("ba", 1, Mode::Match).unwrap().unwrap();
    assert_eq!(c.span(), (1, 2));
    // endpos is done by slicing: `$` matches at the slice end.
    let r = Regex::compile("b$", 0).unwrap();
    assert!(r.match_at(&"abc"[..2], 0, Mode::Search).unwrap().is_some());
}

#[test]
fn must_advance_refuses_empty_match_at_start() {
    let r = Regex::compile("x*|b", 0).unwrap();
    let c = r.exec("abxd", 1, Mode::Search, true).unwrap().unwrap();
    assert_eq!(c.span(), (1, 2));
    let c = r.exec("abxd", 1, Mode::Search, false).unwrap().unwrap();
    assert_eq!(c.span(), (1, 1));
}

#[test]
fn bytes_template_and_groups() {
    let r = Regex::compile_bytes(b"(\\w+)=(\\d*)", 0).unwrap();
    let s: &[u8] = b"k=12 \xff";
    let c = r.match_at(s, 0, Mode::Match).unwrap().unwrap();
    assert_eq!(c.group(s, 2), Some(&b"12"[..]));
    let t = r.template_bytes(b"\\2:\\1\\n\\0").unwrap();
    let mut out = Vec::new();
    t.expand_bytes(&c, s, &mut out);
    assert_eq!(out, b"12:k\n\0");
    assert!(!t.is_literal());
    assert!(r.template_bytes(b"x").unwrap().is_literal());
}

#[test]
fn debug_dump_lists_program() {
    let r = Regex::compile("a[b-d]*", DEBUG).unwrap();
    let d = r.debug_dump();
    assert!(d.contains("char 'a'"), "{}", d);
    assert!(d.contains("split"), "{}", d);
    assert!(d.contains("match"), "{}", d);
}

#[test]
fn group_count_and_flags() {
    let r = Regex::compile("(a)(?:b)(c(d))", IGNORECASE).unwrap();
    assert_eq!(r.group_count(), 3);
    assert_eq!(r.flags(), IGNORECASE);
    assert!(!r.is_bytes());
}

// ---- robustness ----

/// A small deterministic PRNG (xorshift) for fuzzing.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[test]
fn random_patterns_never_panic() {
    let atoms = [
        "a",
        "b",
        ".",
        "(",
        ")",
        "|",
        "*",
        "+",
        "?",
        "*?",
        "{",
        "}",
        "{2}",
        "{1,3}",
        "{,2}",
        "[",
        "]",
        "^",
        "$",
        "\\",
        "\\d",
        "\\w",
        "\\s",
        "[^a-c]",
        "(?:",
        "(?",
        "é",
        "-",
        ",",
        "\\x4",
        "\\1",
        "(?P<",
        "\\b",
        "\\0",
        "[a-",
        "\u{10FFFF}",
    ];
    let subjects = ["", "a", "ab\nba", "aaaaaaaaaaaa", "é€ab", "a{2}b"];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut compiled = 0;
    for _ in 0..4000 {
        let len = (rng.next() % 12) as usize;
        let mut pat = String::new();
        for _ in 0..len {
            pat.push_str(rng.pick(&atoms));
        }
        let flags = [0, IGNORECASE, MULTILINE | DOTALL, ASCII][(rng.next() % 4) as usize];
        if let Ok(r) = Regex::compile(&pat, flags) {
            compiled += 1;
            for s in subjects {
                for mode in [Mode::Match, Mode::Search, Mode::FullMatch] {
                    let _ = r.match_at(s, 0, mode);
                }
                for m in r.find_iter(s, 0).take(50) {
                    let _ = m;
                }
            }
            let _ = r.template("\\1\\g<0>x");
        }
        let _ = Regex::compile_bytes(pat.as_bytes(), flags & !ASCII);
    }
    assert!(compiled > 500, "{}", compiled);
}

#[test]
fn random_bytes_patterns_never_panic() {
    let mut rng = Rng(12345);
    for _ in 0..3000 {
        let len = (rng.next() % 10) as usize;
        let pat: Vec<u8> = (0..len)
            .map(|_| b"ab.()|*+?{}[]^$\\-dws0,1\xff"[(rng.next() % 24) as usize])
            .collect();
        if let Ok(r) = Regex::compile_bytes(&pat, 0) {
            let s: &[u8] = b"ab\xff\n{1}";
            let _ = r.match_at(s, 0, Mode::Search);
        }
        let _ = Template::parse(&pat.iter().map(|&b| u32::from(b)).collect::<Vec<_>>(), 2);
    }
}

#[test]
fn pathological_patterns_finish() {
    let long = "a".repeat(40);
    for pat in [
        "(a*)*b",
        "(a|a)*c",
        "(a+)+b",
        "(a|aa)*b",
        "((a*)*)*b",
        "(a*)*$x",
        "(?:a?){40}a{40}c",
        "(a|a?)+b",
        "(.*)*b",
        "(a*?)*?b",
        "(x+x+)+y",
    ] {
        let r = Regex::compile(pat, 0).unwrap();
        for mode in [Mode::Match, Mode::Search, Mode::FullMatch] {
            assert_eq!(r.match_at(long.as_str(), 0, mode).unwrap(), None, "{}", pat);
        }
    }
    let xs = "x".repeat(3000);
    let r = Regex::compile("(x+x+)+y", 0).unwrap();
    assert_eq!(r.match_at(xs.as_str(), 0, Mode::Search).unwrap(), None);
    // `(a?){n}a{n}` on a^n: the classic; must match.
    let r = Regex::compile("(?:a?){30}a{30}", 0).unwrap();
    let s = "a".repeat(30);
    assert!(r
        .match_at(s.as_str(), 0, Mode::FullMatch)
        .unwrap()
        .is_some());
}

#[test]
fn long_subjects() {
    let s = "ab".repeat(50_000);
    let r = Regex::compile("(?:ab)*", 0).unwrap();
    assert_eq!(
        r.match_at(s.as_str(), 0, Mode::Match)
            .unwrap()
            .unwrap()
            .end(),
        s.len()
    );
    let r = Regex::compile("(a|b)*c", 0).unwrap();
    assert_eq!(r.match_at(s.as_str(), 0, Mode::Search).unwrap(), None);
    let r = Regex::compile("b", 0).unwrap();
    assert_eq!(r.find_iter(s.as_str(), 0).count(), 50_000);
}

#[test]
fn nesting_and_size_limits() {
    let deep = String::from("(").repeat(10_000) + &String::from(")").repeat(10_000);
    let e = Regex::compile(&deep, 0).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooComplex);
    let ok = String::from("(").repeat(40) + "a" + &String::from(")").repeat(40);
    let r = Regex::compile(&ok, 0).unwrap();
    assert_eq!(r.group_count(), 40);
    assert!(r.match_at("a", 0, Mode::Match).unwrap().is_some());
    let e = Regex::compile("((a{1000}){1000}){1000}", 0).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooComplex);
    let e = Regex::compile("a{70000}", 0).unwrap_err();
    assert_eq!(e.msg, "the repetition number is too large");
    let e = Regex::compile("(?:a{60000}){5}", 0).unwrap_err();
    assert_eq!(e.msg, "regex too large");
    let long = "ab".repeat(50_000);
    let r = Regex::compile(&long, 0).unwrap();
    assert!(r
        .match_at(long.as_str(), 0, Mode::FullMatch)
        .unwrap()
        .is_some());
    let r = Regex::compile("[a-c]{1000}", IGNORECASE).unwrap();
    assert_eq!(r.prog.sets.len(), 1);
    assert_eq!(e.kind, ErrorKind::TooComplex);
    let deep_nc = String::from("(?:").repeat(5000);
    assert!(Regex::compile(&deep_nc, 0).is_err());
    let many_alts = String::from("a|").repeat(5000);
    assert!(Regex::compile(&many_alts, 0).is_ok());
}

#[test]
#[ignore]
fn timing_report() {
    extern crate std;
    use std::time::Instant;
    let big = "a".repeat(1_000_000);
    let text = "hello world, foo_bar 123 ".repeat(40_000);
    for (pat, s) in [
        (".*x", big.as_str()),
        ("(a|b)*c", big.as_str()),
        ("(a*)*b", big.as_str()),
        ("a*a*a*x", big.as_str()),
        ("\\w+", text.as_str()),
        ("(\\w+) (\\w+)", text.as_str()),
        ("[0-9]+", text.as_str()),
        ("x", text.as_str()),
    ] {
        let r = Regex::compile(pat, 0).unwrap();
        let t = Instant::now();
        let first = r.match_at(s, 0, Mode::Search);
        let t1 = t.elapsed();
        let t = Instant::now();
        let n = r.find_iter(s, 0).take(200_000).count();
        std::println!(
            "{:12} search {:?} -> {:?}; finditer {} in {:?}",
            pat,
            t1,
            first.map(|c| c.map(|c| c.span())),
            n,
            t.elapsed()
        );
    }
}

/// The deepest accepted nesting, compiled and matched on a 16 KiB stack
/// (the size of a microcontroller's).
#[test]
fn deep_nesting_fits_a_small_stack() {
    extern crate std;
    // Two groups per level.
    let n = parse::MAX_NESTING / 2;
    let mut pat = String::new();
    for _ in 0..n {
        pat.push_str("(?:x|(");
    }
    pat.push('a');
    for _ in 0..n {
        pat.push_str(")*)*");
    }
    let worker = std::thread::Builder::new()
        .stack_size(16 * 1024)
        .spawn(move || {
            let r = Regex::compile(&pat, 0).unwrap();
            let m = r.match_at("aaxa", 0, Mode::Match).unwrap().unwrap();
            let deeper = String::from("(?:(a)*)*").repeat(2) + &"(".repeat(2 * n + 1);
            let too_deep = Regex::compile(&deeper, 0).is_err();
            (m.span(), r.group_count(), too_deep)
        })
        .unwrap();
    assert_eq!(worker.join().unwrap(), ((0, 4), n, true));
}

#[test]
fn cpython_ignorecase_pairs() {
    let mut failures = Vec::new();
    for &(c, d, lit, set, neg) in vectors::CASE {
        let (Some(pc), Some(sc)) = (char::from_u32(c), char::from_u32(d)) else {
            continue;
        };
        let subj = String::from(sc);
        let check = |pat: String| {
            let r = Regex::compile(&pat, IGNORECASE).unwrap();
            r.match_at(subj.as_str(), 0, Mode::Match).unwrap().is_some()
        };
        let esc = |c: char| {
            if c.is_ascii_alphanumeric() || !c.is_ascii() {
                alloc::format!("{}", c)
            } else {
                alloc::format!("\\{}", c)
            }
        };
        let got = (
            check(esc(pc)),
            check(alloc::format!("[{}]", esc(pc))),
            check(alloc::format!("[^{}]", esc(pc))),
        );
        if got != (lit, set, neg) {
            failures.push(alloc::format!(
                "{:?} vs {:?}: got {:?}, CPython {:?}",
                pc,
                sc,
                got,
                (lit, set, neg)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// When the memo would be too large, matching runs under a step budget and
/// reports `TooComplex` instead of hanging.
#[test]
fn step_budget_without_memo() {
    let s = "a".repeat(3_000_000);
    let r = Regex::compile("(a*)*b", 0).unwrap();
    let e = r.match_at(s.as_str(), 0, Mode::Match).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooComplex);
    // Linear work on the same subject is unaffected.
    let r = Regex::compile("a*b|a+", 0).unwrap();
    let m = r.match_at(s.as_str(), 0, Mode::Match).unwrap().unwrap();
    assert_eq!(m.span(), (0, s.len()));
}

#[test]
fn cpython_template_fuzz() {
    let r = Regex::compile("(a)(b)?(c)?", 0).unwrap();
    for &(repl, subj, exp) in vectors::TEMPLATE_FUZZ {
        let got = match r.template(repl) {
            Ok(_) => Ok(sub(&r, repl, subj)),
            Err(e) => Err(e.msg),
        };
        assert_eq!(
            got.as_deref(),
            exp.map_err(String::from).as_deref(),
            "{:?} on {:?}",
            repl,
            subj
        );
    }
}

#[test]
fn cpython_fuzz_compile() {
    let mut failures = Vec::new();
    for &(pat, exp) in super::fuzz_vectors::FUZZ_COMPILE {
        let got = Regex::compile(pat, 0);
        let ok = match (&got, exp) {
            (Ok(_), None) => true,
            // Constructs we reject on purpose, whatever CPython says.
            (Err(e), _) if e.kind != ErrorKind::Syntax => true,
            (Err(e), Some((msg, pos))) => e.msg == msg && e.pos == Some(pos),
            _ => false,
        };
        if !ok {
            failures.push(alloc::format!(
                "{:?}: got {:?}, CPython {:?}",
                pat,
                got.err(),
                exp
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
