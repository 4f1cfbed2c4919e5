//! Helpers shared by the report tests: the fixture cases and a fake
//! interpreter that prints what a case's `# pycopy says: ...` comments say.

#![allow(dead_code)]

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use harness::cli;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Cases with a live and a stale documented difference and two plain ones.
pub fn report_cases() -> PathBuf {
    fixtures().join("report/cases")
}

/// The spec excerpt (builtins, math, uarray, ...).
pub fn spec() -> PathBuf {
    fixtures().join("spec/library.txt")
}

/// A stand-in for pycopy: prints the `# pycopy says: X` lines of the case.
pub fn fake_pycopy(dir: &Path) -> PathBuf {
    let path = dir.join("fake-pycopy");
    fs::write(&path, "#!/bin/sh\nsed -n 's/^# pycopy says: //p' \"$1\"\n").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// Runs the CLI; returns (status, stdout, stderr).
pub fn cli(args: &[&OsString]) -> (u8, String, String) {
    let args: Vec<OsString> = args.iter().map(|a| (*a).clone()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = cli::main(&args, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// `&str`s and paths as the CLI's arguments.
pub fn args(parts: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    parts.iter().map(|p| p.as_ref().to_os_string()).collect()
}

/// Runs the unix target (with the fake pycopy) and the cpython target on
/// the report fixtures, writing their results into `reports`.
pub fn write_results(tmp: &Path, reports: &Path) {
    let fake = fake_pycopy(tmp);
    let cache = tmp.join("cache");
    for target in ["unix", "cpython"] {
        let list = args(&[
            &"run",
            &"--target",
            &target,
            &"--cases",
            &report_cases(),
            &"--binary",
            &fake,
            &"--cache",
            &cache,
            &"--json",
            &reports.join(if target == "unix" {
                "results.json"
            } else {
                "results-cpython.json"
            }),
            &"--no-progress",
        ]);
        let refs: Vec<&OsString> = list.iter().collect();
        let (status, out, err) = cli(&refs);
        // The stale difference fails on both targets.
        assert_eq!(status, 1, "{target}: {out}{err}");
    }
}
