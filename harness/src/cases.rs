//! Case discovery: every `<name>.py` below a cases directory is a case, with
//! `<name>.py.exp` next to it as its expected output when present.
//!
//! Helper code that cases import is not a case: a directory that is a Python
//! package (it has an `__init__.py`) is skipped whole, and so is any file or
//! directory whose name starts with `_` or `.` (`_helper.py`, `__pycache__`,
//! `.git`).

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

/// One case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Path relative to the cases root with `/` separators, e.g.
    /// `basics/int_add.py`: the case's name in reports, trials and filters.
    pub name: String,
    /// Absolute path of the `.py` file.
    pub path: PathBuf,
    /// The `.py.exp` file next to it, when there is one.
    pub exp: Option<PathBuf>,
}

impl Case {
    /// The folder the case runs in (its working directory and `sys.path[0]`).
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("/"))
    }

    /// Interpreter options the case asks for with a comment line
    /// `# pycopy-options: -X heapsize=64k` among its first lines (CPython
    /// ignores them; targets that run pycopy pass them before the file).
    pub fn options(&self) -> Vec<String> {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            return Vec::new();
        };
        text.lines()
            .take(5)
            .find_map(|l| l.strip_prefix("# pycopy-options:"))
            .map(|o| o.split_whitespace().map(String::from).collect())
            .unwrap_or_default()
    }

    /// Whether the case is selected by a `--filter` pattern (a substring of
    /// its name, as libtest filters do).
    pub fn matches(&self, pattern: Option<&str>) -> bool {
        pattern.is_none_or(|p| self.name.contains(p))
    }
}

/// Finds every case below `root`, sorted by name.
///
/// Fails (rather than silently dropping cases) when `root` is not a readable
/// directory or when part of the tree cannot be read.
pub fn discover(root: &Path) -> Result<Vec<Case>, String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("cases directory {}: {e}", root.display()))?;
    if !root.is_dir() {
        return Err(format!(
            "cases directory {}: not a directory",
            root.display()
        ));
    }
    let mut cases = Vec::new();
    let walk = WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_helper(e));
    for entry in walk {
        let entry = entry.map_err(|e| format!("reading the cases directory: {e}"))?;
        if !entry.file_type().is_file() || entry.path().extension() != Some("py".as_ref()) {
            continue;
        }
        let path = entry.path().to_path_buf();
        let exp = exp_path(&path);
        let name = relative_name(&root, &path);
        cases.push(Case {
            name,
            exp: exp.is_file().then_some(exp),
            path,
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// `x.py` -> `x.py.exp`.
fn exp_path(case: &Path) -> PathBuf {
    let mut name = case.as_os_str().to_owned();
    name.push(".exp");
    PathBuf::from(name)
}

/// Entries that are never cases nor contain cases.
fn is_helper(entry: &DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    if name.starts_with('.') || name.starts_with('_') {
        return true;
    }
    entry.file_type().is_dir() && entry.path().join("__init__.py").exists()
}

fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn touch(root: &Path, rel: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "print(1)\n").unwrap();
    }

    #[test]
    fn finds_cases_and_exp_files_and_skips_helpers() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        for rel in [
            "basics/b.py",
            "basics/a.py",
            "basics/a.py.exp",
            "basics/notes.txt",
            "basics/_helper.py",
            "basics/__pycache__/a.cpython-311.pyc",
            "import/pkg/__init__.py",
            "import/pkg/mod.py",
            "import/imp.py",
            "modules/ujson/dumps.py",
            ".hidden/x.py",
        ] {
            touch(root, rel);
        }
        let cases = discover(root).unwrap();
        let names: Vec<_> = cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "basics/a.py",
                "basics/b.py",
                "import/imp.py",
                "modules/ujson/dumps.py"
            ]
        );
        assert!(cases[0].exp.as_ref().unwrap().ends_with("basics/a.py.exp"));
        assert!(cases[1].exp.is_none());
        assert!(cases[0].path.is_absolute());
        assert!(cases[0].dir().ends_with("basics"));
    }

    #[test]
    fn missing_directory_is_an_error_not_a_panic() {
        let err = discover(Path::new("/nonexistent/cases/dir")).unwrap_err();
        assert!(err.contains("/nonexistent/cases/dir"), "{err}");
    }

    #[test]
    fn a_file_is_not_a_cases_directory() {
        let tmp = tempfile::tempdir().unwrap();
        touch(tmp.path(), "a.py");
        let err = discover(&tmp.path().join("a.py")).unwrap_err();
        assert!(err.contains("not a directory"), "{err}");
    }

    #[test]
    fn filter_is_a_substring_of_the_name() {
        let case = Case {
            name: "basics/int_add.py".into(),
            path: "/c/basics/int_add.py".into(),
            exp: None,
        };
        assert!(case.matches(None));
        assert!(case.matches(Some("basics/")));
        assert!(case.matches(Some("int_")));
        assert!(!case.matches(Some("float/")));
    }
}
