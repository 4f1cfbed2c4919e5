//! Expected outputs: a case's `.exp` file when it has one, else what CPython
//! prints for it, cached on disk so an unchanged case never runs twice.
//!
//! The cache is one JSON file per key, where the key is a SHA-256 of the
//! cache format, the CPython version and the case's bytes. Only the case file
//! is hashed: a change to a helper module or data file that a case reads does
//! not invalidate it (delete the cache directory then). Timeouts are not
//! cached, since they may come from a loaded machine.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cases::Case;
use crate::cpython::{CPython, CPythonEnd, CPythonRun};

/// Bump when the entry layout or the way CPython runs cases changes.
const CACHE_FORMAT: &str = "harness-cpython-cache-v1";

/// Where an expected output comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The case's `.py.exp` file.
    Exp,
    /// CPython's output (run now or from the cache).
    Cpython,
}

/// The output a case must produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub source: Source,
}

/// Why a case has no usable expected output: a failure of that case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// One line, e.g. "CPython raised ZeroDivisionError: division by zero".
    pub reason: String,
    /// More context (CPython's traceback), possibly empty.
    pub detail: String,
}

impl Problem {
    pub fn new(reason: impl Into<String>) -> Self {
        Problem {
            reason: reason.into(),
            detail: String::new(),
        }
    }
}

/// A case's expected output, or why there is none.
pub type Expectation = Result<Expected, Problem>;

/// The on-disk cache of CPython runs.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    format: String,
    python: String,
    /// For people reading the cache; not part of the key.
    case: String,
    /// stdout as text; lossy if it is not UTF-8, then `stdout_bytes` has it.
    stdout: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stdout_bytes: Option<Vec<u8>>,
    stderr: String,
    /// The uncaught exception, if CPython raised one.
    raised: Option<String>,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The cache key of a case's source for a CPython version.
    pub fn key(source: &[u8], python_version: &str) -> String {
        let mut hash = Sha256::new();
        for part in [CACHE_FORMAT.as_bytes(), python_version.as_bytes(), source] {
            // Length-prefixed, so that no two different triples collide.
            hash.update((part.len() as u64).to_le_bytes());
            hash.update(part);
        }
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn entry_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// A cached run; `None` when absent or unreadable (then it is re-run).
    pub fn load(&self, key: &str, python_version: &str) -> Option<CPythonRun> {
        let text = fs::read(self.entry_path(key)).ok()?;
        let entry: Entry = serde_json::from_slice(&text).ok()?;
        if entry.format != CACHE_FORMAT || entry.python != python_version {
            return None;
        }
        Some(CPythonRun {
            stdout: entry
                .stdout_bytes
                .unwrap_or_else(|| entry.stdout.into_bytes()),
            stderr: entry.stderr,
            end: match entry.raised {
                Some(exception) => CPythonEnd::Raised(exception),
                None => CPythonEnd::Completed,
            },
        })
    }

    /// Stores a run (timeouts are not stored). Written to a temporary file
    /// and renamed, so concurrent harness processes never read half an entry.
    pub fn store(
        &self,
        key: &str,
        python_version: &str,
        case_name: &str,
        run: &CPythonRun,
    ) -> Result<(), String> {
        let raised = match &run.end {
            CPythonEnd::Completed => None,
            CPythonEnd::Raised(e) => Some(e.clone()),
            CPythonEnd::TimedOut => return Ok(()),
        };
        let (stdout, stdout_bytes) = match String::from_utf8(run.stdout.clone()) {
            Ok(text) => (text, None),
            Err(e) => (
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
                Some(e.into_bytes()),
            ),
        };
        let entry = Entry {
            format: CACHE_FORMAT.into(),
            python: python_version.into(),
            case: case_name.into(),
            stdout,
            stdout_bytes,
            stderr: run.stderr.clone(),
            raised,
        };
        let text = serde_json::to_vec_pretty(&entry).map_err(|e| e.to_string())?;
        let fail = |e: std::io::Error| format!("writing the cache in {}: {e}", self.dir.display());
        fs::create_dir_all(&self.dir).map_err(fail)?;
        let tmp = self.dir.join(format!(".{key}.{}.tmp", std::process::id()));
        fs::write(&tmp, text).map_err(fail)?;
        fs::rename(&tmp, self.entry_path(key)).map_err(fail)
    }
}

/// CPython's run of a case: from the cache when there, else run now (and
/// cached). The flag says whether it came from the cache. An error means
/// CPython could not run it at all.
pub fn cpython_run(
    case: &Case,
    cache: Option<&Cache>,
    timeout: Duration,
) -> Result<(CPythonRun, bool), String> {
    let source =
        fs::read(&case.path).map_err(|e| format!("cannot read {}: {e}", case.path.display()))?;
    let python = CPython::get()?;
    let key = Cache::key(&source, python.version());
    if let Some(run) = cache.and_then(|c| c.load(&key, python.version())) {
        return Ok((run, true));
    }
    let run = python.run(&case.path, timeout)?;
    if let Some(cache) = cache {
        if let Err(e) = cache.store(&key, python.version(), &case.name, &run) {
            // A read-only cache is slower, not wrong.
            eprintln!("harness: {e}");
        }
    }
    Ok((run, false))
}

