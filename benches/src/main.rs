//! `cargo run --release -p pycopy-bench [-- --runs N] [NAME...]`: runs every
//! program in benches/ (or the named ones) on target/release/pycopy and on
//! python3, checks that both print the same, and reports the best wall time
//! and the peak memory (max RSS) of each, with the ratios pycopy/CPython.
//! Timing is measured here and reported, never asserted by tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

struct Run {
    seconds: f64,
    max_rss_kb: i64,
    stdout: Vec<u8>,
}

/// Run a program once, measuring wall time and the child's max RSS.
fn run_once(program: &Path, args: &[&Path]) -> Result<Run, String> {
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {}", program.display(), e))?;
    let pid = child.id() as libc::pid_t;
    let mut stdout = Vec::new();
    if let Some(mut out) = child.stdout {
        use std::io::Read;
        let _ = out.read_to_end(&mut stdout);
    }
    let mut status = 0;
    // SAFETY: waiting for our own child with a zeroed rusage to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if r != pid {
        return Err(format!("wait for {} failed", program.display()));
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        return Err(format!(
            "{} failed on {}",
            program.display(),
            args[0].display()
        ));
    }
    Ok(Run {
        seconds: start.elapsed().as_secs_f64(),
        max_rss_kb: usage.ru_maxrss,
        stdout,
    })
}

/// The best of `runs` runs (the least disturbed by other load).
fn best(program: &Path, file: &Path, runs: usize) -> Result<Run, String> {
    let mut best: Option<Run> = None;
    for _ in 0..runs {
        let r = run_once(program, &[file])?;
        if best.as_ref().is_none_or(|b| r.seconds < b.seconds) {
            best = Some(r);
        }
    }
    best.ok_or_else(|| String::from("no runs"))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pycopy = root.join("../target/release/pycopy");
    let mut runs = 3;
    let mut names: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            names.push(a);
        }
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files.retain(|f| {
        names.is_empty()
            || names
                .iter()
                .any(|n| f.file_stem().is_some_and(|s| s == n.as_str()))
    });
    if !pycopy.exists() {
        eprintln!("build the interpreter first: cargo build --release -p pycopy-unix");
        std::process::exit(2);
    }
    println!(
        "{:<14} {:>10} {:>10} {:>7} {:>10} {:>10} {:>7}",
        "program", "pycopy s", "cpython s", "ratio", "pycopy KB", "cpython KB", "ratio"
    );
    let (mut time_product, mut mem_product, mut n) = (1.0f64, 1.0f64, 0);
    for f in &files {
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ours = best(&pycopy, f, runs);
        let theirs = best(Path::new("python3"), f, runs);
        match (ours, theirs) {
            (Ok(o), Ok(t)) => {
                let same = if o.stdout == t.stdout {
                    ""
                } else {
                    "  (output differs)"
                };
                let tr = o.seconds / t.seconds;
                let mr = o.max_rss_kb as f64 / t.max_rss_kb as f64;
                println!(
                    "{:<14} {:>10.3} {:>10.3} {:>7.2} {:>10} {:>10} {:>7.2}{}",
                    name, o.seconds, t.seconds, tr, o.max_rss_kb, t.max_rss_kb, mr, same
                );
                time_product *= tr;
                mem_product *= mr;
                n += 1;
            }
            (Err(e), _) | (_, Err(e)) => println!("{:<14} error: {}", name, e),
        }
    }
    if n > 0 {
        let geo = |p: f64| p.powf(1.0 / n as f64);
        println!(
            "geometric mean of the ratios: time {:.2}, memory {:.2}",
            geo(time_product),
            geo(mem_product)
        );
    }
}
