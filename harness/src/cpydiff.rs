//! Documented differences: the cases under a `cpydiff/` folder.
//!
//! Each one starts with a header, a module docstring of `key: value` lines:
//!
//! ```text
//! """
//! categories: Core, Classes
//! description: A user-defined __del__ method is never called
//! cause: The garbage collector frees objects without running finalizers.
//! workaround: Release resources explicitly (close(), a with block).
//! """
//! ```
//!
//! A documented difference is judged differently from other cases: its
//! `.exp` file (what Pycopy prints) is required, a target must print exactly
//! that, and CPython must print something else. When CPython prints the
//! same, the difference has gone (the implementation caught up, or the case
//! no longer shows it) and the case fails as a stale difference. On the
//! `cpython` target a documented difference passes when CPython's output
//! still differs from the `.exp` file.

use std::fmt;
use std::fs;
use std::time::Duration;

use crate::cases::Case;
use crate::compare::{normalise, Status, Verdict};
use crate::cpython::{CPythonEnd, CPythonRun};
use crate::expected::{self, Cache, Expectation, Expected, Problem, Source};

/// The folder name that makes a case a documented difference.
pub const AREA: &str = "cpydiff";

/// The first category of a documented difference: where in Python it is.
/// The order here is the order of the sections of docs/differences.md.
pub const AREAS: [&str; 4] = ["Syntax", "Core", "Types", "Modules"];

/// The fields of a header, in the order they are written.
const KEYS: [&str; 4] = ["categories", "description", "cause", "workaround"];

/// A parsed header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// One of [`AREAS`].
    pub area: String,
    /// The optional second category, a topic within the area ("Classes").
    pub topic: Option<String>,
    /// One line: what differs.
    pub description: String,
    /// Why Pycopy behaves that way.
    pub cause: String,
    /// What to do about it in portable code.
    pub workaround: String,
}

/// A header that does not follow the format, with the line it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    /// 1-based line number in the case file; 0 when about the whole header.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "cpydiff header: {}", self.message)
        } else {
            write!(f, "cpydiff header, line {}: {}", self.line, self.message)
        }
    }
}

fn error(line: usize, message: impl Into<String>) -> HeaderError {
    HeaderError {
        line,
        message: message.into(),
    }
}

/// Whether a case is a documented difference (it sits in a `cpydiff` folder).
pub fn is_cpydiff(case: &Case) -> bool {
    case.name.split('/').rev().skip(1).any(|part| part == AREA)
}

/// Splits a case's source into its header and the code after it.
///
/// Comment lines (`# pycopy-options: ...`) and blank lines may come before
/// the docstring; the code returned keeps them and drops the docstring and
/// the blank lines right after it.
pub fn parse(source: &str) -> Result<(Header, String), HeaderError> {
    let lines: Vec<&str> = source.lines().collect();
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .ok_or_else(|| error(0, "the file has no header docstring"))?;
    let first = lines[start].trim_end();
    // A raw docstring (r""") lets the header quote backslash escapes.
    let Some(opening) = first
        .strip_prefix("\"\"\"")
        .or_else(|| first.strip_prefix("r\"\"\""))
    else {
        return Err(error(
            start + 1,
            "the file must start with a \"\"\" docstring (after comment lines)",
        ));
    };
    // The body runs from after the opening quotes to the closing ones,
    // which may be on the first line or any later one.
    let mut body: Vec<(usize, &str)> = Vec::new();
    let mut end = None;
    if let Some(pos) = opening.find("\"\"\"") {
        body.push((start + 1, &opening[..pos]));
        end = Some(start);
    } else {
        body.push((start + 1, opening));
        for (i, line) in lines.iter().enumerate().skip(start + 1) {
            if let Some(pos) = line.find("\"\"\"") {
                body.push((i + 1, &line[..pos]));
                end = Some(i);
                break;
            }
            body.push((i + 1, line));
        }
    }
    let end = end.ok_or_else(|| error(start + 1, "the header docstring is never closed"))?;
    let header = parse_fields(&body)?;
    let mut code: Vec<&str> = lines[..start].to_vec();
    let rest = &lines[end + 1..];
    let skip = rest.iter().take_while(|l| l.trim().is_empty()).count();
    code.extend_from_slice(&rest[skip..]);
    let mut code = code.join("\n");
    code.push('\n');
    Ok((header, code))
}

