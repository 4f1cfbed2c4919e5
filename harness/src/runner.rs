//! Running a set of cases on a target and collecting a report.
//!
//! CPython work (expected outputs, the cpython target) runs first and
//! serially on the calling thread, since the embedded interpreter is shared
//! and changes the process's working directory; the unix target's processes
//! then run in parallel on a rayon pool, a QEMU board's cases on one
//! emulated machine per worker thread.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::case_targets;
use crate::cases::Case;
use crate::compare::{judge, Status, Verdict};
use crate::cpydiff;
use crate::expected::{self, Cache, Expectation, Problem, Source};
use crate::progress::Progress;
use crate::report::{CaseResult, Report};
use crate::targets::qemu::QemuTarget;
use crate::targets::unix::UnixTarget;
use crate::targets::Output;

/// What to run the cases on.
#[derive(Debug, Clone)]
pub enum Target {
    /// The `pycopy` executable.
    Unix(UnixTarget),
    /// The embedded CPython: checks that the cases without a `.exp` file run
    /// to completion there (see `run_cpython_case`).
    Cpython,
    /// A board's firmware under QEMU.
    Qemu(QemuTarget),
}

impl Target {
    /// The name used in reports: `unix`, `cpython`, `qemu:<board>`.
    pub fn name(&self) -> String {
        match self {
            Target::Unix(_) => "unix".into(),
            Target::Cpython => "cpython".into(),
            Target::Qemu(q) => q.name(),
        }
    }
}

/// How to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where CPython's outputs are cached; None runs CPython every time.
    pub cache: Option<Cache>,
    /// Time limit of one case, on CPython and on the target.
    pub timeout: Duration,
    /// Cases run at once on the unix target.
    pub jobs: usize,
    /// Where to show how far the run is (the CLI's progress bar).
    pub progress: Option<Arc<Progress>>,
}

impl Options {
    fn start(&self, label: &str, total: usize) {
        if let Some(p) = &self.progress {
            p.phase(label, total);
        }
    }

    fn tick(&self, status: Option<Status>) {
        if let Some(p) = &self.progress {
            p.tick(status);
        }
    }
}

/// The expected output of each case, in order. Runs CPython for the cases
/// without `.exp` whose output is not cached.
pub fn expectations(cases: &[Case], options: &Options) -> Vec<Expectation> {
    options.start("expected outputs", cases.len());
    cases
        .iter()
        .map(|case| {
            let expected = expected::expected(case, options.cache.as_ref(), options.timeout);
            options.tick(None);
            expected
        })
        .collect()
}

/// The result of a case that does not run on `target` (its
/// `# pycopy-targets:` line, see `case_targets`), or None if it does.
pub fn declared_skip(case: &Case, target: &str) -> Option<CaseResult> {
    let reason = case_targets::skip_reason(case, target)?;
    let verdict = Verdict {
        status: Status::Skip,
        reason: Some(reason),
        diff: None,
        detail: None,
    };
    Some(CaseResult::new(
        &case.name,
        target,
        verdict,
        Duration::ZERO,
        None,
    ))
}

/// Runs one case on the unix target and judges it.
pub fn run_unix_case(target: &UnixTarget, case: &Case, expected: &Expectation) -> CaseResult {
    if let Some(skipped) = declared_skip(case, "unix") {
        return skipped;
    }
    let output = target.run(case);
    let verdict = judge(expected, &output);
    let source = expected.as_ref().ok().map(|e| e.source);
    CaseResult::new(&case.name, "unix", verdict, output.duration, source)
}

