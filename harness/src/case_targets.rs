//! Which targets a case runs on.
//!
//! Most cases run everywhere. A case that needs the host (files next to it,
//! helper modules imported from its folder, the OS) or a port-only module
//! says where it runs, with the reason, in a comment among its first five
//! lines:
//!
//! ```text
//! # pycopy-targets: unix (imports helper modules from its folder)
//! # pycopy-targets: qemu (uses the machine module of the boards)
//! # pycopy-targets: unix, qemu:mps2-an386 (needs an FPU)
//! ```
//!
//! `unix` is the unix port, `qemu` every board, `qemu:<board>` one board.
//! On the other targets the case is skipped with the reason. (CPython still
//! runs it to get its expected output, unless it has a `.exp` file.)
//!
//! A case that asks for interpreter options (`# pycopy-options:`) cannot
//! have them on a board, whose interpreter is already running: it is
//! skipped there too.

use crate::cases::Case;

/// Lines of a case searched for the declaration.
const HEADER_LINES: usize = 5;

const PREFIX: &str = "# pycopy-targets:";

/// A case's `pycopy-targets` declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// `unix`, `qemu`, `qemu:<board>`.
    pub targets: Vec<String>,
    /// Why it runs only there (may be empty).
    pub reason: String,
}

impl Declaration {
    /// Parses the text after `# pycopy-targets:`.
    pub fn parse(text: &str) -> Declaration {
        let (list, reason) = match text.find('(') {
            Some(i) => (&text[..i], text[i + 1..].trim().trim_end_matches(')')),
            None => (text, ""),
        };
        Declaration {
            targets: list
                .split([',', ' ', '\t'])
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
            reason: reason.trim().to_string(),
        }
    }

    /// Whether the target named `target` (`unix`, `qemu:<board>`) is one of
    /// the declared ones.
    pub fn includes(&self, target: &str) -> bool {
        let kind = target.split(':').next().unwrap_or(target);
        self.targets.iter().any(|t| t == target || t == kind)
    }
}

/// The declaration in a case's text, if any.
pub fn declared_in(text: &str) -> Option<Declaration> {
    text.lines()
        .take(HEADER_LINES)
        .find_map(|l| l.strip_prefix(PREFIX))
        .map(Declaration::parse)
}

/// The declaration of a case, if it has one (an unreadable case has none:
/// running it reports the problem).
pub fn declared(case: &Case) -> Option<Declaration> {
    let text = std::fs::read(&case.path).ok()?;
    declared_in(&String::from_utf8_lossy(&text))
}

/// Why `case` does not run on `target` (`unix`, `qemu:<board>`), or None
/// when it does.
pub fn skip_reason(case: &Case, target: &str) -> Option<String> {
    if let Some(d) = declared(case) {
        if !d.includes(target) {
            let only = d.targets.join(", ");
            return Some(if d.reason.is_empty() {
                format!("runs only on {only}")
            } else {
                format!("runs only on {only}: {}", d.reason)
            });
        }
    }
    if target.starts_with("qemu") {
        let options = case.options();
        if !options.is_empty() {
            return Some(format!(
                "needs interpreter options ({}), which a board cannot take",
                options.join(" ")
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_targets_and_reason() {
        let d = declared_in("# pycopy-targets: unix (imports _lib helpers)\nprint(1)\n").unwrap();
        assert_eq!(d.targets, ["unix"]);
        assert_eq!(d.reason, "imports _lib helpers");
        assert!(d.includes("unix"));
        assert!(!d.includes("qemu:mps2-an385"));

        let d = Declaration::parse(" unix, qemu:mps2-an386 (FPU)");
        assert_eq!(d.targets, ["unix", "qemu:mps2-an386"]);
        assert!(d.includes("qemu:mps2-an386") && !d.includes("qemu:mps2-an385"));

        let d = Declaration::parse(" qemu");
        assert!(d.includes("qemu:mps2-an500") && !d.includes("unix"));
        assert_eq!(d.reason, "");
    }

    #[test]
    fn only_the_first_lines_count() {
        let text = "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n# pycopy-targets: unix\n";
        assert_eq!(declared_in(text), None);
        assert_eq!(declared_in(""), None);
    }

    #[test]
    fn skip_reasons() {
        let tmp = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let path = tmp.path().join(name);
            std::fs::write(&path, text).unwrap();
            Case {
                name: name.into(),
                path,
                exp: None,
            }
        };
        let host = write("h.py", "# pycopy-targets: unix (reads a file)\n");
        assert_eq!(skip_reason(&host, "unix"), None);
        assert_eq!(
            skip_reason(&host, "qemu:mps2-an385").unwrap(),
            "runs only on unix: reads a file"
        );
        let board = write("b.py", "# pycopy-targets: qemu\n");
        assert_eq!(skip_reason(&board, "unix").unwrap(), "runs only on qemu");
        assert_eq!(skip_reason(&board, "qemu:x"), None);
        let opts = write("o.py", "# pycopy-options: -X heapsize=64k\n");
        assert_eq!(skip_reason(&opts, "unix"), None);
        assert!(skip_reason(&opts, "qemu:x")
            .unwrap()
            .contains("-X heapsize=64k"));
        let plain = write("p.py", "print(1)\n");
        assert_eq!(skip_reason(&plain, "qemu:x"), None);
    }
}
