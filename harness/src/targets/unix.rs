//! The unix target: the `pycopy` executable, one process per case.
//!
//! `pycopy /abs/path/case.py` runs with the case's folder as working
//! directory, MICROPYPATH unset and stdin empty. Both pipes are drained by
//! threads while the process runs, so a chatty case never blocks on a full
//! pipe, and a case still running at the time limit is killed.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::{End, Output};
use crate::cases::Case;

/// Captured output beyond this is dropped (a runaway print loop must not
/// eat the machine's memory); the truncation is marked in the output.
const MAX_CAPTURE: usize = 16 << 20;

/// How long to wait for the pipes to close once the process has exited
/// (a grandchild it spawned may hold them open).
const PIPE_GRACE: Duration = Duration::from_secs(1);

/// The `pycopy` binary and how to run it.
#[derive(Debug, Clone)]
pub struct UnixTarget {
    pub binary: PathBuf,
    pub timeout: Duration,
}

impl UnixTarget {
    pub fn new(binary: impl Into<PathBuf>, timeout: Duration) -> Self {
        UnixTarget {
            binary: binary.into(),
            timeout,
        }
    }

    /// Runs one case. Never panics: every way it can go wrong is an `End`.
    pub fn run(&self, case: &Case) -> Output {
        let start = Instant::now();
        let spawned = Command::new(&self.binary)
            .args(case.options())
            .arg(&case.path)
            .current_dir(case.dir())
            .env_remove("MICROPYPATH")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(e) => {
                return Output::not_started(format!("cannot run {}: {e}", self.binary.display()))
            }
        };
        let stdout = Capture::start(child.stdout.take());
        let stderr = Capture::start(child.stderr.take());
        let end = match wait_until(&mut child, start + self.timeout) {
            Ok(Some(status)) => end_of(status),
            Ok(None) => End::TimedOut(self.timeout),
            Err(e) => End::NotStarted(format!("waiting for {}: {e}", self.binary.display())),
        };
        let duration = start.elapsed();
        Output {
            stdout: stdout.finish(),
            stderr: stderr.finish(),
            end,
            duration,
        }
    }
}

fn end_of(status: ExitStatus) -> End {
    match (status.code(), status.signal()) {
        (Some(code), _) => End::Exited(code),
        (None, Some(signal)) => End::Signalled(signal),
        (None, None) => End::Exited(-1),
    }
}

/// Waits for the child until `deadline`; past it, kills it and returns None.
fn wait_until(child: &mut Child, deadline: Instant) -> std::io::Result<Option<ExitStatus>> {
    // Poll with a growing pause: quick cases finish within a millisecond or
    // two, slow ones cost at most a 10 ms check.
    let mut pause = Duration::from_micros(200);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            // It may exit on its own just now: either way, reap it.
            let _ = child.kill();
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(10));
    }
}

/// A pipe drained into memory by a thread.
struct Capture {
    buffer: Arc<Mutex<Vec<u8>>>,
    done: Option<Receiver<()>>,
}

impl Capture {
    fn start(pipe: Option<impl Read + Send + 'static>) -> Self {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let Some(mut pipe) = pipe else {
            return Capture { buffer, done: None };
        };
        let (tx, rx) = mpsc::channel();
        let shared = Arc::clone(&buffer);
        thread::spawn(move || {
            let mut chunk = vec![0u8; 64 << 10];
            let mut truncated = false;
            loop {
                let n = match pipe.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                };
                let mut buf = shared.lock().unwrap_or_else(|e| e.into_inner());
                let room = MAX_CAPTURE.saturating_sub(buf.len());
                buf.extend_from_slice(&chunk[..n.min(room)]);
                if n > room && !truncated {
                    truncated = true;
                    buf.extend_from_slice(b"\n[harness: output truncated]\n");
                }
            }
            let _ = tx.send(());
        });
        Capture {
            buffer,
            done: Some(rx),
        }
    }

    /// What was read, once the pipe closed or the grace period is over.
    fn finish(self) -> Vec<u8> {
        if let Some(done) = self.done {
            let _ = done.recv_timeout(PIPE_GRACE);
        }
        let mut buf = self.buffer.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut buf)
    }
}