/// The expected output of a case read from its `.exp` file.
pub fn from_exp_file(exp: &Path) -> Expectation {
    fs::read(exp)
        .map(|stdout| Expected {
            stdout,
            source: Source::Exp,
        })
        .map_err(|e| Problem::new(format!("cannot read {}: {e}", exp.display())))
}

/// The expected output from a CPython run: only a run that completed gives
/// one. A case whose reference run raises or hangs has no trustworthy
/// expected output, so that is a failure of the case, to be fixed by
/// catching the exception in the case or by giving it a `.exp` file.
pub fn from_cpython_run(run: &CPythonRun, timeout: Duration) -> Expectation {
    match &run.end {
        CPythonEnd::Completed => Ok(Expected {
            stdout: run.stdout.clone(),
            source: Source::Cpython,
        }),
        CPythonEnd::Raised(exception) => Err(Problem {
            reason: format!(
                "CPython raised {exception} (catch it in the case or give the case a .exp file)"
            ),
            detail: run.stderr.clone(),
        }),
        CPythonEnd::TimedOut => Err(Problem {
            reason: format!(
                "CPython timed out after {} producing the expected output",
                crate::compare::seconds(timeout)
            ),
            detail: run.stderr.clone(),
        }),
    }
}

/// A case's expected output: its `.exp` file, else CPython's output.
///
/// A documented difference (`cpydiff/`) follows its own rules: see
/// [`crate::cpydiff::expectation`].
pub fn expected(case: &Case, cache: Option<&Cache>, timeout: Duration) -> Expectation {
    if crate::cpydiff::is_cpydiff(case) {
        return crate::cpydiff::expectation(case, cache, timeout);
    }
    match &case.exp {
        Some(exp) => from_exp_file(exp),
        None => match cpython_run(case, cache, timeout) {
            Ok((run, _)) => from_cpython_run(&run, timeout),
            Err(e) => Err(Problem::new(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stdout: &[u8], end: CPythonEnd) -> CPythonRun {
        CPythonRun {
            stdout: stdout.to_vec(),
            stderr: "trace\n".into(),
            end,
        }
    }

    #[test]
    fn key_depends_on_source_and_version() {
        let a = Cache::key(b"print(1)\n", "3.11.7");
        assert_eq!(a.len(), 64);
        assert_eq!(a, Cache::key(b"print(1)\n", "3.11.7"));
        assert_ne!(a, Cache::key(b"print(2)\n", "3.11.7"));
        assert_ne!(a, Cache::key(b"print(1)\n", "3.12.0"));
    }

    #[test]
    fn store_then_load_round_trips() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::new(tmp.path().join("c"));
        for original in [
            run(b"hello\n", CPythonEnd::Completed),
            run(b"\xff\xfe bytes\n", CPythonEnd::Completed),
            run(b"", CPythonEnd::Raised("ValueError: x".into())),
        ] {
            let key = Cache::key(&original.stdout, "v");
            cache.store(&key, "v", "a/b.py", &original).unwrap();
            assert_eq!(cache.load(&key, "v"), Some(original));
            // Another version's entry is not used.
            assert_eq!(cache.load(&key, "w"), None);
        }
    }

    #[test]
    fn timeouts_are_not_cached_and_junk_is_a_miss() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::new(tmp.path());
        cache
            .store("k", "v", "x.py", &run(b"", CPythonEnd::TimedOut))
            .unwrap();
        assert_eq!(cache.load("k", "v"), None);
        fs::write(tmp.path().join("j.json"), "{not json").unwrap();
        assert_eq!(cache.load("j", "v"), None);
    }

    #[test]
    fn unwritable_cache_is_an_error_not_a_panic() {
        let cache = Cache::new("/proc/definitely/not/writable");
        let err = cache
            .store("k", "v", "x.py", &run(b"", CPythonEnd::Completed))
            .unwrap_err();
        assert!(err.contains("writing the cache"), "{err}");
    }

    #[test]
    fn only_a_completed_run_gives_an_expected_output() {
        let t = Duration::from_secs(3);
        let ok = from_cpython_run(&run(b"1\n", CPythonEnd::Completed), t).unwrap();
        assert_eq!(ok.stdout, b"1\n");
        assert_eq!(ok.source, Source::Cpython);
        let raised = from_cpython_run(&run(b"", CPythonEnd::Raised("E: m".into())), t);
        let problem = raised.unwrap_err();
        assert!(problem.reason.contains("CPython raised E: m"));
        assert_eq!(problem.detail, "trace\n");
        let hung = from_cpython_run(&run(b"", CPythonEnd::TimedOut), t).unwrap_err();
        assert!(
            hung.reason.contains("timed out after 3 s"),
            "{}",
            hung.reason
        );
    }

    #[test]
    fn missing_exp_file_is_a_problem() {
        let problem = from_exp_file(Path::new("/nonexistent/x.py.exp")).unwrap_err();
        assert!(problem.reason.contains("cannot read /nonexistent/x.py.exp"));
    }
}
