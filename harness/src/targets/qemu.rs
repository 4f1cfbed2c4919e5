//! The QEMU target: cases run on the firmware of an emulated board, driven
//! through its UART with the raw REPL's raw-paste mode, as pyboard.py and
//! mpremote drive a real board.
//!
//! A [`Machine`] is one `qemu-system-arm` process with the UART on its
//! standard input/output (a plain pipe: see qemu-boards/README.md). It boots
//! to the friendly prompt, enters the raw REPL (Ctrl-A), and then for each
//! case:
//!
//! 1. raw-paste mode (`Ctrl-E A Ctrl-A`, answered `R\x01` + the window
//!    size), the case's source sent within the flow-control window,
//!    Ctrl-D, and the board's Ctrl-D acknowledging it;
//! 2. the case's output up to a Ctrl-D (stdout), the uncaught exception if
//!    any up to a second Ctrl-D (stderr), then the `>` prompt;
//! 3. a soft reset (Ctrl-D at the empty raw prompt) so the next case starts
//!    with a fresh interpreter.
//!
//! At the time limit the harness sends Ctrl-C: a board that comes back (the
//! program got KeyboardInterrupt) is soft-reset and reused; one that does
//! not, a firmware that crashed (it prints a `FATAL:` line and QEMU exits),
//! or a protocol error, costs a restart of QEMU, and the next case runs on
//! a new machine. Each worker thread owns one machine.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::{End, Output};
use crate::boards::Board;
use crate::cases::Case;

/// The raw REPL's prompt line, after Ctrl-A and after a soft reset.
pub const RAW_PROMPT: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";
/// What the firmware prints when it soft-resets.
pub const SOFT_REBOOT: &[u8] = b"soft reboot\r\n";
/// How the firmware announces a panic or fault, before QEMU exits.
const FATAL: &[u8] = b"FATAL: ";

/// From starting QEMU to the friendly prompt.
const BOOT_TIMEOUT: Duration = Duration::from_secs(30);
/// For the board to answer a control sequence (raw-paste request, soft
/// reset, the end-of-data acknowledgement).
const REPLY_TIMEOUT: Duration = Duration::from_secs(15);
/// After Ctrl-C at the time limit: how long the board has to come back.
const INTERRUPT_GRACE: Duration = Duration::from_secs(3);
/// After the firmware printed FATAL: how long QEMU has to exit.
const EXIT_GRACE: Duration = Duration::from_secs(2);
/// Output kept per case; the rest is dropped (and the drop marked).
const MAX_CAPTURE: usize = 4 << 20;
/// QEMU's own stderr kept per machine.
const MAX_STDERR: usize = 64 << 10;

/// A board's firmware under QEMU, and the time limit of a case.
#[derive(Debug, Clone)]
pub struct QemuTarget {
    pub board: Board,
    /// The firmware ELF.
    pub elf: PathBuf,
    pub timeout: Duration,
}

impl QemuTarget {
    /// A target for `board`, building its firmware first (a no-op when up
    /// to date).
    pub fn build(board: Board, timeout: Duration) -> Result<QemuTarget, String> {
        let elf = board.build()?;
        Ok(QemuTarget {
            board,
            elf,
            timeout,
        })
    }

    /// The name in reports: `qemu:<board>`.
    pub fn name(&self) -> String {
        format!("qemu:{}", self.board.name)
    }

    /// Starts a machine and brings it to the raw REPL.
    pub fn start(&self) -> Result<Machine, String> {
        Machine::start(self)
    }

    /// Runs one case on `machine` (starting one when there is none or the
    /// last one broke) and leaves the machine ready for the next case, or
    /// None when it had to go. Never panics.
    pub fn run(&self, machine: &mut Option<Machine>, case: &Case) -> Output {
        let start = Instant::now();
        let source = match std::fs::read(&case.path) {
            Ok(source) => source,
            Err(e) => return Output::not_started(format!("{}: {e}", case.path.display())),
        };
        let mut m = match machine.take() {
            Some(m) => m,
            None => match self.start() {
                Ok(m) => m,
                Err(e) => return Output::not_started(e),
            },
        };
        let mut run = m.exec(&source, self.timeout);
        run.output.duration = start.elapsed();
        if run.reusable && m.soft_reset().is_ok() {
            *machine = Some(m);
        } else {
            let status = m.stop();
            if let (End::Crashed(why), Some(status)) = (&mut run.output.end, status) {
                why.push_str(&format!(" (QEMU exited with status {status})"));
            }
        }
        run.output
    }