/// Runs one case on CPython (or takes its cached run) and judges it against
/// itself: only a run that raises or hangs fails. A documented difference
/// passes when CPython still prints something other than its `.exp` file.
///
/// Any other case with a `.exp` file is skipped: its output is Pycopy's by
/// definition, and such cases may do what CPython cannot survive in-process
/// (run regular expressions that backtrack for hours in C, exhaust memory,
/// `os._exit`), which would stall or end the whole run.
pub fn run_cpython_case(case: &Case, options: &Options) -> CaseResult {
    let start = Instant::now();
    if case.exp.is_some() && !cpydiff::is_cpydiff(case) {
        let verdict = Verdict {
            status: Status::Skip,
            reason: Some(NOT_ON_CPYTHON.into()),
            diff: None,
            detail: None,
        };
        return CaseResult::new(&case.name, "cpython", verdict, start.elapsed(), None);
    }
    let (output, expected) =
        match expected::cpython_run(case, options.cache.as_ref(), options.timeout) {
            Ok((run, _cached)) if cpydiff::is_cpydiff(case) => {
                let verdict = cpydiff::judge_on_cpython(case, &run);
                let output = Output::from_cpython(run, options.timeout, start.elapsed());
                let source = Some(Source::Exp).filter(|_| case.exp.is_some());
                return CaseResult::new(&case.name, "cpython", verdict, output.duration, source);
            }
            Ok((run, _cached)) => {
                let expected = expected::from_cpython_run(&run, options.timeout);
                let output = Output::from_cpython(run, options.timeout, start.elapsed());
                (output, expected)
            }
            Err(e) => (Output::not_started(&e), Err(Problem::new(e))),
        };
    let verdict = judge(&expected, &output);
    let source = expected.as_ref().ok().map(|e| e.source);
    CaseResult::new(&case.name, "cpython", verdict, output.duration, source)
}

/// Why the cpython target skips a case with a `.exp` file.
pub const NOT_ON_CPYTHON: &str = "Pycopy-specific expected output (.exp): not run on CPython";

/// Runs all the cases on a target.
pub fn run(cases: &[Case], target: &Target, options: &Options) -> Result<Report, String> {
    let start = Instant::now();
    let results = match target {
        Target::Unix(unix) => {
            let expected = expectations(cases, options);
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(options.jobs.max(1))
                .build()
                .map_err(|e| format!("starting {} worker threads: {e}", options.jobs))?;
            options.start(&target.name(), cases.len());
            pool.install(|| {
                cases
                    .par_iter()
                    .zip(&expected)
                    .map(|(case, expected)| {
                        let result = run_unix_case(unix, case, expected);
                        options.tick(Some(result.status));
                        result
                    })
                    .collect()
            })
        }
        Target::Cpython => {
            options.start(&target.name(), cases.len());
            cases
                .iter()
                .map(|case| {
                    let result = run_cpython_case(case, options);
                    options.tick(Some(result.status));
                    result
                })
                .collect()
        }
        Target::Qemu(qemu) => run_qemu_cases(qemu, cases, options),
    };
    if let Some(p) = &options.progress {
        p.clear();
    }
    Ok(Report::new(&target.name(), results, start.elapsed()))
}

/// Runs cases on a QEMU board, `options.jobs` machines at once. Cases
/// declared for other targets are skipped without starting a machine.
pub fn run_qemu_cases(qemu: &QemuTarget, cases: &[Case], options: &Options) -> Vec<CaseResult> {
    let name = qemu.name();
    let expected = expectations(cases, options);
    options.start(&name, cases.len());
    let mut results: Vec<Option<CaseResult>> = cases
        .iter()
        .map(|case| declared_skip(case, &name))
        .collect();
    for skipped in results.iter().flatten() {
        options.tick(Some(skipped.status));
    }
    let todo: Vec<usize> = (0..cases.len()).filter(|&i| results[i].is_none()).collect();
    let to_run: Vec<&Case> = todo.iter().map(|&i| &cases[i]).collect();
    let judged = |k: usize, output: &Output| {
        let i = todo[k];
        let verdict = judge(&expected[i], output);
        let source = expected[i].as_ref().ok().map(|e| e.source);
        CaseResult::new(&cases[i].name, &name, verdict, output.duration, source)
    };
    let outputs = qemu.run_all(&to_run, options.jobs, &|k, output| {
        options.tick(Some(judged(k, output).status))
    });
    for (k, output) in outputs.iter().enumerate() {
        results[todo[k]] = Some(judged(k, output));
    }
    results.into_iter().flatten().collect()
}