/// The `key: value` lines of the docstring; an indented line, or one that
/// does not start with a key, continues the previous value.
fn parse_fields(body: &[(usize, &str)]) -> Result<Header, HeaderError> {
    let mut values: [Option<String>; 4] = Default::default();
    let mut current: Option<usize> = None;
    for &(number, line) in body {
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        // Keys start at the beginning of a line; indented lines continue the
        // value before them, whatever they contain.
        let indented = line.starts_with(char::is_whitespace);
        let key = (!indented)
            .then(|| text.split_once(':'))
            .flatten()
            .map(|(k, v)| (k.trim(), v.trim()))
            .filter(|(k, _)| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase()));
        match key {
            Some((key, value)) => {
                let index = KEYS.iter().position(|k| *k == key).ok_or_else(|| {
                    error(
                        number,
                        format!("unknown key {key:?} (known: {})", KEYS.join(", ")),
                    )
                })?;
                if values[index].is_some() {
                    return Err(error(number, format!("{key:?} is given twice")));
                }
                values[index] = Some(value.to_string());
                current = Some(index);
            }
            None => {
                let index = current.ok_or_else(|| {
                    error(number, "text before the first key (expected `key: value`)")
                })?;
                if KEYS[index] == "description" || KEYS[index] == "categories" {
                    return Err(error(
                        number,
                        format!("{:?} must fit on one line", KEYS[index]),
                    ));
                }
                let value = values[index].get_or_insert_with(String::new);
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(text);
            }
        }
    }
    let mut take = |i: usize| -> Result<String, HeaderError> {
        values[i]
            .take()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| error(0, format!("{:?} is missing or empty", KEYS[i])))
    };
    let categories = take(0)?;
    let description = take(1)?;
    let cause = take(2)?;
    let workaround = take(3)?;
    let mut parts = categories.split(',').map(str::trim);
    let area = parts.next().unwrap_or_default().to_string();
    if !AREAS.contains(&area.as_str()) {
        return Err(error(
            0,
            format!(
                "the first category must be one of {} (got {area:?})",
                AREAS.join(", ")
            ),
        ));
    }
    let topic = parts.next().map(str::to_string);
    if topic.as_deref().is_some_and(|t| t.is_empty()) || parts.next().is_some() {
        return Err(error(
            0,
            "categories: an area and at most one topic, e.g. `Core, Classes`",
        ));
    }
    Ok(Header {
        area,
        topic,
        description,
        cause,
        workaround,
    })
}

/// Reads and parses a case's header.
pub fn header_of(case: &Case) -> Result<(Header, String), String> {
    let source = fs::read_to_string(&case.path)
        .map_err(|e| format!("cannot read {}: {e}", case.path.display()))?;
    parse(&source).map_err(|e| e.to_string())
}

/// Whether CPython's run shows the same behaviour as the `.exp` file: it
/// completed and printed the same (after CRLF normalisation).
pub fn is_stale(run: &CPythonRun, exp: &[u8]) -> bool {
    run.end == CPythonEnd::Completed && normalise(&run.stdout) == normalise(exp)
}

/// The message of a stale difference.
pub const STALE: &str = "stale difference: CPython now prints the same as the .exp file \
                         (update the case, or delete it if the difference is gone)";