    /// Runs cases on `jobs` machines at once, one machine per worker
    /// thread; `each` is called with every case's index and output as it
    /// finishes (from the workers' threads). Returns the outputs in the
    /// cases' order.
    pub fn run_all(
        &self,
        cases: &[&Case],
        jobs: usize,
        each: &(dyn Fn(usize, &Output) + Sync),
    ) -> Vec<Output> {
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Output>>> = Mutex::new(vec![None; cases.len()]);
        thread::scope(|scope| {
            for _ in 0..jobs.clamp(1, cases.len().max(1)) {
                scope.spawn(|| {
                    let mut machine = None;
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(case) = cases.get(i) else { break };
                        let output = self.run(&mut machine, case);
                        each(i, &output);
                        if let Ok(mut r) = results.lock() {
                            r[i] = Some(output);
                        }
                    }
                    if let Some(m) = machine {
                        m.stop();
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_default()
            .into_iter()
            .map(|o| o.unwrap_or_else(|| Output::not_started("the worker running it failed")))
            .collect()
    }
}

/// How a wait for the board ended without what was waited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The deadline passed.
    TimedOut,
    /// QEMU closed the UART: it exited.
    Ended,
}

/// One case's run on a machine.
pub struct Run {
    pub output: Output,
    /// The machine is at the raw prompt and can take the next case.
    pub reusable: bool,
}

/// One running `qemu-system-arm`, its UART a byte pipe.
pub struct Machine {
    child: Child,
    stdin: ChildStdin,
    /// Chunks of UART output from the reader thread; closed at QEMU's exit.
    rx: Receiver<Vec<u8>>,
    /// Received and not consumed yet.
    pending: VecDeque<u8>,
    ended: bool,
    stderr: Arc<Mutex<Vec<u8>>>,
    /// The machine soft-reset by itself (SystemExit) after the last case.
    fresh: bool,
}

impl Machine {
    /// Starts QEMU and waits for the friendly prompt, then enters the raw
    /// REPL.
    pub fn start(target: &QemuTarget) -> Result<Machine, String> {
        let mut command = target.board.qemu_command(&target.elf);
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!(
                    "cannot run {:?}: {e} (apt-get install qemu-system-arm)",
                    command.get_program()
                )
            })?;
        let (Some(stdin), Some(mut stdout), Some(mut err)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err("QEMU's pipes were not set up".into());
        };
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            loop {
                match stdout.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(chunk[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        thread::spawn(move || {
            let mut chunk = [0u8; 1024];
            while let Ok(n @ 1..) = err.read(&mut chunk) {
                if let Ok(mut s) = sink.lock() {
                    if s.len() < MAX_STDERR {
                        s.extend_from_slice(&chunk[..n]);
                    }
                }
            }
        });
        let mut m = Machine {
            child,
            stdin,
            rx,
            pending: VecDeque::new(),
            ended: false,
            stderr,
            fresh: true,
        };
        let deadline = Instant::now() + BOOT_TIMEOUT;
        let booted = m
            .read_until(b">>> ", deadline, MAX_CAPTURE)
            .map_err(|(stop, seen)| m.failure("booting", stop, &seen))
            .and_then(|_| {
                m.write(b"\x01")?;
                m.read_until(RAW_PROMPT, deadline, MAX_CAPTURE)
                    .map_err(|(stop, seen)| m.failure("entering the raw REPL", stop, &seen))
            });
        match booted {
            Ok(_) => Ok(m),
            Err(e) => {
                m.stop();
                Err(e)
            }
        }
    }

    /// A description of a failed wait, with what the board said.
    fn failure(&self, doing: &str, stop: Stop, seen: &[u8]) -> String {
        let how = match stop {
            Stop::TimedOut => "timed out",
            Stop::Ended => "QEMU exited",
        };
        let mut text = format!("{doing}: {how}; the board said {:?}", lossy_tail(seen));
        let err = self.qemu_stderr();
        if !err.trim().is_empty() {
            text.push_str(&format!("; QEMU said {:?}", err.trim()));
        }
        text
    }

    /// What QEMU printed on its stderr so far.
    pub fn qemu_stderr(&self) -> String {
        self.stderr
            .lock()
            .map(|s| String::from_utf8_lossy(&s).into_owned())
            .unwrap_or_default()
    }

    /// Sends bytes to the UART.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.stdin
            .write_all(bytes)
            .and_then(|()| self.stdin.flush())
            .map_err(|e| format!("writing to the board: {e}"))
    }

    /// Waits for more output until `deadline`; false when none came (the
    /// deadline passed, or QEMU exited: then `ended`).
    fn fill(&mut self, deadline: Instant) -> bool {
        if self.ended {
            return false;
        }
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.rx.recv_timeout(wait) {
            Ok(chunk) => {
                self.pending.extend(chunk);
                true
            }
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => {
                self.ended = true;
                false
            }
        }
    }

    /// Whether output is waiting to be read (without waiting for it).
    fn output_waiting(&mut self) -> bool {
        while let Ok(chunk) = self.rx.try_recv() {
            self.pending.extend(chunk);
        }
        !self.pending.is_empty()
    }

    /// Reads up to and including `pattern`, returning what came before it
    /// (at most `keep` bytes of it; more is dropped). On a timeout or
    /// QEMU's exit, returns what came so far.
    pub fn read_until(
        &mut self,
        pattern: &[u8],
        deadline: Instant,
        keep: usize,
    ) -> Result<Vec<u8>, (Stop, Vec<u8>)> {
        let mut out = Vec::new();
        let mut dropped = false;
        loop {
            let hay = self.pending.make_contiguous();
            if let Some(i) = find(hay, pattern) {
                keep_some(&mut out, &hay[..i], keep, &mut dropped);
                self.pending.drain(..i + pattern.len());
                return Ok(out);
            }
            // Keep the end that may be the start of the pattern.
            let safe = hay.len().saturating_sub(pattern.len().saturating_sub(1));
            keep_some(&mut out, &hay[..safe], keep, &mut dropped);
            self.pending.drain(..safe);
            if !self.fill(deadline) {
                let hay = self.pending.make_contiguous();
                keep_some(&mut out, hay, keep, &mut dropped);
                self.pending.clear();
                let stop = if self.ended {
                    Stop::Ended
                } else {
                    Stop::TimedOut
                };
                return Err((stop, out));
            }
        }
    }

    /// Reads exactly `n` bytes.
    fn read_exact(&mut self, n: usize, deadline: Instant) -> Result<Vec<u8>, (Stop, Vec<u8>)> {
        while self.pending.len() < n {
            if !self.fill(deadline) {
                let seen = self.pending.drain(..).collect();
                let stop = if self.ended {
                    Stop::Ended
                } else {
                    Stop::TimedOut
                };
                return Err((stop, seen));
            }
        }
        Ok(self.pending.drain(..n).collect())
    }

    /// Sends `source` in raw-paste mode, honouring the flow-control window.
    /// Returns Ok once the board acknowledged the end of the data.
    fn paste(&mut self, source: &[u8]) -> Result<(), Failure> {
        let deadline = Instant::now() + REPLY_TIMEOUT;
        self.write(b"\x05A\x01").map_err(Failure::Broken)?;
        let reply = self
            .read_exact(2, deadline)
            .map_err(|(stop, seen)| Failure::Wait("entering raw-paste mode", stop, seen))?;
        if reply != b"R\x01" {
            return Err(Failure::Broken(format!(
                "the board refused raw-paste mode: {:?}",
                lossy_tail(&reply)
            )));
        }
        let window = self
            .read_exact(2, deadline)
            .map_err(|(stop, seen)| Failure::Wait("reading the window size", stop, seen))?;
        let increment = usize::from(u16::from_le_bytes([window[0], window[1]]));
        if increment == 0 {
            return Err(Failure::Broken("the board gave a window of 0 bytes".into()));
        }
        let mut remaining = increment;
        let mut sent = 0;
        let mut cut_short = false;
        while sent < source.len() && !cut_short {
            while remaining == 0 || self.output_waiting() {
                let deadline = Instant::now() + REPLY_TIMEOUT;
                let byte = self
                    .read_exact(1, deadline)
                    .map_err(|(stop, seen)| Failure::Wait("waiting for the window", stop, seen))?;
                match byte[0] {
                    0x01 => remaining += increment,
                    0x04 => {
                        // The board ends the transfer: acknowledge it.
                        cut_short = true;
                        break;
                    }
                    other => {
                        let mut seen = vec![other];
                        seen.extend(self.pending.drain(..));
                        return Err(Failure::Unexpected(seen));
                    }
                }
            }
            if cut_short {
                break;
            }
            let n = remaining.min(source.len() - sent);
            self.write(&source[sent..sent + n])
                .map_err(Failure::Broken)?;
            sent += n;
            remaining -= n;
        }
        self.write(b"\x04").map_err(Failure::Broken)?;
        if cut_short {
            return Ok(());
        }
        // Window increments may still come before the acknowledgement.
        let deadline = Instant::now() + REPLY_TIMEOUT;
        let before = self
            .read_until(b"\x04", deadline, MAX_CAPTURE)
            .map_err(|(stop, seen)| Failure::Wait("waiting for the end of data", stop, seen))?;
        if before.iter().any(|&b| b != 0x01) {
            return Err(Failure::Unexpected(before));
        }
        Ok(())
    }

    /// Runs a program: raw-paste, then its output and exception.
    pub fn exec(&mut self, source: &[u8], timeout: Duration) -> Run {
        let start = Instant::now();
        self.fresh = false;
        if let Err(f) = self.paste(source) {
            return self.broken(f.describe(), Vec::new(), Vec::new(), start);
        }
        let deadline = start + timeout;
        let stdout = match self.read_until(b"\x04", deadline, MAX_CAPTURE) {
            Ok(out) => out,
            Err((Stop::Ended, out)) => return self.crashed(out, start),
            Err((Stop::TimedOut, out)) => return self.interrupt(out, timeout, start),
        };
        if find(&stdout, FATAL).is_some() {
            return self.crashed(stdout, start);
        }
        let rest = Instant::now() + REPLY_TIMEOUT.max(timeout);
        let stderr = match self.read_until(b"\x04", rest, MAX_CAPTURE) {
            Ok(err) => err,
            Err((Stop::Ended, err)) => {
                let mut all = stdout;
                all.extend(err);
                return self.crashed(all, start);
            }
            Err((Stop::TimedOut, err)) => {
                return self.broken("no end after the exception".into(), stdout, err, start)
            }
        };
        let status = i32::from(!stderr.is_empty());
        match self.read_until(b">", rest, MAX_CAPTURE) {
            Ok(between) => {
                // SystemExit soft-resets the board before its prompt.
                self.fresh = find(&between, SOFT_REBOOT).is_some();
                Run {
                    output: Output {
                        stdout,
                        stderr,
                        end: End::Exited(status),
                        duration: start.elapsed(),
                    },
                    reusable: self.fresh || between.is_empty(),
                }
            }
            Err((_, seen)) => self.broken(
                format!("no prompt after the program: {:?}", lossy_tail(&seen)),
                stdout,
                stderr,
                start,
            ),
        }
    }

    /// The program ran past its time limit: Ctrl-C, and if the board comes
    /// back with KeyboardInterrupt the machine can be reused.
    fn interrupt(&mut self, mut stdout: Vec<u8>, timeout: Duration, start: Instant) -> Run {
        let end = End::TimedOut(timeout);
        let deadline = Instant::now() + INTERRUPT_GRACE;
        let recovered = self.write(b"\x03").is_ok()
            && match self.read_until(b"\x04", deadline, MAX_CAPTURE) {
                Ok(more) => {
                    stdout.extend(more);
                    true
                }
                Err((_, more)) => {
                    stdout.extend(more);
                    false
                }
            };
        let mut stderr = Vec::new();
        let recovered = recovered
            && match self.read_until(b"\x04", deadline, MAX_CAPTURE) {
                Ok(err) => {
                    stderr = err;
                    self.read_until(b">", deadline, 1024)
                        .is_ok_and(|b| b.is_empty())
                }
                Err(_) => false,
            };
        Run {
            output: Output {
                stdout,
                stderr,
                end,
                duration: start.elapsed(),
            },
            reusable: recovered,
        }
    }

    /// The firmware crashed: the FATAL line is the reason.
    fn crashed(&mut self, mut seen: Vec<u8>, start: Instant) -> Run {
        // Let QEMU finish printing and exit.
        if !self.ended {
            let deadline = Instant::now() + EXIT_GRACE;
            while self.fill(deadline) {}
            seen.extend(self.pending.drain(..));
        }
        let (stdout, why) = match find(&seen, FATAL) {
            Some(i) => {
                // Everything from the first FATAL line on: a hard fault is
                // followed by its cause ("FATAL: stack overflow ..."), a
                // panic's message may go on over several lines ("memory
                // allocation of N bytes failed").
                let why = String::from_utf8_lossy(&seen[i..])
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .take(8)
                    .collect::<Vec<_>>()
                    .join("; ");
                // The FATAL line follows a newline the firmware added.
                let mut out = seen[..i].to_vec();
                if out.ends_with(b"\r\n") {
                    out.truncate(out.len() - 2);
                }
                (out, why)
            }
            None => (seen, "QEMU exited while the program ran".to_string()),
        };
        let detail = self.qemu_stderr().into_bytes();
        Run {
            output: Output {
                stdout,
                stderr: detail,
                end: End::Crashed(why),
                duration: start.elapsed(),
            },
            reusable: false,
        }
    }

    /// The conversation with the board went wrong: the machine is dropped.
    fn broken(&mut self, why: String, stdout: Vec<u8>, stderr: Vec<u8>, start: Instant) -> Run {
        if self.ended || find(&stdout, FATAL).is_some() {
            return self.crashed(stdout, start);
        }
        Run {
            output: Output {
                stdout,
                stderr,
                end: End::Crashed(format!("the board stopped following the protocol: {why}")),
                duration: start.elapsed(),
            },
            reusable: false,
        }
    }

    /// Ctrl-D at the empty raw prompt: a soft reset, back at the raw prompt
    /// with a new interpreter (nothing to do if the program's SystemExit
    /// already did it).
    pub fn soft_reset(&mut self) -> Result<(), String> {
        if self.fresh {
            return Ok(());
        }
        self.write(b"\x04")?;
        let deadline = Instant::now() + REPLY_TIMEOUT;
        let said = self
            .read_until(RAW_PROMPT, deadline, MAX_CAPTURE)
            .map_err(|(stop, seen)| self.failure("soft reset", stop, &seen))?;
        if find(&said, SOFT_REBOOT).is_none() {
            return Err(format!("soft reset: unexpected {:?}", lossy_tail(&said)));
        }
        self.fresh = true;
        Ok(())
    }

    /// Kills QEMU (if it still runs); returns its exit status if it had
    /// exited by itself.
    pub fn stop(mut self) -> Option<i32> {
        let exited = match self.child.try_wait() {
            Ok(Some(status)) => status.code(),
            _ => {
                let deadline = Instant::now() + Duration::from_millis(200);
                let mut code = None;
                while self.ended && Instant::now() < deadline {
                    if let Ok(Some(status)) = self.child.try_wait() {
                        code = status.code();
                        break;
                    }
                    thread::sleep(Duration::from_millis(10));
                }
                code
            }
        };
        let _ = self.child.kill();
        let _ = self.child.wait();
        exited
    }
}

impl Drop for Machine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Why raw-paste failed.
enum Failure {
    Broken(String),
    Wait(&'static str, Stop, Vec<u8>),
    Unexpected(Vec<u8>),
}

impl Failure {
    fn describe(&self) -> String {
        match self {
            Failure::Broken(why) => why.clone(),
            Failure::Wait(doing, stop, seen) => {
                let how = match stop {
                    Stop::TimedOut => "timed out",
                    Stop::Ended => "QEMU exited",
                };
                format!("{doing}: {how} (the board said {:?})", lossy_tail(seen))
            }
            Failure::Unexpected(seen) => {
                format!("unexpected bytes during raw-paste: {:?}", lossy_tail(seen))
            }
        }
    }
}

/// Appends `more` to `out` up to `keep` bytes in all, marking a drop once.
fn keep_some(out: &mut Vec<u8>, more: &[u8], keep: usize, dropped: &mut bool) {
    let room = keep.saturating_sub(out.len());
    out.extend_from_slice(&more[..more.len().min(room)]);
    if more.len() > room && !*dropped {
        *dropped = true;
        out.extend_from_slice(b"\n[harness: output cut here]\n");
    }
}

/// The first index of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last 200 bytes, for messages.
fn lossy_tail(bytes: &[u8]) -> String {
    let start = bytes.len().saturating_sub(200);
    String::from_utf8_lossy(&bytes[start..]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_and_keep() {
        assert_eq!(find(b"abc\x04def", b"\x04"), Some(3));
        assert_eq!(find(b"abc", b"cd"), None);
        assert_eq!(find(b"", b""), Some(0));
        let mut out = Vec::new();
        let mut dropped = false;
        keep_some(&mut out, b"12345", 3, &mut dropped);
        keep_some(&mut out, b"678", 3, &mut dropped);
        assert_eq!(out, b"123\n[harness: output cut here]\n");
        assert!(dropped);
    }
}
