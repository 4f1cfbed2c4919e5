//! The unix implementation of the core's Port: terminal streams, clocks,
//! the host filesystem for imports, and SIGINT as KeyboardInterrupt.

use pycopy_core::port::Port;
use std::io::{Read, Write};
use std::sync::atomic::Ordering;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct UnixPort {
    start: Instant,
    stdout: std::io::Stdout,
}

impl UnixPort {
    pub fn new() -> Self {
        UnixPort {
            start: Instant::now(),
            stdout: std::io::stdout(),
        }
    }
}

impl Port for UnixPort {
    fn stdout_write(&mut self, data: &[u8]) {
        let _ = self.stdout.write_all(data);
        let _ = self.stdout.flush();
    }

    fn stderr_write(&mut self, data: &[u8]) {
        let mut e = std::io::stderr();
        let _ = e.write_all(data);
        let _ = e.flush();
    }

    fn stdin_read_byte(&mut self) -> Option<u8> {
        let mut b = [0u8; 1];
        match std::io::stdin().read(&mut b) {
            Ok(1) => Some(b[0]),
            _ => None,
        }
    }

    fn ticks_ms(&mut self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&mut self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn ticks_cpu(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn time_s(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }

    fn sleep_us(&mut self, us: u64) {
        // Sleep in slices so Ctrl-C interrupts a long sleep promptly.
        let end = Instant::now() + std::time::Duration::from_micros(us);
        loop {
            if pycopy_core::vm::PENDING_INTERRUPT.load(Ordering::Relaxed) {
                return;
            }
            let now = Instant::now();
            if now >= end {
                return;
            }
            std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        }
    }

    fn random_seed(&mut self) -> u64 {
        0
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        let p = std::path::Path::new(path);
        if p.is_file() {
            std::fs::read(p).ok()
        } else {
            None
        }
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    pycopy_core::vm::PENDING_INTERRUPT.store(true, Ordering::Relaxed);
}

/// Route SIGINT to KeyboardInterrupt.
pub fn install_sigint_handler() {
    // SAFETY: installing a handler that only stores to an atomic, which is
    // async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}
