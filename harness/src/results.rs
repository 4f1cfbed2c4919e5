//! Results files: where `harness run` writes them and how `harness report`
//! reads them back.
//!
//! Naming, in the reports folder:
//! * `results.json`: the unix target;
//! * `results-<target>.json` for any other target, with `:` and `/` made
//!   `-`: `results-cpython.json`, `results-qemu-mps2-an385.json`;
//! * a shard of a run adds `.shard<i>of<n>` before `.json`:
//!   `results.shard1of4.json`, `results-cpython.shard2of2.json`.
//!
//! The report reads every `results*.json` file in the folder, groups the
//! results by the `target` field inside (not by the file name), and merges
//! the shards of a target. When a case appears in several files of one
//! target, the file that sorts last by name wins.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::report::{CaseResult, Report};
use crate::shard::Shard;

/// The file name stem of a target's results: `results`, `results-cpython`.
pub fn file_stem(target: &str) -> String {
    if target == "unix" {
        return "results".into();
    }
    let safe: String = target
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("results-{safe}")
}

/// Where `harness run` writes a target's results by default.
pub fn default_path(dir: &Path, target: &str, shard: Option<Shard>) -> PathBuf {
    let stem = file_stem(target);
    match shard {
        Some(shard) => dir.join(format!("{stem}.{}.json", shard.file_tag())),
        None => dir.join(format!("{stem}.json")),
    }
}

/// All the results of one target, by case name.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetResults {
    pub target: String,
    pub cases: BTreeMap<String, CaseResult>,
    /// The files they came from (names only, sorted).
    pub files: Vec<String>,
}

/// Reads every results file of a folder, by target name. A folder that does
/// not exist has no results; a file that cannot be read or parsed is an
/// error naming it.
pub fn load(dir: &Path) -> Result<BTreeMap<String, TargetResults>, String> {
    let mut targets: BTreeMap<String, TargetResults> = BTreeMap::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(targets),
        Err(e) => return Err(format!("reading {}: {e}", dir.display())),
    };
    let mut names: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("results") && name.ends_with(".json") && entry.path().is_file() {
            names.push(name);
        }
    }
    names.sort();
    for name in names {
        let path = dir.join(&name);
        let text = fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let report: Report = serde_json::from_slice(&text)
            .map_err(|e| format!("{} is not a results file: {e}", path.display()))?;
        let entry = targets
            .entry(report.target.clone())
            .or_insert_with(|| TargetResults {
                target: report.target.clone(),
                cases: BTreeMap::new(),
                files: Vec::new(),
            });
        entry.files.push(name);
        for case in report.cases {
            entry.cases.insert(case.path.clone(), case);
        }
    }
    Ok(targets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Status, Verdict};
    use std::time::Duration;

    fn write(dir: &Path, name: &str, target: &str, cases: &[(&str, Status)]) {
        let results = cases
            .iter()
            .map(|(path, status)| {
                CaseResult::new(
                    path,
                    target,
                    Verdict {
                        status: *status,
                        reason: None,
                        diff: None,
                        detail: None,
                    },
                    Duration::ZERO,
                    None,
                )
            })
            .collect();
        Report::new(target, results, Duration::ZERO)
            .write_json(&dir.join(name))
            .unwrap();
    }

    #[test]
    fn names() {
        let dir = Path::new("/r");
        assert_eq!(
            default_path(dir, "unix", None),
            Path::new("/r/results.json")
        );
        assert_eq!(
            default_path(dir, "cpython", None),
            Path::new("/r/results-cpython.json")
        );
        assert_eq!(
            default_path(dir, "qemu:mps2-an385", None),
            Path::new("/r/results-qemu-mps2-an385.json")
        );
        let shard = Shard { index: 2, count: 3 };
        assert_eq!(
            default_path(dir, "unix", Some(shard)),
            Path::new("/r/results.shard2of3.json")
        );
        assert_eq!(file_stem("a/b c"), "results-a-b-c");
    }

    #[test]
    fn loads_groups_by_target_and_merges_shards() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write(
            dir,
            "results.shard1of2.json",
            "unix",
            &[("a.py", Status::Pass)],
        );
        write(
            dir,
            "results.shard2of2.json",
            "unix",
            &[("b.py", Status::Fail)],
        );
        write(
            dir,
            "results-cpython.json",
            "cpython",
            &[("a.py", Status::Skip)],
        );
        fs::write(dir.join("compat.md"), "not results").unwrap();
        fs::write(dir.join("junit.xml"), "<x/>").unwrap();
        let all = load(dir).unwrap();
        assert_eq!(all.keys().collect::<Vec<_>>(), ["cpython", "unix"]);
        let unix = &all["unix"];
        assert_eq!(unix.cases.len(), 2);
        assert_eq!(unix.cases["b.py"].status, Status::Fail);
        assert_eq!(
            unix.files,
            ["results.shard1of2.json", "results.shard2of2.json"]
        );
    }

    #[test]
    fn later_file_wins_for_a_case_in_two_files() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "results.json",
            "unix",
            &[("a.py", Status::Fail)],
        );
        write(
            tmp.path(),
            "results.z.json",
            "unix",
            &[("a.py", Status::Pass)],
        );
        assert_eq!(
            load(tmp.path()).unwrap()["unix"].cases["a.py"].status,
            Status::Pass
        );
    }

    #[test]
    fn missing_folder_is_empty_and_junk_is_an_error() {
        assert!(load(Path::new("/nonexistent/reports")).unwrap().is_empty());
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("results.json"), "{\"target\": 3}").unwrap();
        let e = load(tmp.path()).unwrap_err();
        assert!(e.contains("results.json is not a results file"), "{e}");
    }
}
