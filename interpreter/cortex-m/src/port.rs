//! The interpreter core's `Port` for the board: the console UART for
//! standard streams, SysTick for time.

use pycopy_core::port::Port;

use crate::{console, ticks};

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

    /// Sets the byte that interrupts running Python code (Ctrl-C), or none
    /// while the REPL reads input and every byte must reach it.
    pub fn set_interrupt_char(&mut self, byte: Option<u8>) {
        console::set_interrupt_char(byte);
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

    /// Never at end of input: a UART has none.
    fn stdin_read_byte(&mut self) -> Option<u8> {
        Some(console::read_byte())
    }

    fn ticks_ms(&mut self) -> u64 {
        ticks::millis()
    }

    fn ticks_us(&mut self) -> u64 {
        ticks::micros()
    }

    /// The boards have no real-time clock: time starts at the Epoch
    /// (2000-01-01) when the board boots.
    fn time_s(&mut self) -> f64 {
        ticks::micros() as f64 / 1e6
    }

    /// Sleeps, but comes back early when Ctrl-C arrives (leaving it for
    /// `take_interrupt`), so a sleeping program is interrupted at once.
    fn sleep_us(&mut self, us: u64) {
        ticks::sleep_us(us, console::interrupt_pending);
    }

    fn take_interrupt(&mut self) -> bool {
        console::take_interrupt()
    }

    fn native_recursion_limit(&self) -> usize {
        16
    }
}
