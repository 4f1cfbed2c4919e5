//! Judging a run against the expected output.
//!
//! The rules, in order:
//! * a run that could not start fails;
//! * a run whose whole stdout is `SKIP` is skipped;
//! * a case without a usable expected output fails (the reason says why);
//! * an expected output of `SKIP` (CPython skipped the case) with anything
//!   else from the target fails: the case needs a `.exp` file;
//! * a timeout or a crash (signal) fails, with the diff of what was printed;
//! * otherwise stdout must equal the expected output byte for byte after
//!   turning CRLF into LF, and the run must exit with status 0: a case must
//!   run to completion on the target as it did on the reference.
//!
//! Only stdout is compared; stderr (tracebacks) is shown on failure.

use std::borrow::Cow;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use similar::TextDiff;

use crate::expected::Expectation;
use crate::targets::{End, Output};

/// Diffs longer than this many lines are cut, to keep reports readable.
const MAX_DIFF_LINES: usize = 200;
/// Only the end of a long stderr is kept.
const MAX_DETAIL_LINES: usize = 40;

/// The outcome of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

/// A status with its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// One line: why it failed or was skipped.
    pub reason: Option<String>,
    /// Unified diff of expected vs actual stdout, when they differ.
    pub diff: Option<String>,
    /// Supporting text: the target's stderr, or CPython's traceback.
    pub detail: Option<String>,
}

impl Verdict {
    fn pass() -> Self {
        Verdict {
            status: Status::Pass,
            reason: None,
            diff: None,
            detail: None,
        }
    }

    fn fail(reason: impl Into<String>) -> Self {
        Verdict {
            status: Status::Fail,
            reason: Some(reason.into()),
            diff: None,
            detail: None,
        }
    }

    fn with_diff(mut self, diff: Option<String>) -> Self {
        self.diff = diff;
        self
    }

    fn with_detail(mut self, detail: &[u8]) -> Self {
        self.detail = tail(&String::from_utf8_lossy(detail));
        self
    }

    /// Everything a person needs to see about a failure, as one text.
    pub fn message(&self) -> String {
        let mut text = self.reason.clone().unwrap_or_default();
        if let Some(diff) = &self.diff {
            text.push('\n');
            text.push_str(diff);
        }
        if let Some(detail) = &self.detail {
            text.push_str("\n--- stderr ---\n");
            text.push_str(detail);
        }
        text
    }
}

/// Judges one run of a case.
pub fn judge(expected: &Expectation, actual: &Output) -> Verdict {
    if let End::NotStarted(why) = &actual.end {
        return Verdict::fail(why);
    }
    let got = normalise(&actual.stdout);
    if matches!(actual.end, End::Exited(_)) && is_skip(&got) {
        return Verdict {
            status: Status::Skip,
            reason: Some("the case printed SKIP".into()),
            diff: None,
            detail: None,
        };
    }
    let expected = match expected {
        Ok(expected) => expected,
        Err(problem) => {
            return Verdict::fail(&problem.reason).with_detail(problem.detail.as_bytes());
        }
    };
    let want = normalise(&expected.stdout);
    if is_skip(&want) {
        return Verdict::fail(
            "the expected output is SKIP (CPython skips this case): give the case a .exp file",
        )
        .with_detail(&actual.stderr);
    }
    let diff = (want != got).then(|| unified_diff(&want, &got));
    let differs = if std::str::from_utf8(&got).is_err() {
        "output differs (the output is not valid UTF-8; shown lossily)"
    } else {
        "output differs"
    };
    let verdict = match (&actual.end, &diff) {
        (End::Exited(0), None) => return Verdict::pass(),
        (End::Exited(0), Some(_)) => Verdict::fail(differs),
        (End::Exited(code), None) => Verdict::fail(format!(
            "exited with status {code} after printing the expected output"
        )),
        (End::Exited(code), Some(_)) => {
            Verdict::fail(format!("{differs}; exited with status {code}"))
        }
        (End::Signalled(signal), _) => Verdict::fail(format!(
            "crashed: killed by signal {signal} ({})",
            signal_name(*signal)
        )),
        (End::TimedOut(limit), _) => {
            Verdict::fail(format!("timed out after {} (killed)", seconds(*limit)))
        }
        (End::Crashed(why), _) => Verdict::fail(format!("crashed: {why}")),
        (End::NotStarted(why), _) => Verdict::fail(why),
    };
    verdict.with_diff(diff).with_detail(&actual.stderr)
}

