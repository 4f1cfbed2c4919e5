//! Documented differences, sharding, JUnit output and `harness report`, on
//! fixture cases (tests/fixtures/report, tests/fixtures/cpydiff_broken) with
//! a fake pycopy and the embedded CPython.

mod support;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::Path;
use std::time::Duration;

use harness::cases;
use harness::compare::Status;
use harness::cpydiff;
use harness::expected::Cache;
use harness::report::CaseResult;
use harness::runner::{self, Options, Target};
use harness::targets::unix::UnixTarget;
use support::*;

const TIMEOUT: Duration = Duration::from_secs(5);

fn options(cache: &Path) -> Options {
    Options {
        cache: Some(Cache::new(cache)),
        timeout: TIMEOUT,
        jobs: 2,
        progress: None,
    }
}

fn by_name(results: Vec<CaseResult>) -> BTreeMap<String, CaseResult> {
    results.into_iter().map(|r| (r.path.clone(), r)).collect()
}

fn run_cli(list: &[OsString]) -> (u8, String, String) {
    let refs: Vec<&OsString> = list.iter().collect();
    cli(&refs)
}

#[test]
fn documented_differences_on_a_target() {
    let tmp = tempfile::tempdir().unwrap();
    let target = Target::Unix(UnixTarget::new(fake_pycopy(tmp.path()), TIMEOUT));
    let mut all = cases::discover(&report_cases()).unwrap();
    all.extend(cases::discover(&fixtures().join("cpydiff_broken")).unwrap());
    let results = by_name(
        runner::run(&all, &target, &options(&tmp.path().join("c")))
            .unwrap()
            .cases,
    );
    let status = |name: &str| results[name].status;
    let reason = |name: &str| results[name].reason.clone().unwrap_or_default();
    assert_eq!(status("basics/plain.py"), Status::Pass);
    assert_eq!(status("cpydiff/core_live.py"), Status::Pass);
    assert_eq!(status("cpydiff/modules_stale.py"), Status::Fail);
    assert_eq!(reason("cpydiff/modules_stale.py"), cpydiff::STALE);
    assert_eq!(status("cpydiff/no_exp.py"), Status::Fail);
    assert!(reason("cpydiff/no_exp.py").contains("needs a .exp file"));
    assert_eq!(status("cpydiff/bad_header.py"), Status::Fail);
    assert!(reason("cpydiff/bad_header.py").contains("cpydiff header"));
    assert_eq!(status("cpydiff/wrong_output.py"), Status::Fail);
    assert_eq!(reason("cpydiff/wrong_output.py"), "output differs");
    assert!(results["cpydiff/wrong_output.py"]
        .diff
        .as_deref()
        .unwrap()
        .contains("+regressed"));
}

#[test]
fn documented_differences_on_cpython() {
    let tmp = tempfile::tempdir().unwrap();
    let mut all = cases::discover(&report_cases()).unwrap();
    all.extend(cases::discover(&fixtures().join("cpydiff_broken")).unwrap());
    let results = by_name(
        runner::run(&all, &Target::Cpython, &options(tmp.path()))
            .unwrap()
            .cases,
    );
    assert_eq!(results["cpydiff/core_live.py"].status, Status::Pass);
    assert_eq!(results["cpydiff/wrong_output.py"].status, Status::Pass);
    assert_eq!(results["cpydiff/modules_stale.py"].status, Status::Fail);
    assert_eq!(
        results["cpydiff/modules_stale.py"].reason.as_deref(),
        Some(cpydiff::STALE)
    );
    assert_eq!(results["cpydiff/no_exp.py"].status, Status::Fail);
    assert_eq!(results["cpydiff/bad_header.py"].status, Status::Fail);
    assert_eq!(results["basics/plain.py"].status, Status::Pass);
}

#[test]
fn shards_split_a_run_and_junit_describes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_pycopy(tmp.path());
    let mut seen = Vec::new();
    for shard in ["1/2", "2/2"] {
        let json = tmp.path().join(format!("shard{}.json", &shard[..1]));
        let junit = tmp.path().join(format!("junit{}.xml", &shard[..1]));
        let (status, out, err) = run_cli(&args(&[
            &"run",
            &"--cases",
            &report_cases(),
            &"--binary",
            &fake,
            &"--cache",
            &tmp.path().join("cache"),
            &"--shard",
            &shard,
            &"--json",
            &json,
            &"--junit",
            &junit,
            &"--no-progress",
        ]));
        assert!(status <= 1, "{out}{err}");
        assert!(err.contains(&format!("shard {shard}: 2 cases")), "{err}");
        let report: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
        for case in report["cases"].as_array().unwrap() {
            seen.push(case["path"].as_str().unwrap().to_string());
        }
        let xml = fs::read_to_string(&junit).unwrap();
        assert!(xml.starts_with("<?xml"), "{xml}");
        assert!(
            xml.contains("<testsuite name=\"unix\" tests=\"2\""),
            "{xml}"
        );
    }
    seen.sort();
    let all: Vec<String> = cases::discover(&report_cases())
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(seen, all);
    // The stale difference is third of the four: shard 1 has it, failed.
    let xml = fs::read_to_string(tmp.path().join("junit1.xml")).unwrap();
    assert!(xml.contains("name=\"cpydiff/modules_stale.py\""), "{xml}");
    assert!(xml.contains("<failure message=\"stale difference"), "{xml}");
}

