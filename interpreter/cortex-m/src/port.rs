//! The interpreter core's `Port` for the board: the console UART for the
//! standard streams, SysTick for time, no filesystem.

use core::sync::atomic::{AtomicU32, Ordering};

use pycopy_core::port::Port;
use pycopy_core::vm::PENDING_INTERRUPT;

use crate::{console, heap, ticks};

/// RAM kept free for the Rust allocations the interpreter does not count
/// against its heap (the compiler's syntax tree and code, frames, the
/// REPL's input), and for fragmentation.
const RAM_HEADROOM: usize = 192 * 1024;

/// The wall clock at boot, in seconds since 1970 (0: unknown).
static BOOT_TIME: AtomicU32 = AtomicU32::new(0);

/// Sets the wall clock at boot: the host's clock through semihosting under
/// QEMU; without it (None) time starts at the Epoch when the board boots.
pub fn set_clock(now: Option<u32>) {
    let boot = now.map_or(0, |t| {
        t.saturating_sub((ticks::micros() / 1_000_000) as u32)
    });
    BOOT_TIME.store(boot, Ordering::Relaxed);
}

/// The board as the interpreter core sees it.
#[derive(Default)]
pub struct BoardPort {
    /// The last byte written was a carriage return.
    after_cr: bool,
}

impl BoardPort {
    pub const fn new() -> Self {
        Self { after_cr: false }
    }
}

impl Port for BoardPort {
    /// A serial terminal needs "\r\n": a "\n" that does not follow a "\r" is
    /// sent as "\r\n" (so text that already has "\r\n" goes out unchanged).
    fn stdout_write(&mut self, data: &[u8]) {
        let mut rest = data;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            let (line, tail) = rest.split_at(i);
            console::write(line);
            let after_cr = line.last().map_or(self.after_cr, |&b| b == b'\r');
            console::write(if after_cr { b"\n" } else { b"\r\n" });
            self.after_cr = false;
            rest = &tail[1..];
        }
        if let Some(&last) = rest.last() {
            console::write(rest);
            self.after_cr = last == b'\r';
        }
    }

    /// A byte from the UART, waiting for it. A UART has no end of input,
    /// but while code runs, Ctrl-C ends the wait (as an end of input, and
    /// the pending interrupt then raises KeyboardInterrupt).
    fn stdin_read_byte(&mut self) -> Option<u8> {
        console::read_byte_interruptible()
    }

    fn ticks_ms(&mut self) -> u64 {
        ticks::millis()
    }

    fn ticks_us(&mut self) -> u64 {
        ticks::micros()
    }

    /// The boards have no real-time clock: the host's time at boot (under
    /// QEMU with semihosting) plus the time since, else the time since boot
    /// (counted from the Epoch).
    fn time_s(&mut self) -> f64 {
        BOOT_TIME.load(Ordering::Relaxed) as f64 + ticks::micros() as f64 / 1e6
    }

    /// Sleeps, but comes back early when Ctrl-C arrives, so a sleeping
    /// program is interrupted at once.
    fn sleep_us(&mut self, us: u64) {
        ticks::sleep_us(us, || PENDING_INTERRUPT.load(Ordering::Relaxed));
    }

    fn mem_free(&mut self) -> Option<usize> {
        Some(heap::free_estimate().saturating_sub(RAM_HEADROOM))
    }

    fn set_interrupt_char(&mut self, c: i32) {
        console::set_interrupt_char(c);
    }
}