/// CRLF -> LF, so that `.exp` files written on any system compare equal.
pub fn normalise(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut iter = bytes.iter().peekable();
    while let Some(&b) = iter.next() {
        if b == b'\r' && iter.peek() == Some(&&b'\n') {
            continue;
        }
        out.push(b);
    }
    out
}

/// Whether a (normalised) output is the `SKIP` convention.
pub fn is_skip(stdout: &[u8]) -> bool {
    stdout == b"SKIP\n" || stdout == b"SKIP"
}

/// A unified diff of two outputs, shown lossily when not UTF-8.
pub fn unified_diff(expected: &[u8], actual: &[u8]) -> String {
    let (want, got) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    if want == got {
        return "(the outputs differ only in bytes that are not valid UTF-8)\n".into();
    }
    let text = TextDiff::from_lines(want.as_ref(), got.as_ref())
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= MAX_DIFF_LINES {
        return text;
    }
    let mut cut = lines[..MAX_DIFF_LINES].join("\n");
    cut.push_str(&format!(
        "\n... ({} more diff lines)\n",
        lines.len() - MAX_DIFF_LINES
    ));
    cut
}

/// The last lines of a text, or None when it is blank.
fn tail(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let keep: Cow<str> = if lines.len() > MAX_DETAIL_LINES {
        format!(
            "... ({} earlier lines)\n{}",
            lines.len() - MAX_DETAIL_LINES,
            lines[lines.len() - MAX_DETAIL_LINES..].join("\n")
        )
        .into()
    } else {
        text.trim_end().into()
    };
    Some(keep.into_owned())
}