#[test]
fn bad_shard_is_a_usage_error() {
    let (status, _, err) = run_cli(&args(&[&"run", &"--shard", &"3/2"]));
    assert_eq!(status, 2);
    assert!(err.contains("--shard"), "{err}");
}

fn report_args(tmp: &Path, cases: &Path, extra: &[&str]) -> Vec<OsString> {
    let mut list = args(&[
        &"report",
        &"--cases",
        &cases,
        &"--reports",
        &tmp.join("reports"),
        &"--docs",
        &tmp.join("docs/differences.md"),
        &"--spec",
        &spec(),
        &"--cache",
        &tmp.join("cache"),
    ]);
    list.extend(extra.iter().map(OsString::from));
    list
}

#[test]
fn report_writes_the_three_documents_reproducibly() {
    let tmp = tempfile::tempdir().unwrap();
    let reports = tmp.path().join("reports");
    write_results(tmp.path(), &reports);
    let list = report_args(tmp.path(), &report_cases(), &["--no-run"]);
    let (status, out, err) = run_cli(&list);
    assert_eq!(status, 0, "{out}{err}");
    assert!(out.contains("2 documented differences"), "{out}");
    let files = [
        tmp.path().join("docs/differences.md"),
        reports.join("compat.md"),
        reports.join("compat.html"),
        reports.join("library-api.txt"),
    ];
    let first: Vec<String> = files
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();

    let differences = &first[0];
    for needle in [
        "2 documented differences:",
        "## Core",
        "### Fixtures",
        "#### A difference that still exists",
        "**Cause:** The fake interpreter prints `pycopy`, CPython prints `cpython`.",
        "```python\n# pycopy says: pycopy\nprint(\"cpython\")\n```",
        "<tr><th>Pycopy</th><th>CPython 3.",
        "```text\npycopy\n```\n\n</td><td>\n\n```text\ncpython\n```",
        "## Modules",
    ] {
        assert!(differences.contains(needle), "{needle:?} in\n{differences}");
    }

    let md = &first[1];
    for needle in [
        "| area | unix |",
        "| basics | 1 / 0 / 0 |",
        "| cpydiff | 1 / 1 / 0 |",
        "| modules/math | 1 / 0 / 0 |",
        "#### `cpydiff/modules_stale.py` on unix",
        "| `sin` | function | 1 | pass (1) |",
        "| `atan2` | function | 0 | no cases |",
        "| `abs` | function | 1 | pass (1) |",
    ] {
        assert!(md.contains(needle), "{needle:?} in\n{md}");
    }
    let html = &first[2];
    assert!(html.contains("<table id=\"matrix\">"));
    assert!(html.contains("<th>modules/math</th>"));
    assert!(first[3].contains("math\tfunction\tsin\tmath.sin(x)"));

    // Nothing that depends on the machine or the moment.
    let tmp_text = tmp.path().to_string_lossy().into_owned();
    for text in &first {
        assert!(!text.contains(&tmp_text), "a temporary path leaked");
        assert!(!text.contains("duration"));
    }

    // Again: the same bytes, and --check agrees.
    let (status, out, _) = run_cli(&list);
    assert_eq!(status, 0);
    assert_eq!(out.matches("unchanged").count(), 4, "{out}");
    for (file, before) in files.iter().zip(&first) {
        assert_eq!(&fs::read_to_string(file).unwrap(), before);
    }
    let mut check = list.clone();
    check.push("--check".into());
    assert_eq!(run_cli(&check).0, 0);
    fs::write(&files[1], "edited by hand\n").unwrap();
    let (status, out, _) = run_cli(&check);
    assert_eq!(status, 1);
    assert!(out.contains("out of date"), "{out}");
    assert_eq!(fs::read_to_string(&files[1]).unwrap(), "edited by hand\n");
}

