//! CPython runs from the thread that initialised the interpreter, as the
//! `cargo test` entry point and the CLI do: there the time limit also
//! interrupts a case blocked in a system call, and process-wide state (the
//! working directory) can be checked without other tests interfering.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use harness::cases::{self, Case};
use harness::cpython::CPythonEnd;
use harness::expected;
use libtest_mimic::{Arguments, Failed, Trial};

fn write_case(dir: &Path, text: &str) -> Case {
    fs::write(dir.join("case.py"), text).unwrap();
    cases::discover(dir).unwrap().remove(0)
}

fn blocked_in_sleep_is_interrupted() -> Result<(), Failed> {
    let tmp = tempfile::tempdir()?;
    let case = write_case(
        tmp.path(),
        "import time\nprint('start', flush=True)\ntime.sleep(120)\nprint('end')\n",
    );
    let start = Instant::now();
    let (run, _) = expected::cpython_run(&case, None, Duration::from_secs(1))?;
    if run.end != CPythonEnd::TimedOut || run.stdout != b"start\n" {
        return Err(format!("{run:?}").into());
    }
    if start.elapsed() > Duration::from_secs(10) {
        return Err(format!("took {:?}", start.elapsed()).into());
    }
    Ok(())
}

fn working_directory_is_restored() -> Result<(), Failed> {
    let before = std::env::current_dir()?;
    let tmp = tempfile::tempdir()?;
    let case = write_case(tmp.path(), "import os\nprint(os.getcwd())\n");
    let (run, _) = expected::cpython_run(&case, None, Duration::from_secs(5))?;
    let printed = String::from_utf8_lossy(&run.stdout);
    if Path::new(printed.trim()) != tmp.path().canonicalize()? {
        return Err(format!("the case ran in {printed}").into());
    }
    if std::env::current_dir()? != before {
        return Err("the working directory was not restored".into());
    }
    Ok(())
}

fn main() {
    let mut args = Arguments::from_args();
    args.test_threads = Some(1);
    let trials = vec![
        Trial::test(
            "blocked_in_sleep_is_interrupted",
            blocked_in_sleep_is_interrupted,
        ),
        Trial::test(
            "working_directory_is_restored",
            working_directory_is_restored,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}
