//! The command line: `harness run [options]`, `harness report [options]`.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::boards::{self, Board};
use crate::cases;
use crate::compare::Status;
use crate::expected::Cache;
use crate::generate;
use crate::junit;
use crate::progress::Progress;
use crate::results;
use crate::runner::{self, Options, Target};
use crate::shard::Shard;
use crate::targets::qemu::QemuTarget;
use crate::targets::unix::UnixTarget;
use crate::workspace;

const USAGE: &str = "\
usage: harness run [options]
       harness report [options]

harness run: runs conformance cases on a target, prints each failure and the
line `N passed, N failed, N skipped`, and writes the results as JSON.
Exits with 0 when nothing failed, 1 when a case failed, 2 on a usage error.

options:
  --target T             where to run the cases: unix (the default), cpython,
                         or qemu:BOARD, a board of qemu-boards/ under QEMU
                         (`qemu` alone: qemu:mps2-an385); its firmware is
                         built first
  --cases DIR            a directory of cases (default: the repository's cases/)
  --filter PAT           only the cases whose name contains PAT
  --list FILE            only the cases whose name contains one of the lines
                         of FILE (blank lines and # comments ignored)
  --shard I/N            only part I of N of the (filtered, sorted) cases
  --jobs N               cases run at once: processes on unix, QEMU machines
                         on a board (default: number of CPUs)
  --timeout SECS         time limit of one case (default: 10; 30 on a board)
  --binary PATH          the pycopy executable (default: build the release one)
  --json PATH            the JSON results (default: reports/results.json for
                         unix, reports/results-<target>.json for others,
                         e.g. results-qemu-mps2-an385.json; with
                         --shard, results[-<target>].shardIofN.json)
  --junit PATH           also write the results as JUnit XML
  --cache DIR            CPython's cached outputs
                         (default: target/harness-cache/cpython)
  --diff                 also print the diff and stderr of each failure
  --no-progress          no progress bar or progress lines on stderr

harness report: regenerates docs/differences.md, reports/compat.md and
reports/compat.html from the cases, the spec's library chapter and the
results files in reports/ (running the unix and cpython targets first when
their results file is missing). Exits with 0, or 2 when it cannot.

options:
  --cases DIR            the cases (default: the repository's cases/)
  --reports DIR          results in, compat.md/.html out (default: reports/)
  --docs PATH            the differences page (default: docs/differences.md)
  --spec PATH            the spec's text (default: $PYCOPY_SPEC, else
                         shared/spec/pycopy-docs.txt in a folder above the
                         repository; without it, reports/library-api.txt)
  --no-run               never run a target: missing results are \"not run\"
  --binary PATH          the pycopy executable for a unix run
  --timeout SECS         time limit of one case in those runs (default: 10)
  --cache DIR            CPython's cached outputs
  --check                write nothing; exit with 1 if a document is out of date
";

/// The options of `harness run`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunArgs {
    pub target: String,
    pub cases: PathBuf,
    pub filter: Option<String>,
    /// `--list`: the patterns read from the file.
    pub list: Option<Vec<String>>,
    pub jobs: usize,
    pub timeout: Duration,
    pub binary: Option<PathBuf>,
    pub json: PathBuf,
    pub junit: Option<PathBuf>,
    pub shard: Option<Shard>,
    pub cache: PathBuf,
    pub diff: bool,
    pub progress: bool,
}

impl Default for RunArgs {
    fn default() -> Self {
        RunArgs {
            target: "unix".into(),
            cases: workspace::cases_dir(),
            filter: None,
            list: None,
            jobs: std::thread::available_parallelism().map_or(1, Into::into),
            timeout: Duration::from_secs(10),
            binary: None,
            json: workspace::results_json(),
            junit: None,
            shard: None,
            cache: workspace::cache_dir(),
            diff: false,
            progress: true,
        }
    }
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Run(RunArgs),
    Report(ReportArgs),
    Help,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[OsString]) -> Result<Command, String> {
    let mut args = args.iter();
    match args.next().map(|a| a.to_str()) {
        None | Some(Some("help" | "-h" | "--help")) => return Ok(Command::Help),
        Some(Some("run")) => {}
        Some(Some("report")) => return parse_report(args),
        Some(other) => {
            return Err(format!(
                "unknown command {:?}",
                other.unwrap_or("(not UTF-8)")
            ))
        }
    }
    let mut run = RunArgs::default();
    let mut json = None;
    let mut timeout_given = false;
    while let Some(flag) = args.next() {
        let flag = flag
            .to_str()
            .ok_or_else(|| format!("unknown option {flag:?}"))?;
        if flag == "--diff" {
            run.diff = true;
            continue;
        }
        if flag == "--no-progress" {
            run.progress = false;
            continue;
        }
        if matches!(flag, "-h" | "--help") {
            return Ok(Command::Help);
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let text = || {
            value
                .to_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{flag}: the value is not UTF-8"))
        };
        match flag {
            "--target" => {
                run.target = text()?;
                if run.target == "qemu" {
                    run.target = format!("qemu:{}", boards::DEFAULT_BOARD);
                }
                if let Some(board) = run.target.strip_prefix("qemu:") {
                    Board::load(board).map_err(|e| format!("--target: {e}"))?;
                } else if !matches!(run.target.as_str(), "unix" | "cpython") {
                    return Err(format!(
                        "--target: unknown target {:?} (unix, cpython or qemu:BOARD)",
                        run.target
                    ));
                }
            }
            "--list" => {
                let path = absolute(value)?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("--list: {}: {e}", path.display()))?;
                run.list = Some(list_patterns(&text));
            }
            "--cases" => run.cases = absolute(value)?,
            "--filter" => run.filter = Some(text()?),
            "--jobs" => {
                run.jobs = text()?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--jobs needs a positive whole number")?
            }
            "--timeout" => {
                timeout_given = true;
                run.timeout = parse_timeout(value)?
            }
            // A bare name is looked up on PATH; a path is made absolute, as
            // the process starts in the case's folder.
            "--binary" if Path::new(value).components().count() == 1 => {
                run.binary = Some(PathBuf::from(value))
            }
            "--binary" => run.binary = Some(absolute(value)?),
            "--json" => json = Some(absolute(value)?),
            "--junit" => run.junit = Some(absolute(value)?),
            "--shard" => run.shard = Some(text()?.parse()?),
            "--cache" => run.cache = absolute(value)?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if run.target.starts_with("qemu:") && !timeout_given {
        run.timeout = QEMU_TIMEOUT;
    }
    run.json = json.unwrap_or_else(|| {
        results::default_path(&workspace::reports_dir(), &run.target, run.shard)
    });
    Ok(Command::Run(run))
}

/// The default time limit of a case on an emulated board (slower than the
/// host, and sharing its CPUs with the other machines).
const QEMU_TIMEOUT: Duration = Duration::from_secs(30);

/// The patterns of a `--list` file: one per line, without blank lines and
/// `#` comments.
fn list_patterns(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The options of `harness report`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportArgs {
    pub cases: PathBuf,
    pub reports: PathBuf,
    pub docs: PathBuf,
    /// None: the default place, when the file is there.
    pub spec: Option<PathBuf>,
    pub run_missing: bool,
    pub binary: Option<PathBuf>,
    pub timeout: Duration,
    pub cache: PathBuf,
    pub check: bool,
}

impl Default for ReportArgs {
    fn default() -> Self {
        ReportArgs {
            cases: workspace::cases_dir(),
            reports: workspace::reports_dir(),
            docs: workspace::root().join("docs").join("differences.md"),
            spec: None,
            run_missing: true,
            binary: None,
            timeout: Duration::from_secs(10),
            cache: workspace::cache_dir(),
            check: false,
        }
    }
}

fn parse_report<'a>(mut args: impl Iterator<Item = &'a OsString>) -> Result<Command, String> {
    let mut report = ReportArgs::default();
    while let Some(flag) = args.next() {
        let flag = flag
            .to_str()
            .ok_or_else(|| format!("unknown option {flag:?}"))?;
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "--no-run" => {
                report.run_missing = false;
                continue;
            }
            "--check" => {
                report.check = true;
                continue;
            }
            "--cases" | "--reports" | "--docs" | "--spec" | "--cache" | "--binary"
            | "--timeout" => {}
            _ => return Err(format!("unknown option {flag}")),
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag {
            "--cases" => report.cases = absolute(value)?,
            "--reports" => report.reports = absolute(value)?,
            "--docs" => report.docs = absolute(value)?,
            "--spec" => report.spec = Some(absolute(value)?),
            "--cache" => report.cache = absolute(value)?,
            "--binary" if Path::new(value).components().count() == 1 => {
                report.binary = Some(PathBuf::from(value))
            }
            "--binary" => report.binary = Some(absolute(value)?),
            // The only option left: --timeout.
            _ => report.timeout = parse_timeout(value)?,
        }
    }
    Ok(Command::Report(report))
}

fn parse_timeout(value: &OsString) -> Result<Duration, String> {
    value
        .to_str()
        .and_then(|s| s.parse::<f64>().ok())
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .filter(|d| !d.is_zero())
        .ok_or_else(|| "--timeout needs a positive number of seconds".to_string())
}

/// Paths are made absolute once, since CPython runs change the working
/// directory while the harness works.
fn absolute(value: &OsString) -> Result<PathBuf, String> {
    std::path::absolute(value).map_err(|e| format!("{}: {e}", Path::new(value).display()))
}

/// Runs the CLI; returns the process's exit status.
pub fn main(args: &[OsString], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match parse(args) {
        Ok(Command::Help) => {
            let _ = out.write_all(USAGE.as_bytes());
            0
        }
        Ok(Command::Run(run_args)) => match run(&run_args, out, err) {
            Ok(failed) => u8::from(failed),
            Err(e) => {
                let _ = writeln!(err, "harness: {e}");
                2
            }
        },
        Ok(Command::Report(report_args)) => match generate::report(&report_args, out, err) {
            Ok(outdated) => u8::from(outdated),
            Err(e) => {
                let _ = writeln!(err, "harness: {e}");
                2
            }
        },
        Err(e) => {
            let _ = writeln!(err, "harness: {e}\n\n{USAGE}");
            2
        }
    }
}

/// `harness run`: returns whether a case failed.
fn run(args: &RunArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, String> {
    let mut selected = cases::discover(&args.cases)?;
    selected.retain(|c| c.matches(args.filter.as_deref()));
    if let Some(shard) = args.shard {
        selected = shard.select(selected);
        writeln!(err, "harness: shard {shard}: {} cases", selected.len())
            .map_err(|e| format!("writing the output: {e}"))?;
    }
    if let Some(list) = &args.list {
        selected.retain(|c| list.iter().any(|p| c.name.contains(p.as_str())));
    }
    let target = match args.target.as_str() {
        "cpython" => Target::Cpython,
        t if t.starts_with("qemu:") => {
            let board = Board::load(&t["qemu:".len()..])?;
            Target::Qemu(QemuTarget::build(board, args.timeout)?)
        }
        _ => {
            let binary = match &args.binary {
                Some(binary) => binary.clone(),
                None => workspace::build_pycopy()?,
            };
            Target::Unix(UnixTarget::new(binary, args.timeout))
        }
    };
    let options = Options {
        cache: Some(Cache::new(&args.cache)),
        timeout: args.timeout,
        jobs: args.jobs,
        progress: args.progress.then(|| Arc::new(Progress::stderr())),
    };
    let report = runner::run(&selected, &target, &options)?;
    let io = |e: std::io::Error| format!("writing the output: {e}");
    for case in report.cases.iter().filter(|c| c.status == Status::Fail) {
        let reason = case.reason.as_deref().unwrap_or("failed");
        writeln!(out, "FAIL {}: {reason}", case.path).map_err(io)?;
        if args.diff {
            let message = case.message();
            for line in message.lines().skip(1) {
                writeln!(out, "    {line}").map_err(io)?;
            }
        }
    }
    report.write_json(&args.json)?;
    writeln!(err, "harness: results in {}", args.json.display()).map_err(io)?;
    if let Some(junit_path) = &args.junit {
        junit::write(&report, junit_path)?;
        writeln!(err, "harness: JUnit XML in {}", junit_path.display()).map_err(io)?;
    }
    writeln!(out, "{}", report.summary()).map_err(io)?;
    Ok(report.failed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn parse_run(list: &[&str]) -> RunArgs {
        match parse(&args(list)).unwrap() {
            Command::Run(run) => run,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let run = parse_run(&["run"]);
        assert_eq!(run, RunArgs::default());
        assert_eq!(run.target, "unix");
        assert_eq!(run.timeout, Duration::from_secs(10));
        assert!(run.cases.ends_with("cases"));
        assert!(run.json.ends_with("reports/results.json"));
    }

    #[test]
    fn every_option() {
        let run = parse_run(&[
            "run",
            "--target",
            "cpython",
            "--cases",
            "/x/tests",
            "--filter",
            "basics/",
            "--jobs",
            "3",
            "--timeout",
            "0.5",
            "--binary",
            "/bin/py",
            "--json",
            "out.json",
            "--cache",
            "/tmp/c",
            "--diff",
        ]);
        assert_eq!(run.target, "cpython");
        assert_eq!(run.cases, PathBuf::from("/x/tests"));
        assert_eq!(run.filter.as_deref(), Some("basics/"));
        assert_eq!(run.jobs, 3);
        assert_eq!(run.timeout, Duration::from_millis(500));
        assert_eq!(run.binary, Some(PathBuf::from("/bin/py")));
        assert_eq!(run.json, std::env::current_dir().unwrap().join("out.json"));
        assert_eq!(run.cache, PathBuf::from("/tmp/c"));
        assert!(run.diff);
    }

    #[test]
    fn shard_junit_progress_and_results_file_names() {
        let run = parse_run(&["run", "--shard", "2/3", "--junit", "j.xml", "--no-progress"]);
        assert_eq!(run.shard, Some(Shard { index: 2, count: 3 }));
        assert!(run.junit.unwrap().is_absolute());
        assert!(!run.progress);
        assert!(run.json.ends_with("reports/results.shard2of3.json"));
        let run = parse_run(&["run", "--target", "cpython"]);
        assert!(run.json.ends_with("reports/results-cpython.json"));
        // An explicit --json wins, wherever it comes.
        let run = parse_run(&["run", "--json", "/tmp/x.json", "--shard", "1/2"]);
        assert_eq!(run.json, PathBuf::from("/tmp/x.json"));
        for bad in [&["run", "--shard", "0/2"][..], &["run", "--shard", "x"]] {
            assert!(parse(&args(bad)).unwrap_err().contains("--shard"));
        }
    }

    #[test]
    fn report_options() {
        let Command::Report(report) = parse(&args(&["report"])).unwrap() else {
            panic!("not a report command");
        };
        assert_eq!(report, ReportArgs::default());
        assert!(report.run_missing && !report.check && report.spec.is_none());
        assert!(report.docs.ends_with("docs/differences.md"));
        assert!(report.reports.ends_with("reports"));
        let list = [
            "report",
            "--no-run",
            "--check",
            "--spec",
            "/s.txt",
            "--cases",
            "/c",
            "--reports",
            "/r",
            "--docs",
            "/d.md",
            "--binary",
            "py",
            "--timeout",
            "2",
            "--cache",
            "/k",
        ];
        let Command::Report(report) = parse(&args(&list)).unwrap() else {
            panic!("not a report command");
        };
        assert!(!report.run_missing && report.check);
        assert_eq!(report.spec, Some(PathBuf::from("/s.txt")));
        assert_eq!(report.cases, PathBuf::from("/c"));
        assert_eq!(report.reports, PathBuf::from("/r"));
        assert_eq!(report.docs, PathBuf::from("/d.md"));
        assert_eq!(report.binary, Some(PathBuf::from("py")));
        assert_eq!(report.timeout, Duration::from_secs(2));
        assert_eq!(report.cache, PathBuf::from("/k"));
        assert_eq!(parse(&args(&["report", "--help"])).unwrap(), Command::Help);
        for (bad, message) in [
            (&["report", "--frob"][..], "unknown option"),
            (&["report", "--spec"], "needs a value"),
            (&["report", "--timeout", "0"], "--timeout"),
        ] {
            let e = parse(&args(bad)).unwrap_err();
            assert!(e.contains(message), "{bad:?}: {e}");
        }
    }

    #[test]
    fn binary_is_a_name_on_path_or_an_absolute_path() {
        let run = parse_run(&["run", "--binary", "python3"]);
        assert_eq!(run.binary, Some(PathBuf::from("python3")));
        let run = parse_run(&["run", "--binary", "./build/pycopy"]);
        let binary = run.binary.unwrap();
        assert!(binary.is_absolute() && binary.ends_with("build/pycopy"));
    }

    #[test]
    fn qemu_targets() {
        let run = parse_run(&["run", "--target", "qemu"]);
        assert_eq!(run.target, "qemu:mps2-an385");
        assert_eq!(run.timeout, QEMU_TIMEOUT);
        assert!(run.json.ends_with("reports/results-qemu-mps2-an385.json"));
        let run = parse_run(&["run", "--target", "qemu:mps2-an386", "--shard", "1/2"]);
        assert!(run
            .json
            .ends_with("reports/results-qemu-mps2-an386.shard1of2.json"));
        let run = parse_run(&[
            "run",
            "--target",
            "qemu:mps2-an386",
            "--timeout",
            "5",
            "--json",
            "/tmp/r.json",
        ]);
        assert_eq!(run.target, "qemu:mps2-an386");
        assert_eq!(run.timeout, Duration::from_secs(5));
        assert_eq!(run.json, PathBuf::from("/tmp/r.json"));
        let e = parse(&args(&["run", "--target", "qemu:vax"])).unwrap_err();
        assert!(e.contains("no board") && e.contains("mps2-an385"), "{e}");
    }

    #[test]
    fn list_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("smoke.txt");
        std::fs::write(&path, "# smoke\nbasics/int_\n\n  float/ # floats\n").unwrap();
        let run = parse_run(&["run", "--list", path.to_str().unwrap()]);
        assert_eq!(
            run.list,
            Some(vec!["basics/int_".to_string(), "float/".to_string()])
        );
        let e = parse(&args(&["run", "--list", "/nonexistent/list"])).unwrap_err();
        assert!(e.contains("--list"), "{e}");
    }

    #[test]
    fn help_and_errors() {
        assert_eq!(parse(&args(&[])).unwrap(), Command::Help);
        assert_eq!(parse(&args(&["--help"])).unwrap(), Command::Help);
        assert_eq!(parse(&args(&["run", "-h"])).unwrap(), Command::Help);
        for (bad, message) in [
            (&["frobnicate"][..], "unknown command"),
            (&["run", "--target", "vax"], "unknown target"),
            (&["run", "--jobs", "0"], "--jobs"),
            (&["run", "--jobs", "many"], "--jobs"),
            (&["run", "--timeout", "-1"], "--timeout"),
            (&["run", "--timeout", "0"], "--timeout"),
            (&["run", "--filter"], "needs a value"),
            (&["run", "--frob", "1"], "unknown option"),
        ] {
            let e = parse(&args(bad)).unwrap_err();
            assert!(e.contains(message), "{bad:?}: {e}");
        }
    }

    #[test]
    fn usage_error_exits_2_and_help_exits_0() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(main(&args(&["run", "--jobs"]), &mut out, &mut err), 2);
        assert!(String::from_utf8_lossy(&err).contains("usage: harness run"));
        assert_eq!(main(&args(&["help"]), &mut out, &mut err), 0);
        assert!(String::from_utf8_lossy(&out).contains("--target T"));
    }

    #[test]
    fn missing_cases_directory_exits_2() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let status = main(
            &args(&[
                "run",
                "--cases",
                "/nonexistent/dir",
                "--binary",
                "/bin/true",
            ]),
            &mut out,
            &mut err,
        );
        assert_eq!(status, 2);
        assert!(String::from_utf8_lossy(&err).contains("/nonexistent/dir"));
    }
}
