//! CPython, embedded through pyo3: runs a case in-process and captures what
//! it prints. This is where expected outputs come from when a case has no
//! `.exp` file, and it is the `cpython` target.
//!
//! The isolation between cases (fresh `__main__`, restored `sys.modules`,
//! cwd and `sys.path[0]` set to the case's folder, a time limit) is done by
//! `cpython_driver.py`. The working directory is process-wide, so runs are
//! serialised by a lock; the rest of the harness only uses absolute paths and
//! is unaffected by it. Call CPython from the main thread when you can: it is
//! the thread that initialises the interpreter, and Python only lets its main
//! thread install signal handlers, which some cases do.

use std::ffi::{c_long, CString};
use std::path::Path;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use pyo3::prelude::*;
use pyo3::types::PyModule;

const DRIVER: &str = include_str!("cpython_driver.py");

/// What one CPython run of a case produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CPythonRun {
    /// Everything written to stdout, as UTF-8 bytes (`sys.stdout.buffer`
    /// writes can make it invalid UTF-8).
    pub stdout: Vec<u8>,
    /// The captured stderr, with the traceback of an uncaught exception.
    pub stderr: String,
    pub end: CPythonEnd,
}

/// How a CPython run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CPythonEnd {
    /// Ran to the end (or `SystemExit` with status 0).
    Completed,
    /// An uncaught exception or a failing `SystemExit`, e.g.
    /// `ZeroDivisionError: division by zero`.
    Raised(String),
    /// Still running at the time limit.
    TimedOut,
}

/// The embedded interpreter, initialised on first use.
pub struct CPython {
    run: Py<PyAny>,
    async_raise: Py<PyAny>,
    version: String,
}

static INSTANCE: OnceLock<Result<CPython, String>> = OnceLock::new();
static RUN_LOCK: Mutex<()> = Mutex::new(());

/// Raises `exc` in the thread `ident` at its next bytecode boundary, or
/// clears a pending one when `exc` is None: how the time limit interrupts a
/// case without signals (which only work on Python's main thread).
#[pyfunction]
fn async_raise(ident: u64, exc: Option<&Bound<'_, PyAny>>) -> i32 {
    let exc = exc.map_or(std::ptr::null_mut(), |e| e.as_ptr());
    // SAFETY: the GIL is held (we are called from Python) and `exc` is a
    // live object or null, as the API requires. Thread idents are
    // pthread_t values, passed through the C `long` of pyo3's binding.
    unsafe { pyo3::ffi::PyThreadState_SetAsyncExc(ident as c_long, exc) }
}

impl CPython {
    /// The shared interpreter, initialising it on the first call.
    pub fn get() -> Result<&'static CPython, String> {
        INSTANCE
            .get_or_init(Self::init)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn init() -> Result<CPython, String> {
        Python::initialize();
        Python::attach(|py| {
            let code = CString::new(DRIVER).map_err(|e| e.to_string())?;
            let driver = PyModule::from_code(py, &code, c"cpython_driver.py", c"_harness_driver")
                .map_err(|e| format!("loading the CPython driver: {e}"))?;
            let run = driver.getattr("run").map_err(|e| e.to_string())?;
            let async_raise = wrap_pyfunction!(async_raise, py).map_err(|e| e.to_string())?;
            let version: String = py
                .import("sys")
                .and_then(|sys| sys.getattr("version"))
                .and_then(|v| v.extract())
                .map_err(|e| e.to_string())?;
            Ok(CPython {
                run: run.unbind(),
                async_raise: async_raise.into_any().unbind(),
                version,
            })
        })
    }

    /// `sys.version` of the embedded interpreter (part of the cache key).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Runs the case file at `path` (absolute) with a time limit. An error
    /// means the harness could not run it at all (e.g. the file is
    /// unreadable); what the case itself does is in the returned run.
    pub fn run(&self, path: &Path, timeout: Duration) -> Result<CPythonRun, String> {
        let _serial = RUN_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        Python::attach(|py| {
            let result = self
                .run
                .call1(py, (path, timeout.as_secs_f64(), self.async_raise.bind(py)))
                .map_err(|e| format!("CPython could not run the case: {e}"))?;
            let (stdout, stderr, status, description): (Vec<u8>, String, String, Option<String>) =
                result
                    .extract(py)
                    .map_err(|e| format!("unexpected result from the CPython driver: {e}"))?;
            let end = match status.as_str() {
                "ok" => CPythonEnd::Completed,
                "timeout" => CPythonEnd::TimedOut,
                _ => CPythonEnd::Raised(description.unwrap_or_else(|| status.clone())),
            };
            Ok(CPythonRun {
                stdout,
                stderr,
                end,
            })
        })
    }
}
