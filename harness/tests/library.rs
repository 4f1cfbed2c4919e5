//! The harness against its own fixture cases (tests/fixtures/cases), with
//! CPython embedded and `python3` or small shell scripts standing in for the
//! `pycopy` binary, so that every path a real run can take is exercised.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use harness::cases::{self, Case};
use harness::cli;
use harness::compare::Status;
use harness::cpython::CPythonEnd;
use harness::expected::{self, Cache, Source};
use harness::report::CaseResult;
use harness::runner::{self, Options, Target};
use harness::targets::unix::UnixTarget;
use harness::targets::End;

/// Long enough for a python3 standing in for pycopy to start on a loaded CI
/// machine; the hanging fixtures cost this much each.
const TIMEOUT: Duration = Duration::from_secs(8);

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases")
}

fn all_cases() -> Vec<Case> {
    cases::discover(&fixtures()).unwrap()
}

fn case(name: &str) -> Case {
    all_cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no fixture {name}"))
}

fn options(cache: &Path) -> Options {
    Options {
        cache: Some(Cache::new(cache)),
        timeout: TIMEOUT,
        jobs: 2,
        progress: None,
    }
}

/// An executable shell script standing in for pycopy.
fn fake_interpreter(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn by_name(results: Vec<CaseResult>) -> BTreeMap<String, CaseResult> {
    results.into_iter().map(|r| (r.path.clone(), r)).collect()
}

fn cpython_stdout(name: &str) -> String {
    let (run, _) = expected::cpython_run(&case(name), None, TIMEOUT).unwrap();
    assert_eq!(run.end, CPythonEnd::Completed, "{name}: {}", run.stderr);
    String::from_utf8(run.stdout).unwrap()
}

#[test]
fn discovery_skips_helpers_and_packages() {
    let names: Vec<_> = all_cases().into_iter().map(|c| c.name).collect();
    assert!(names.contains(&"isolation/first.py".to_string()));
    assert!(!names
        .iter()
        .any(|n| n.contains("_helper") || n.contains("pkg/")));
    assert_eq!(names.len(), 21, "{names:#?}");
}

#[test]
fn cpython_runs_each_case_as_a_fresh_main_script() {
    // Module state, globals and sys.modules do not leak between cases.
    assert_eq!(cpython_stdout("isolation/first.py"), "1\n");
    assert_eq!(
        cpython_stdout("isolation/second.py"),
        "1\nFalse __main__\nTrue True\nTrue\n"
    );
    assert_eq!(cpython_stdout("isolation/first.py"), "1\n");
    assert_eq!(
        cpython_stdout("isolation/cwd.py"),
        "data next to the case\n"
    );
    assert_eq!(
        cpython_stdout("isolation/use_pkg.py"),
        "imported pkg.mod\npkg.mod\n"
    );
    assert_eq!(cpython_stdout("isolation/stdin.py"), "EOF\n");
    // What CPython prints while exiting is part of the output.
    assert_eq!(
        cpython_stdout("isolation/at_exit.py"),
        "main done\natexit ran\nfinalised\n"
    );
    assert_eq!(
        cpython_stdout("isolation/threads.py"),
        "main done\nthread done\n"
    );
    // Only stdout is captured as the expected output.
    assert_eq!(cpython_stdout("basics/stderr.py"), "out\n");
    assert_eq!(cpython_stdout("errors/sysexit_zero.py"), "before\n");
}

#[test]
fn cpython_failures_are_reported_not_fatal() {
    let problem = |name: &str| expected::expected(&case(name), None, TIMEOUT).unwrap_err();
    let raised = problem("errors/raises.py");
    assert!(
        raised
            .reason
            .starts_with("CPython raised ZeroDivisionError: division by zero"),
        "{}",
        raised.reason
    );
    assert!(raised.detail.contains("Traceback"), "{}", raised.detail);
    assert!(
        raised.detail.contains("raises.py\", line 3"),
        "{}",
        raised.detail
    );
    assert!(
        !raised.detail.contains("cpython_driver"),
        "{}",
        raised.detail
    );
    let exit = problem("errors/sysexit_code.py");
    assert!(
        exit.reason.starts_with("CPython raised SystemExit: 3"),
        "{}",
        exit.reason
    );
    let syntax = problem("errors/syntax.py");
    assert!(
        syntax.reason.starts_with("CPython raised SyntaxError:"),
        "{}",
        syntax.reason
    );
    // An endless loop that catches everything still ends at the time limit.
    let start = Instant::now();
    let hang = problem("errors/hang.py");
    assert!(
        hang.reason
            .starts_with(&format!("CPython timed out after {} s", TIMEOUT.as_secs())),
        "{}",
        hang.reason
    );
    assert!(start.elapsed() < TIMEOUT * 3);
    // ... and CPython still works afterwards.
    assert_eq!(
        cpython_stdout("basics/print.py").lines().next(),
        Some("hello")
    );
}

#[test]
fn non_utf8_cpython_output_is_kept_as_bytes() {
    let (run, _) = expected::cpython_run(&case("process/non_utf8.py"), None, TIMEOUT).unwrap();
    assert_eq!(run.stdout, b"ok \xff\xfe\n");
}

#[test]
fn cpython_outputs_are_cached_by_case_text() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = Cache::new(tmp.path().join("cache"));
    let dir = tmp.path().join("cases");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("c.py"), "print('one')\n").unwrap();
    let c = &cases::discover(&dir).unwrap()[0];
    let (run, cached) = expected::cpython_run(c, Some(&cache), TIMEOUT).unwrap();
    assert_eq!((run.stdout.as_slice(), cached), (&b"one\n"[..], false));
    let (run, cached) = expected::cpython_run(c, Some(&cache), TIMEOUT).unwrap();
    assert_eq!((run.stdout.as_slice(), cached), (&b"one\n"[..], true));
    // The cache holds exactly one entry, and a changed case misses it.
    assert_eq!(fs::read_dir(cache.dir()).unwrap().count(), 1);
    fs::write(dir.join("c.py"), "print('two')\n").unwrap();
    let (run, cached) = expected::cpython_run(c, Some(&cache), TIMEOUT).unwrap();
    assert_eq!((run.stdout.as_slice(), cached), (&b"two\n"[..], false));
    // An unreadable case is an error, not a panic.
    fs::remove_file(dir.join("c.py")).unwrap();
    let err = expected::cpython_run(c, Some(&cache), TIMEOUT).unwrap_err();
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn unix_target_with_python3_standing_in_for_pycopy() {
    let tmp = tempfile::tempdir().unwrap();
    let target = Target::Unix(UnixTarget::new("python3", TIMEOUT));
    let start = Instant::now();
    let report = runner::run(&all_cases(), &target, &options(tmp.path())).unwrap();
    assert_eq!(report.target, "unix");
    let results = by_name(report.cases);
    let check = |name: &str, status: Status, reason: &str| {
        let r = &results[name];
        assert_eq!(r.status, status, "{name}: {r:#?}");
        assert!(
            r.reason.as_deref().unwrap_or("").contains(reason),
            "{name}: {r:#?}"
        );
        r
    };
    for name in [
        "basics/print.py",
        "basics/stderr.py",
        "errors/sysexit_zero.py",
        "isolation/at_exit.py",
        "isolation/cwd.py",
        "isolation/first.py",
        "isolation/second.py",
        "isolation/stdin.py",
        "isolation/threads.py",
        "isolation/use_pkg.py",
        "process/non_utf8.py",
    ] {
        let r = check(name, Status::Pass, "");
        assert_eq!(r.expected_from, Some(Source::Cpython), "{name}");
    }
    let r = check("basics/exp_crlf.py", Status::Pass, "");
    assert_eq!(r.expected_from, Some(Source::Exp));
    check("basics/skip.py", Status::Skip, "SKIP");

    let r = check("basics/exp_wrong.py", Status::Fail, "output differs");
    let diff = r.diff.as_deref().unwrap();
    assert!(diff.contains("-line two\n+line 2\n"), "{diff}");
    assert!(r.message().contains(diff));

    check(
        "errors/raises.py",
        Status::Fail,
        "CPython raised ZeroDivisionError",
    );
    check(
        "errors/sysexit_code.py",
        Status::Fail,
        "CPython raised SystemExit: 3",
    );
    check(
        "errors/syntax.py",
        Status::Fail,
        "CPython raised SyntaxError",
    );
    check("errors/hang.py", Status::Fail, "CPython timed out");

    let r = check("process/crash.py", Status::Fail, "signal 11 (SIGSEGV)");
    assert!(r.diff.as_deref().unwrap().contains("-after"));
    let r = check(
        "process/hang.py",
        Status::Fail,
        &format!("timed out after {} s", TIMEOUT.as_secs()),
    );
    assert!(r.diff.as_deref().unwrap().contains("-end"));
    let r = check("process/non_utf8_wrong.py", Status::Fail, "not valid UTF-8");
    assert!(r.diff.as_deref().unwrap().contains("+text \u{fffd}"));

    assert_eq!(results.len(), 21);
    // The hangs end at the time limit (CPython's serially, ours in
    // parallel with the rest). Generous bound: the point is that nothing
    // waited for 600 s.
    assert!(start.elapsed() < TIMEOUT * 8);
}

