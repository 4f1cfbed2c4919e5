//! The `cargo test` entry point: every case under the repository's cases/ is
//! one trial, named by its path (`cargo test -- basics/` runs one area), run
//! on the release `pycopy` binary, which this builds first when needed.
//!
//! Expected outputs are worked out before the trials start, on the main
//! thread (the embedded CPython wants that), only for the selected cases;
//! the trials then run in parallel on libtest-mimic's threads. A case that
//! prints SKIP shows as ignored, with its reason.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use harness::cases::{self, Case};
use harness::compare::Status;
use harness::expected::{Cache, Expectation};
use harness::runner::{self, Options};
use harness::targets::unix::UnixTarget;
use harness::workspace;
use libtest_mimic::{Arguments, Completion, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(10);

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let cases = match cases::discover(&workspace::cases_dir()) {
        Ok(cases) => cases,
        Err(e) => {
            let trial = Trial::test("harness: discover cases", move || Err(e.into()));
            return libtest_mimic::run(&args, vec![trial]).exit_code();
        }
    };
    let selected: Vec<bool> = cases.iter().map(|c| will_run(&args, c)).collect();
    if !selected.contains(&true) {
        let trials = cases.iter().map(|c| placeholder(&c.name)).collect();
        return libtest_mimic::run(&args, trials).exit_code();
    }

    let target = workspace::build_pycopy().map(|binary| Arc::new(UnixTarget::new(binary, TIMEOUT)));
    if let Err(e) = &target {
        eprintln!("harness: {e}");
    }
    let options = Options {
        cache: Some(Cache::new(workspace::cache_dir())),
        timeout: TIMEOUT,
        jobs: 1,
        progress: None,
    };
    let from_cpython = cases
        .iter()
        .zip(&selected)
        .filter(|(c, &s)| s && c.exp.is_none())
        .count();
    if from_cpython > 0 {
        eprintln!(
            "harness: expected outputs of {from_cpython} cases from CPython (cached in {})",
            workspace::cache_dir().display()
        );
    }
    let trials = cases
        .into_iter()
        .zip(selected)
        .map(|(case, selected)| {
            if !selected {
                return placeholder(&case.name);
            }
            let expected = harness::expected::expected(&case, options.cache.as_ref(), TIMEOUT);
            let target = target.clone();
            Trial::ignorable_test(case.name.clone(), move || {
                let target = target.map_err(|e| format!("no pycopy binary: {e}"))?;
                run_trial(&target, &case, &expected)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit_code()
}

fn run_trial(
    target: &UnixTarget,
    case: &Case,
    expected: &Expectation,
) -> Result<Completion, Failed> {
    let result = runner::run_unix_case(target, case, expected);
    match result.status {
        Status::Pass => Ok(Completion::Completed),
        Status::Skip => Ok(Completion::ignored_with(
            result.reason.unwrap_or_else(|| "skipped".into()),
        )),
        Status::Fail => Err(result.message().into()),
    }
}

/// Whether libtest-mimic will run the trial of this case (not listing,
/// not filtered out), asked on a stand-in trial of the same name.
fn will_run(args: &Arguments, case: &Case) -> bool {
    !args.list && !args.is_filtered_out(&placeholder(&case.name)) && !args.bench
}

/// A trial that is listed or filtered out, never run.
fn placeholder(name: &str) -> Trial {
    Trial::test(name, || Ok(()))
}
