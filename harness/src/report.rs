//! Results: one record per case, the summary line, and the JSON report.
//!
//! The JSON field names are an interface (the HTML report reads them): add
//! fields freely, but do not rename or remove one.

use std::fs;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::compare::{Status, Verdict};
use crate::expected::Source;

/// The result of one case on one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseResult {
    /// The case's name: its path relative to the cases directory.
    pub path: String,
    pub target: String,
    pub status: Status,
    pub reason: Option<String>,
    pub duration_ms: u64,
    /// Unified diff of expected vs actual stdout, when they differ.
    pub diff: Option<String>,
    /// The target's stderr or CPython's traceback, on failure.
    pub detail: Option<String>,
    /// Where the expected output came from, when there was one.
    pub expected_from: Option<Source>,
}

impl CaseResult {
    pub fn new(
        path: &str,
        target: &str,
        verdict: Verdict,
        duration: Duration,
        expected_from: Option<Source>,
    ) -> Self {
        CaseResult {
            path: path.to_string(),
            target: target.to_string(),
            status: verdict.status,
            reason: verdict.reason,
            duration_ms: duration.as_millis().try_into().unwrap_or(u64::MAX),
            diff: verdict.diff,
            detail: verdict.detail,
            expected_from,
        }
    }

    /// Reason, diff and stderr as one text, for people.
    pub fn message(&self) -> String {
        Verdict {
            status: self.status,
            reason: self.reason.clone(),
            diff: self.diff.clone(),
            detail: self.detail.clone(),
        }
        .message()
    }
}

/// All the results of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub target: String,
    pub total: usize,
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    pub duration_ms: u64,
    pub cases: Vec<CaseResult>,
}

impl Report {
    pub fn new(target: &str, cases: Vec<CaseResult>, duration: Duration) -> Self {
        let count = |s| cases.iter().filter(|c| c.status == s).count();
        Report {
            target: target.to_string(),
            total: cases.len(),
            passed: count(Status::Pass),
            failed: count(Status::Fail),
            skipped: count(Status::Skip),
            duration_ms: duration.as_millis().try_into().unwrap_or(u64::MAX),
            cases,
        }
    }

    /// `N passed, N failed, N skipped`.
    pub fn summary(&self) -> String {
        format!(
            "{} passed, {} failed, {} skipped",
            self.passed, self.failed, self.skipped
        )
    }

    /// Writes the report as JSON, creating the folder if needed.
    pub fn write_json(&self, path: &Path) -> Result<(), String> {
        let fail = |e: &dyn std::fmt::Display| format!("writing {}: {e}", path.display());
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| fail(&e))?;
        }
        let mut text = serde_json::to_string_pretty(self).map_err(|e| fail(&e))?;
        text.push('\n');
        fs::write(path, text).map_err(|e| fail(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(path: &str, status: Status) -> CaseResult {
        let verdict = Verdict {
            status,
            reason: (status != Status::Pass).then(|| "why".to_string()),
            diff: (status == Status::Fail).then(|| "-a\n+b\n".to_string()),
            detail: None,
        };
        CaseResult::new(
            path,
            "unix",
            verdict,
            Duration::from_millis(12),
            Some(Source::Cpython),
        )
    }

    #[test]
    fn counts_and_summary() {
        let report = Report::new(
            "unix",
            vec![
                result("a.py", Status::Pass),
                result("b.py", Status::Fail),
                result("c.py", Status::Skip),
                result("d.py", Status::Pass),
            ],
            Duration::from_secs(1),
        );
        assert_eq!(report.total, 4);
        assert_eq!(report.summary(), "2 passed, 1 failed, 1 skipped");
    }

    #[test]
    fn json_has_the_stable_field_names() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("reports/results.json");
        let report = Report::new("unix", vec![result("b.py", Status::Fail)], Duration::ZERO);
        report.write_json(&path).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        for field in ["target", "total", "passed", "failed", "skipped", "cases"] {
            assert!(json.get(field).is_some(), "{field}");
        }
        let case = &json["cases"][0];
        assert_eq!(case["path"], "b.py");
        assert_eq!(case["target"], "unix");
        assert_eq!(case["status"], "fail");
        assert_eq!(case["reason"], "why");
        assert_eq!(case["duration_ms"], 12);
        assert_eq!(case["diff"], "-a\n+b\n");
        assert_eq!(case["expected_from"], "cpython");
    }

    #[test]
    fn unwritable_report_is_an_error() {
        let report = Report::new("unix", vec![], Duration::ZERO);
        let err = report
            .write_json(Path::new("/proc/nope/results.json"))
            .unwrap_err();
        assert!(err.contains("/proc/nope/results.json"), "{err}");
    }
}