/// "10 s", "0.5 s".
pub fn seconds(d: Duration) -> String {
    format!("{} s", d.as_secs_f64())
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        _ => "signal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expected::{Expected, Problem, Source};

    fn exp(stdout: &[u8]) -> Expectation {
        Ok(Expected {
            stdout: stdout.to_vec(),
            source: Source::Exp,
        })
    }

    fn out(stdout: &[u8], end: End) -> Output {
        Output {
            stdout: stdout.to_vec(),
            stderr: b"Traceback: boom\n".to_vec(),
            end,
            duration: Duration::from_millis(5),
        }
    }

    #[test]
    fn crlf_is_normalised_but_lone_cr_is_kept() {
        assert_eq!(normalise(b"a\r\nb\rc\r\n\r"), b"a\nb\rc\n\r");
    }

    #[test]
    fn equal_output_and_status_zero_passes() {
        let v = judge(&exp(b"1\r\n2\n"), &out(b"1\n2\n", End::Exited(0)));
        assert_eq!(v, Verdict::pass());
    }

    #[test]
    fn mismatch_fails_with_a_unified_diff_and_stderr() {
        let v = judge(&exp(b"1\n2\n3\n"), &out(b"1\nTWO\n3\n", End::Exited(0)));
        assert_eq!(v.status, Status::Fail);
        assert_eq!(v.reason.as_deref(), Some("output differs"));
        let diff = v.diff.as_deref().unwrap();
        assert!(diff.contains("--- expected"), "{diff}");
        assert!(diff.contains("+++ actual"), "{diff}");
        assert!(diff.contains("-2\n+TWO\n"), "{diff}");
        assert!(v.message().contains("Traceback: boom"));
    }

    #[test]
    fn skip_wins_unless_the_run_did_not_end_normally() {
        let v = judge(&exp(b"x\n"), &out(b"SKIP\r\n", End::Exited(0)));
        assert_eq!(v.status, Status::Skip);
        // Even when CPython could not give an expected output.
        let broken = Err(Problem {
            reason: "CPython raised".into(),
            detail: String::new(),
        });
        assert_eq!(
            judge(&broken, &out(b"SKIP\n", End::Exited(1))).status,
            Status::Skip
        );
        let hung = judge(
            &exp(b"x\n"),
            &out(b"SKIP\n", End::TimedOut(Duration::from_secs(1))),
        );
        assert_eq!(hung.status, Status::Fail);
    }

    #[test]
    fn expected_skip_needs_an_exp_file() {
        let v = judge(&exp(b"SKIP\n"), &out(b"1\n", End::Exited(0)));
        assert_eq!(v.status, Status::Fail);
        assert!(v.reason.unwrap().contains(".exp file"));
    }

    #[test]
    fn missing_expected_output_fails_with_the_problem() {
        let broken = Err(Problem {
            reason: "CPython raised ValueError: x".into(),
            detail: "Traceback ...\nValueError: x\n".into(),
        });
        let v = judge(&broken, &out(b"", End::Exited(0)));
        assert_eq!(v.status, Status::Fail);
        assert_eq!(v.reason.as_deref(), Some("CPython raised ValueError: x"));
        assert!(v.detail.unwrap().contains("ValueError: x"));
    }

    #[test]
    fn nonzero_exit_fails_even_with_the_right_output() {
        let v = judge(&exp(b"1\n"), &out(b"1\n", End::Exited(1)));
        assert_eq!(v.status, Status::Fail);
        assert!(v.reason.unwrap().contains("exited with status 1"));
        assert!(v.diff.is_none());
        let v = judge(&exp(b"1\n2\n"), &out(b"1\n", End::Exited(1)));
        assert_eq!(
            v.reason.as_deref(),
            Some("output differs; exited with status 1")
        );
    }

    #[test]
    fn crash_timeout_and_not_started_are_failures() {
        let v = judge(&exp(b"1\n2\n"), &out(b"1\n", End::Signalled(11)));
        assert_eq!(
            v.reason.as_deref(),
            Some("crashed: killed by signal 11 (SIGSEGV)")
        );
        assert!(v.diff.unwrap().contains("-2"));
        let v = judge(
            &exp(b"1\n"),
            &out(b"", End::TimedOut(Duration::from_millis(1500))),
        );
        assert_eq!(v.reason.as_deref(), Some("timed out after 1.5 s (killed)"));
        let v = judge(&exp(b"1\n"), &out(b"", End::NotStarted("no binary".into())));
        assert_eq!(v.reason.as_deref(), Some("no binary"));
    }

    #[test]
    fn non_utf8_output_is_compared_as_bytes_and_shown_lossily() {
        assert_eq!(
            judge(&exp(b"\xff\n"), &out(b"\xff\n", End::Exited(0))).status,
            Status::Pass
        );
        let v = judge(&exp(b"a\n"), &out(b"\xff\n", End::Exited(0)));
        assert!(v.reason.unwrap().contains("not valid UTF-8"));
        assert!(v.diff.unwrap().contains("+\u{fffd}"));
        // Two invalid bytes that look the same once shown lossily.
        let v = judge(&exp(b"\xfe\n"), &out(b"\xff\n", End::Exited(0)));
        assert!(v.diff.unwrap().contains("differ only in bytes"));
    }

    #[test]
    fn long_diffs_and_stderr_are_cut() {
        let want: String = (0..1000).map(|i| format!("{i}\n")).collect();
        let diff = unified_diff(want.as_bytes(), b"");
        assert!(diff.lines().count() <= MAX_DIFF_LINES + 1);
        assert!(diff.contains("more diff lines"));
        let long: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let t = tail(&long).unwrap();
        assert!(t.starts_with("... (60 earlier lines)"));
        assert!(t.ends_with("line 99"));
        assert_eq!(tail(" \n"), None);
    }
}