#[test]
fn report_without_results_shows_targets_as_not_run() {
    let tmp = tempfile::tempdir().unwrap();
    let (status, out, err) = run_cli(&report_args(tmp.path(), &report_cases(), &["--no-run"]));
    assert_eq!(status, 0, "{out}{err}");
    assert!(err.contains("no results for unix"), "{err}");
    let md = fs::read_to_string(tmp.path().join("reports/compat.md")).unwrap();
    let basics = md.lines().find(|l| l.starts_with("| basics |")).unwrap();
    assert!(basics.starts_with("| basics | not run |"), "{basics}");
    assert!(basics.ends_with("| not run |"), "{basics}");
    assert!(
        md.contains("Target unix: not run (no results file)."),
        "{md}"
    );
}

#[test]
fn report_runs_missing_targets_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_pycopy(tmp.path());
    let fake = fake.to_string_lossy().into_owned();
    let (status, out, err) = run_cli(&report_args(
        tmp.path(),
        &report_cases(),
        &["--binary", &fake],
    ));
    assert_eq!(status, 0, "{out}{err}");
    let reports = tmp.path().join("reports");
    assert!(reports.join("results.json").is_file());
    assert!(reports.join("results-cpython.json").is_file());
    let md = fs::read_to_string(reports.join("compat.md")).unwrap();
    // unix first, cpython last (boards of qemu-boards/ in between: not run).
    let basics = md.lines().find(|l| l.starts_with("| basics |")).unwrap();
    assert!(basics.starts_with("| basics | 1 / 0 / 0 |"), "{basics}");
    assert!(basics.ends_with("| 1 / 0 / 0 |"), "{basics}");
}

#[test]
fn report_refuses_broken_documented_differences() {
    let tmp = tempfile::tempdir().unwrap();
    let (status, _, err) = run_cli(&report_args(
        tmp.path(),
        &fixtures().join("cpydiff_broken"),
        &["--no-run"],
    ));
    assert_eq!(status, 2);
    assert!(
        err.contains("cpydiff/no_exp.py: a documented difference needs a .exp"),
        "{err}"
    );
    assert!(
        err.contains("cpydiff/bad_header.py: cpydiff header"),
        "{err}"
    );
    assert!(!tmp.path().join("docs/differences.md").exists());
}

#[test]
fn report_uses_the_inventory_without_a_spec() {
    let tmp = tempfile::tempdir().unwrap();
    let reports = tmp.path().join("reports");
    fs::create_dir_all(&reports).unwrap();
    fs::write(
        reports.join("library-api.txt"),
        "# names\nmath\tfunction\tsin\tmath.sin(x)\n",
    )
    .unwrap();
    let list = args(&[
        &"report",
        &"--cases",
        &report_cases(),
        &"--reports",
        &reports,
        &"--docs",
        &tmp.path().join("d.md"),
        &"--cache",
        &tmp.path().join("cache"),
        &"--no-run",
    ]);
    // Only when the real spec is not found next to the repository: then the
    // inventory is what the report reads.
    if harness::workspace::spec_path().is_some() {
        return;
    }
    let (status, out, err) = run_cli(&list);
    assert_eq!(status, 0, "{out}{err}");
    assert!(out.contains("coverage: 1 of 1"), "{out}");
}

/// The committed name list is what the spec's library chapter gives today
/// (when the spec is there to compare with), and the extraction finds what
/// the chapter is known to document.
#[test]
fn committed_inventory_matches_the_spec() {
    let Some(spec) = harness::workspace::spec_path() else {
        eprintln!("SKIPPED committed_inventory_matches_the_spec: the spec's text is not here");
        return;
    };
    let modules = harness::spec::extract(&fs::read_to_string(spec).unwrap()).unwrap();
    let names: Vec<String> = modules
        .iter()
        .flat_map(|m| {
            m.items
                .iter()
                .map(move |i| format!("{}.{}", m.name, i.name))
        })
        .collect();
    for expected in [
        "builtins.abs",
        "builtins.int.from_bytes",
        "math.atan2",
        "cmath.pi",
        "sys.print_exception",
        "uarray.array.append",
        "ucollections.deque.popleft",
        "uerrno.EEXIST",
        "uhashlib.hash.digest",
        "uos.VfsFat.mkfs",
        "ure.match.group",
        "uselect.poll.register",
    ] {
        assert!(names.contains(&expected.to_string()), "{expected}");
    }
    assert!(names.len() > 150, "{}", names.len());
    let committed = harness::workspace::reports_dir().join(harness::generate::INVENTORY);
    assert_eq!(
        fs::read_to_string(committed).unwrap(),
        harness::spec::to_inventory(&modules),
        "reports/library-api.txt is out of date: run `cargo run -p harness -- report`"
    );
}
