//! JUnit XML (`--junit PATH`), the format CI systems read test results in.
//!
//! One `<testsuite>` per run, named after the target; one `<testcase>` per
//! case, with `classname` `<target>.<area>` (e.g. `unix.modules.ujson`) and
//! `name` the case's path. A failure carries its reason as the message and
//! the diff and stderr as text; a skipped case carries its reason.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::compare::Status;
use crate::report::{CaseResult, Report};

/// The XML document for a run.
pub fn render(report: &Report) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let counts = format!(
        "tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"{}\"",
        report.total,
        report.failed,
        report.skipped,
        seconds(report.duration_ms)
    );
    let _ = writeln!(xml, "<testsuites name=\"harness\" {counts}>");
    let _ = writeln!(
        xml,
        "  <testsuite name=\"{}\" {counts}>",
        escape(&report.target)
    );
    for case in &report.cases {
        testcase(&mut xml, &report.target, case);
    }
    xml.push_str("  </testsuite>\n</testsuites>\n");
    xml
}

fn testcase(xml: &mut String, target: &str, case: &CaseResult) {
    let _ = write!(
        xml,
        "    <testcase classname=\"{}\" name=\"{}\" time=\"{}\"",
        escape(&classname(target, &case.path)),
        escape(&case.path),
        seconds(case.duration_ms)
    );
    let reason = case.reason.as_deref().unwrap_or_default();
    match case.status {
        Status::Pass => xml.push_str("/>\n"),
        Status::Skip => {
            let _ = write!(
                xml,
                ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                escape(reason)
            );
        }
        Status::Fail => {
            let message = case.message();
            let body = message.split_once('\n').map_or("", |(_, rest)| rest);
            let _ = write!(
                xml,
                ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                escape(if reason.is_empty() { "failed" } else { reason }),
                failure_type(reason),
                escape(body)
            );
        }
    }
}

/// `unix` + `modules/ujson/dumps.py` -> `unix.modules.ujson`.
fn classname(target: &str, path: &str) -> String {
    let mut parts: Vec<&str> = path.split('/').collect();
    parts.pop();
    let mut name = target.replace('.', "_");
    for part in parts {
        name.push('.');
        name.push_str(&part.replace('.', "_"));
    }
    name
}

/// A short machine-readable kind of failure.
fn failure_type(reason: &str) -> &'static str {
    if reason.starts_with("stale difference") {
        "stale"
    } else if reason.starts_with("timed out") {
        "timeout"
    } else if reason.starts_with("crashed") {
        "crash"
    } else if reason.starts_with("output differs") {
        "mismatch"
    } else {
        "failure"
    }
}

/// Milliseconds as seconds with three decimals, without float rounding.
fn seconds(ms: u64) -> String {
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

/// Escapes text for XML content and attributes, and drops the characters
/// XML 1.0 cannot hold at all (control characters other than tab and line
/// breaks, which output of a broken case may contain).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push_str(&format!("[U+{:04X}]", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes the XML file, creating its folder.
pub fn write(report: &Report, path: &Path) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("writing {}: {e}", path.display());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(fail)?;
    }
    fs::write(path, render(report)).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Verdict;
    use std::time::Duration;

    fn result(path: &str, status: Status, reason: Option<&str>, diff: Option<&str>) -> CaseResult {
        CaseResult::new(
            path,
            "unix",
            Verdict {
                status,
                reason: reason.map(String::from),
                diff: diff.map(String::from),
                detail: (status == Status::Fail).then(|| "Traceback <x> & \u{1}".into()),
            },
            Duration::from_millis(1234),
            None,
        )
    }

    fn report() -> Report {
        Report::new(
            "unix",
            vec![
                result("basics/a.py", Status::Pass, None, None),
                result(
                    "modules/ujson/b.py",
                    Status::Fail,
                    Some("output differs"),
                    Some("-\"1\"\n+'1'\n"),
                ),
                result("c.py", Status::Skip, Some("the case printed SKIP"), None),
            ],
            Duration::from_millis(5),
        )
    }

    #[test]
    fn renders_suites_cases_failures_and_skips() {
        let xml = render(&report());
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
        assert!(xml.contains(
            "<testsuite name=\"unix\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\" time=\"0.005\">"
        ));
        assert!(xml
            .contains("<testcase classname=\"unix.basics\" name=\"basics/a.py\" time=\"1.234\"/>"));
        assert!(xml.contains("classname=\"unix.modules.ujson\" name=\"modules/ujson/b.py\""));
        assert!(xml.contains("<failure message=\"output differs\" type=\"mismatch\">"));
        assert!(xml.contains("-&quot;1&quot;\n+&apos;1&apos;"));
        assert!(xml.contains("Traceback &lt;x&gt; &amp; [U+0001]"));
        assert!(xml.contains("<skipped message=\"the case printed SKIP\"/>"));
        assert!(xml.contains("classname=\"unix\" name=\"c.py\""));
        assert!(xml.ends_with("</testsuite>\n</testsuites>\n"));
    }

    #[test]
    fn failure_types_and_escaping() {
        assert_eq!(failure_type("stale difference: x"), "stale");
        assert_eq!(failure_type("timed out after 1 s"), "timeout");
        assert_eq!(failure_type("crashed: killed"), "crash");
        assert_eq!(failure_type("no pycopy"), "failure");
        assert_eq!(escape("a\tb\u{0}\u{ffff}é"), "a\tb[U+0000][U+FFFF]é");
        assert_eq!(classname("qemu:an385", "x.y/z.py"), "qemu:an385.x_y");
    }

    #[test]
    fn writes_the_file_or_says_why_not() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("out/junit.xml");
        write(&report(), &path).unwrap();
        assert!(fs::read_to_string(&path).unwrap().contains("<testsuites"));
        let e = write(&report(), Path::new("/proc/nope/junit.xml")).unwrap_err();
        assert!(e.contains("/proc/nope/junit.xml"), "{e}");
    }
}