/// What a documented difference must print on our targets: its `.exp` file,
/// provided the header is valid and CPython still prints something else.
pub fn expectation(case: &Case, cache: Option<&Cache>, timeout: Duration) -> Expectation {
    header_of(case).map_err(Problem::new)?;
    let exp = case.exp.as_ref().ok_or_else(|| {
        Problem::new("a documented difference needs a .exp file with Pycopy's output")
    })?;
    let expected = expected::from_exp_file(exp)?;
    let (run, _) = expected::cpython_run(case, cache, timeout).map_err(Problem::new)?;
    if run.end == CPythonEnd::TimedOut {
        return Err(Problem {
            reason: format!(
                "CPython timed out after {}: cannot tell whether the difference still exists",
                crate::compare::seconds(timeout)
            ),
            detail: run.stderr,
        });
    }
    if is_stale(&run, &expected.stdout) {
        return Err(Problem::new(STALE));
    }
    Ok(Expected {
        stdout: expected.stdout,
        source: Source::Exp,
    })
}

/// Judges a documented difference on the `cpython` target: it passes when
/// its header is valid and CPython's run differs from the `.exp` file.
pub fn judge_on_cpython(case: &Case, run: &CPythonRun) -> Verdict {
    let fail = |reason: String| Verdict {
        status: Status::Fail,
        reason: Some(reason),
        diff: None,
        detail: None,
    };
    if let Err(e) = header_of(case) {
        return fail(e);
    }
    let Some(exp) = &case.exp else {
        return fail("a documented difference needs a .exp file with Pycopy's output".into());
    };
    let exp = match fs::read(exp) {
        Ok(exp) => exp,
        Err(e) => return fail(format!("cannot read {}: {e}", exp.display())),
    };
    if run.end == CPythonEnd::TimedOut {
        return fail("CPython timed out: cannot tell whether the difference still exists".into());
    }
    if is_stale(run, &exp) {
        return fail(STALE.into());
    }
    Verdict {
        status: Status::Pass,
        reason: None,
        diff: None,
        detail: None,
    }
}