#[test]
fn missing_binary_fails_every_case_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let target = UnixTarget::new(tmp.path().join("no-pycopy"), TIMEOUT);
    let c = case("basics/print.py");
    let result = runner::run_unix_case(&target, &c, &expected::from_exp_file(&c.path));
    assert_eq!(result.status, Status::Fail);
    let reason = result.reason.unwrap();
    assert!(
        reason.contains("cannot run") && reason.contains("no-pycopy"),
        "{reason}"
    );
}

#[test]
fn big_outputs_on_both_pipes_do_not_block() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_interpreter(
        tmp.path(),
        "chatty",
        "head -c 2000000 /dev/zero >&2\nhead -c 3000000 /dev/zero | tr '\\0' x",
    );
    let out = UnixTarget::new(fake, Duration::from_secs(20)).run(&case("basics/print.py"));
    assert_eq!(out.end, End::Exited(0));
    assert_eq!(out.stderr.len(), 2_000_000);
    assert_eq!(out.stdout.len(), 3_000_000);
}

#[test]
fn a_grandchild_holding_the_pipes_does_not_hang_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_interpreter(tmp.path(), "forks", "sleep 20 &\necho hello");
    let start = Instant::now();
    let out = UnixTarget::new(fake, TIMEOUT).run(&case("basics/print.py"));
    assert_eq!(out.end, End::Exited(0));
    assert_eq!(out.stdout, b"hello\n");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn exit_status_and_stderr_of_the_target_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_interpreter(
        tmp.path(),
        "fails",
        "echo hello\necho 'Traceback (most recent call last):' >&2\nexit 1",
    );
    let c = case("basics/print.py");
    let expected = Ok(expected::Expected {
        stdout: b"hello\n".to_vec(),
        source: Source::Exp,
    });
    let r = runner::run_unix_case(&UnixTarget::new(fake, TIMEOUT), &c, &expected);
    assert_eq!(r.status, Status::Fail);
    assert_eq!(
        r.reason.as_deref(),
        Some("exited with status 1 after printing the expected output")
    );
    assert!(r.detail.unwrap().contains("Traceback"));
}

