//! The one trait through which the core talks to the outside world. The unix
//! port and the firmware implement it; the core never knows which it runs on.

/// Services a port provides to the interpreter core.
pub trait Port {
    /// Write bytes to standard output (the terminal or the UART).
    fn stdout_write(&mut self, data: &[u8]);
    /// Write bytes to standard error (on a board, the same UART).
    fn stderr_write(&mut self, data: &[u8]) {
        self.stdout_write(data)
    }
    /// Read one byte of input, blocking; None at end of input.
    fn stdin_read_byte(&mut self) -> Option<u8>;
    /// Milliseconds since an arbitrary start, wrapping.
    fn ticks_ms(&mut self) -> u64;
    /// Microseconds since an arbitrary start, wrapping.
    fn ticks_us(&mut self) -> u64;
    /// A CPU cycle-ish counter (may be the same as ticks_us).
    fn ticks_cpu(&mut self) -> u64 {
        self.ticks_us()
    }
    /// Seconds since the Epoch (2000-01-01 on boards without a clock).
    fn time_s(&mut self) -> f64;
    /// Sleep for the given number of microseconds.
    fn sleep_us(&mut self, us: u64);
    /// True once if Ctrl-C was pressed since the last call (the flag is
    /// cleared by reading it).
    fn take_interrupt(&mut self) -> bool;
    /// Bytes of Rust stack the VM may use for native re-entry before it must
    /// raise RuntimeError (recursion through __repr__, __eq__, ...).
    fn native_recursion_limit(&self) -> usize {
        32
    }
}