/// CPython's side of a difference as people read it: what it printed, and
/// the exception that ended it if one did.
pub fn cpython_text(run: &CPythonRun) -> String {
    let mut text = String::from_utf8_lossy(&normalise(&run.stdout)).into_owned();
    match &run.end {
        CPythonEnd::Completed => {}
        CPythonEnd::Raised(description) => {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str("Traceback (most recent call last):\n  ...\n");
            text.push_str(description);
            text.push('\n');
        }
        CPythonEnd::TimedOut => text.push_str("(timed out)\n"),
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "\
# pycopy-options: -X heapsize=64k
\"\"\"
categories: Core, Classes
description: Something differs
cause: Because the implementation
  is small.
workaround: Do it
another way.
\"\"\"

print(1)
";

    #[test]
    fn parses_a_header_and_keeps_the_code() {
        let (header, code) = parse(GOOD).unwrap();
        assert_eq!(header.area, "Core");
        assert_eq!(header.topic.as_deref(), Some("Classes"));
        assert_eq!(header.description, "Something differs");
        assert_eq!(header.cause, "Because the implementation is small.");
        assert_eq!(header.workaround, "Do it another way.");
        assert_eq!(code, "# pycopy-options: -X heapsize=64k\nprint(1)\n");
    }

    #[test]
    fn raw_docstring() {
        let source = "r\"\"\"\ncategories: Syntax\ndescription: \\N{x} fails\ncause: c\nworkaround: w\n\"\"\"\n";
        assert_eq!(parse(source).unwrap().0.description, "\\N{x} fails");
    }

    #[test]
    fn one_line_docstring_and_no_topic() {
        let source =
            "\"\"\"categories: Modules\ndescription: d\ncause: c\nworkaround: w\"\"\"\nx = 1\n";
        let (header, code) = parse(source).unwrap();
        assert_eq!(header.area, "Modules");
        assert_eq!(header.topic, None);
        assert_eq!(header.workaround, "w");
        assert_eq!(code, "x = 1\n");
    }

    #[test]
    fn rejects_bad_headers_with_a_reason() {
        for (source, message) in [
            ("print(1)\n", "must start with"),
            ("", "no header"),
            ("\"\"\"\ncategories: Core\n", "never closed"),
            (
                "\"\"\"\ncategories: Core\ndescription: d\ncause: c\n\"\"\"\n",
                "\"workaround\" is missing",
            ),
            (
                "\"\"\"\ncategories: Core\ndescription: d\ncause: c\nworkaround:\n\"\"\"\n",
                "\"workaround\" is missing or empty",
            ),
            (
                "\"\"\"\ncategories: Nowhere\ndescription: d\ncause: c\nworkaround: w\n\"\"\"\n",
                "first category must be one of",
            ),
            (
                "\"\"\"\ncategories: Core, A, B\ndescription: d\ncause: c\nworkaround: w\n\"\"\"\n",
                "at most one topic",
            ),
            (
                "\"\"\"\ncategories: Core\ndescription: d\n  more\ncause: c\nworkaround: w\n\"\"\"\n",
                "one line",
            ),
            (
                "\"\"\"\ncategories: Core\nsummary: s\n\"\"\"\n",
                "unknown key \"summary\"",
            ),
            (
                "\"\"\"\ncategories: Core\ncategories: Core\n\"\"\"\n",
                "given twice",
            ),
            ("\"\"\"\nhello\n\"\"\"\n", "before the first key"),
        ] {
            let e = parse(source).unwrap_err();
            assert!(e.to_string().contains(message), "{source:?}: {e}");
        }
    }

    #[test]
    fn any_prefix_or_mangling_of_a_header_is_an_error_or_a_header() {
        // No input makes the parser panic: every cut of a good header, and
        // every cut with the quotes or colons removed.
        for end in 0..=GOOD.len() {
            if !GOOD.is_char_boundary(end) {
                continue;
            }
            let cut = &GOOD[..end];
            for text in [
                cut.to_string(),
                cut.replace('"', ""),
                cut.replace(':', ""),
                cut.replace('\n', "\r\n"),
                format!("r{cut}\u{e9}\"\"\""),
            ] {
                let _ = parse(&text);
            }
        }
    }

    #[test]
    fn error_names_the_line() {
        let e = parse("\n\"\"\"\ncategories: Core\nbogus: 1\n\"\"\"\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.to_string().starts_with("cpydiff header, line 4:"));
    }

    #[test]
    fn colons_inside_values_are_kept() {
        let source = "\"\"\"\ncategories: Core\ndescription: a: b\ncause: x\nsee: here\nworkaround: w\n\"\"\"\n";
        // `see:` is not a known key: an error, not silently a continuation.
        assert!(parse(source).is_err());
        let source = "\"\"\"\ncategories: Core\ndescription: a: b\ncause: x\n  see: here\nworkaround: w\n\"\"\"\n";
        let (header, _) = parse(source).unwrap();
        assert_eq!(header.description, "a: b");
        assert_eq!(header.cause, "x see: here");
    }

    #[test]
    fn cpydiff_cases_are_found_by_folder() {
        let case = |name: &str| Case {
            name: name.into(),
            path: format!("/c/{name}").into(),
            exp: None,
        };
        assert!(is_cpydiff(&case("cpydiff/core_x.py")));
        assert!(is_cpydiff(&case("tests/cpydiff/core_x.py")));
        assert!(!is_cpydiff(&case("basics/cpydiff.py")));
        assert!(!is_cpydiff(&case("basics/x.py")));
    }

    #[test]
    fn staleness_and_cpython_text() {
        let run = |stdout: &[u8], end| CPythonRun {
            stdout: stdout.to_vec(),
            stderr: String::new(),
            end,
        };
        assert!(is_stale(&run(b"1\r\n", CPythonEnd::Completed), b"1\n"));
        assert!(!is_stale(&run(b"2\n", CPythonEnd::Completed), b"1\n"));
        let raised = run(b"1\n", CPythonEnd::Raised("ImportError: x".into()));
        assert!(!is_stale(&raised, b"1\n"));
        assert_eq!(
            cpython_text(&raised),
            "1\nTraceback (most recent call last):\n  ...\nImportError: x\n"
        );
        assert_eq!(cpython_text(&run(b"a\n", CPythonEnd::Completed)), "a\n");
    }
}
