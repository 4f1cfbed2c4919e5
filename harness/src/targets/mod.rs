//! What running a case on a target produced, whatever the target.

pub mod qemu;
pub mod unix;

use std::time::Duration;

use crate::cpython::{CPythonEnd, CPythonRun};

/// The observable result of one run of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub end: End,
    pub duration: Duration,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// The process exited with this status (1: uncaught exception).
    Exited(i32),
    /// The process was killed by this signal (a crash).
    Signalled(i32),
    /// Still running at the time limit; it was killed.
    TimedOut(Duration),
    /// The target could not run the case at all (missing binary, ...).
    NotStarted(String),
    /// An emulated board's firmware crashed, or stopped following the
    /// REPL protocol (the reason says which); the machine was restarted.
    Crashed(String),
}

impl Output {
    /// A run that never started.
    pub fn not_started(reason: impl Into<String>) -> Self {
        Output {
            stdout: Vec::new(),
            stderr: Vec::new(),
            end: End::NotStarted(reason.into()),
            duration: Duration::ZERO,
        }
    }

    /// A CPython run seen as a process would be: status 1 for an uncaught
    /// exception, as `python3 case.py` would exit.
    pub fn from_cpython(run: CPythonRun, timeout: Duration, duration: Duration) -> Self {
        let end = match run.end {
            CPythonEnd::Completed => End::Exited(0),
            CPythonEnd::Raised(_) => End::Exited(1),
            CPythonEnd::TimedOut => End::TimedOut(timeout),
        };
        Output {
            stdout: run.stdout,
            stderr: run.stderr.into_bytes(),
            end,
            duration,
        }
    }
}
