//! Progress of a long CLI run, on stderr.
//!
//! On a terminal: a bar redrawn in place (at most ten times a second, from
//! half a second into the run, so quick runs show nothing), erased at the
//! end. Elsewhere (CI logs, pipes): a plain line every ten seconds, so a run
//! that takes under ten seconds prints none. The summary line and the
//! failures go to stdout as before; progress never does.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::compare::Status;

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A bar redrawn in place (`\r`), for terminals.
    Bar,
    /// A line now and then, for logs.
    Lines,
    /// Nothing.
    Quiet,
}

/// Counters of the phase being shown.
#[derive(Debug, Clone)]
struct State {
    label: String,
    total: usize,
    done: usize,
    failed: usize,
    started: Instant,
    /// When something was last printed.
    shown: Option<Instant>,
    /// Whether a bar is on the screen (to be erased).
    drawn: bool,
}

/// A progress display, shared by the threads that run cases.
pub struct Progress {
    style: Style,
    /// Bar: delay before the first draw and between draws is `BAR_*`;
    /// Lines: time between lines.
    interval: Duration,
    state: Mutex<State>,
    out: Mutex<Box<dyn Write + Send>>,
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Progress")
            .field("style", &self.style)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

const BAR_FIRST: Duration = Duration::from_millis(500);
const BAR_EVERY: Duration = Duration::from_millis(100);
const LINES_EVERY: Duration = Duration::from_secs(10);
const BAR_WIDTH: usize = 30;

impl Progress {
    /// Progress on stderr: a bar on a terminal, periodic lines otherwise.
    pub fn stderr() -> Progress {
        let style = if std::io::stderr().is_terminal() {
            Style::Bar
        } else {
            Style::Lines
        };
        Progress::new(style, LINES_EVERY, Box::new(std::io::stderr()))
    }

    /// Progress written to `out`; `interval` is the time between lines in
    /// the `Lines` style.
    pub fn new(style: Style, interval: Duration, out: Box<dyn Write + Send>) -> Progress {
        Progress {
            style,
            interval,
            state: Mutex::new(State {
                label: String::new(),
                total: 0,
                done: 0,
                failed: 0,
                started: Instant::now(),
                shown: None,
                drawn: false,
            }),
            out: Mutex::new(out),
        }
    }

    /// Starts counting a new phase of `total` steps.
    pub fn phase(&self, label: &str, total: usize) {
        self.clear();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        *state = State {
            label: label.to_string(),
            total,
            done: 0,
            failed: 0,
            started: Instant::now(),
            shown: None,
            drawn: false,
        };
    }

    /// One step done; `status` is the case's result when it has one.
    pub fn tick(&self, status: Option<Status>) {
        if self.style == Style::Quiet {
            return;
        }
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.done += 1;
        if status == Some(Status::Fail) {
            state.failed += 1;
        }
        let now = Instant::now();
        let due = match (self.style, state.shown) {
            (Style::Bar, None) => now - state.started >= BAR_FIRST,
            (Style::Bar, Some(last)) => now - last >= BAR_EVERY || state.done == state.total,
            (Style::Lines, last) => now - last.unwrap_or(state.started) >= self.interval,
            (Style::Quiet, _) => false,
        };
        if !due {
            return;
        }
        state.shown = Some(now);
        let text = match self.style {
            Style::Bar => {
                state.drawn = true;
                format!(
                    "\r\x1b[K{} {}s",
                    bar(&state.label, state.done, state.total, state.failed),
                    (now - state.started).as_secs()
                )
            }
            _ => format!(
                "harness: {}\n",
                line(&state.label, state.done, state.total, state.failed)
            ),
        };
        drop(state);
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// Erases the bar, if one is drawn (call before printing results).
    pub fn clear(&self) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.drawn {
            state.drawn = false;
            let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
            let _ = out.write_all(b"\r\x1b[K");
            let _ = out.flush();
        }
    }
}

/// `unix [#######...............]  98/487  20%  2 failed`
pub fn bar(label: &str, done: usize, total: usize, failed: usize) -> String {
    let filled = (done * BAR_WIDTH).checked_div(total).unwrap_or(BAR_WIDTH);
    let filled = filled.min(BAR_WIDTH);
    let mut text = format!(
        "{label} [{}{}] {done}/{total} {:>3}%",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        percent(done, total)
    );
    if failed > 0 {
        text.push_str(&format!("  {failed} failed"));
    }
    text
}

/// `unix: 98/487 done (20%), 2 failed`
pub fn line(label: &str, done: usize, total: usize, failed: usize) -> String {
    format!(
        "{label}: {done}/{total} done ({}%), {failed} failed",
        percent(done, total)
    )
}

fn percent(done: usize, total: usize) -> usize {
    (done * 100).checked_div(total).unwrap_or(100).min(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// A writer whose bytes the test can read afterwards.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn bar_and_line_text() {
        assert_eq!(
            bar("unix", 15, 30, 0),
            format!("unix [{}{}] 15/30  50%", "#".repeat(15), ".".repeat(15))
        );
        assert!(bar("unix", 30, 30, 2).ends_with("30/30 100%  2 failed"));
        assert!(bar("x", 0, 0, 0).contains("0/0 100%"));
        assert!(bar("x", 9, 3, 0).contains(&"#".repeat(BAR_WIDTH)));
        assert_eq!(
            line("cpython", 1, 3, 1),
            "cpython: 1/3 done (33%), 1 failed"
        );
    }

    #[test]
    fn lines_come_at_the_interval() {
        let out = Shared::default();
        let p = Progress::new(Style::Lines, Duration::ZERO, Box::new(out.clone()));
        p.phase("unix", 2);
        p.tick(Some(Status::Pass));
        p.tick(Some(Status::Fail));
        assert_eq!(
            out.text(),
            "harness: unix: 1/2 done (50%), 0 failed\nharness: unix: 2/2 done (100%), 1 failed\n"
        );
        // A long interval: a quick run prints nothing.
        let out = Shared::default();
        let p = Progress::new(
            Style::Lines,
            Duration::from_secs(3600),
            Box::new(out.clone()),
        );
        p.phase("unix", 1);
        p.tick(None);
        assert_eq!(out.text(), "");
    }

    #[test]
    fn quiet_prints_nothing_and_clear_is_harmless() {
        let out = Shared::default();
        let p = Progress::new(Style::Quiet, Duration::ZERO, Box::new(out.clone()));
        p.phase("unix", 1);
        p.tick(Some(Status::Fail));
        p.clear();
        assert_eq!(out.text(), "");
        assert!(format!("{p:?}").contains("Quiet"));
    }

    #[test]
    fn bar_is_drawn_in_place_then_erased() {
        let out = Shared::default();
        let p = Progress::new(Style::Bar, Duration::ZERO, Box::new(out.clone()));
        p.phase("unix", 2);
        std::thread::sleep(BAR_FIRST);
        p.tick(Some(Status::Pass));
        p.clear();
        let text = out.text();
        assert!(text.starts_with("\r\x1b[Kunix ["), "{text:?}");
        assert!(text.contains("1/2  50%"), "{text:?}");
        assert!(text.ends_with("\r\x1b[K"), "{text:?}");
    }
}