#[test]
fn cpython_target_checks_the_cases_themselves() {
    let tmp = tempfile::tempdir().unwrap();
    // The process/ fixtures crash or block their process: unix target only.
    let mut cases = all_cases();
    cases.retain(|c| !c.name.starts_with("process/"));
    let report = runner::run(&cases, &Target::Cpython, &options(tmp.path())).unwrap();
    assert_eq!(report.target, "cpython");
    let results = by_name(report.cases);
    assert_eq!(results["basics/print.py"].status, Status::Pass);
    assert_eq!(results["basics/skip.py"].status, Status::Skip);
    // Cases with a .exp file hold Pycopy's output: not run on CPython.
    for name in ["basics/exp_crlf.py", "basics/exp_wrong.py"] {
        assert_eq!(results[name].status, Status::Skip, "{name}");
        assert_eq!(
            results[name].reason.as_deref(),
            Some(runner::NOT_ON_CPYTHON)
        );
    }
    assert_eq!(results["errors/raises.py"].status, Status::Fail);
    assert_eq!(results["errors/hang.py"].status, Status::Fail);
}

#[test]
fn cli_runs_any_directory_of_cases_and_writes_json() {
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("out/results.json");
    let arg = |s: &str| OsString::from(s);
    let args = vec![
        arg("run"),
        arg("--cases"),
        fixtures().into_os_string(),
        arg("--filter"),
        arg("basics/"),
        arg("--binary"),
        arg("python3"),
        arg("--json"),
        json.clone().into_os_string(),
        arg("--cache"),
        tmp.path().join("cache").into_os_string(),
        arg("--diff"),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = cli::main(&args, &mut out, &mut err);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("FAIL basics/exp_wrong.py: output differs\n"),
        "{out}"
    );
    assert!(out.contains("    -line two\n"), "{out}");
    assert_eq!(out.lines().last(), Some("3 passed, 1 failed, 1 skipped"));
    let report: serde_json::Value = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    assert_eq!(report["target"], "unix");
    assert_eq!(report["total"], 5);
    assert_eq!(report["cases"].as_array().unwrap().len(), 5);
    assert_eq!(report["cases"][0]["path"], "basics/exp_crlf.py");
    assert_eq!(report["cases"][0]["status"], "pass");

    // Nothing failing: status 0.
    let mut args = args;
    args[4] = arg("basics/print");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(cli::main(&args, &mut out, &mut err), 0);
    assert!(String::from_utf8(out)
        .unwrap()
        .ends_with("1 passed, 0 failed, 0 skipped\n"));
}
