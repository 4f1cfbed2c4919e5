//! The one trait through which the core talks to the outside world. The unix
//! port and the firmware implement it; the core never knows which it runs on.
//!
//! Ctrl-C is not a method: the port sets `vm::PENDING_INTERRUPT` (from a
//! signal handler or the UART interrupt) and the VM raises
//! KeyboardInterrupt at its next check.

use alloc::vec::Vec;

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
    /// Whether stdin_read_byte would return without waiting (a byte or
    /// the end of input is there). Polled while uos.dupterm streams are
    /// set; a port that can't tell says true, and input then blocks.
    fn stdin_ready(&mut self) -> bool {
        true
    }
    /// Milliseconds since an arbitrary start.
    fn ticks_ms(&mut self) -> u64;
    /// Microseconds since an arbitrary start.
    fn ticks_us(&mut self) -> u64;
    /// A CPU cycle-ish counter (may be the same as ticks_us).
    fn ticks_cpu(&mut self) -> u64 {
        self.ticks_us()
    }
    /// Seconds since the Epoch (1970 on unix; boards without a real-time
    /// clock count from boot).
    fn time_s(&mut self) -> f64;
    /// Sleep for the given number of microseconds (returning early is
    /// allowed when Ctrl-C arrives).
    fn sleep_us(&mut self, us: u64);
    /// A seed for urandom when the program doesn't give one (0 keeps the
    /// documented deterministic start).
    fn random_seed(&mut self) -> u64 {
        0
    }
    /// The whole content of a file, or None if it can't be read (used by
    /// import; a board without a filesystem returns None).
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    /// Whether `path` is a directory (namespace packages).
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
    /// Bytes the port's memory allocator can still give, minus whatever
    /// headroom the port keeps, when RAM is tighter than the heap budget
    /// (a board); None when memory is plentiful (unix). The VM checks it as
    /// it allocates, so running out of RAM is MemoryError rather than a
    /// failed Rust allocation.
    fn mem_free(&mut self) -> Option<usize> {
        None
    }
    /// `micropython.kbd_intr(c)` changed the character that interrupts
    /// running code (-1: none), which the port watches for (e.g. in a UART
    /// interrupt). `Vm::kbd_intr_char` holds it too.
    fn set_interrupt_char(&mut self, _c: i32) {}

    // ----- files (open() and the uio file objects) -----
    //
    // Files are port-side handles; errors are errno values, which the
    // core raises as OSError(errno). A port without files keeps the
    // defaults: opening fails with ENODEV.

    /// Open `path`; returns a handle for the other file calls.
    fn file_open(&mut self, _path: &str, _flags: OpenFlags) -> Result<u32, i32> {
        Err(errno::ENODEV)
    }
    /// Read up to `buf.len()` bytes at the file position (0 at the end).
    fn file_read(&mut self, _handle: u32, _buf: &mut [u8]) -> Result<usize, i32> {
        Err(errno::EBADF)
    }
    /// Write bytes at the file position; returns how many were written.
    fn file_write(&mut self, _handle: u32, _data: &[u8]) -> Result<usize, i32> {
        Err(errno::EBADF)
    }
    /// Move the file position (`whence`: 0 start, 1 current, 2 end);
    /// returns the new position.
    fn file_seek(&mut self, _handle: u32, _offset: i64, _whence: u8) -> Result<u64, i32> {
        Err(errno::EBADF)
    }
    /// Push written data to the device.
    fn file_flush(&mut self, _handle: u32) -> Result<(), i32> {
        Ok(())
    }
    /// Cut or extend the file to `size` bytes; the position stays.
    fn file_truncate(&mut self, _handle: u32, _size: u64) -> Result<(), i32> {
        Err(errno::EBADF)
    }
    /// The operating system's file descriptor behind the handle, where
    /// there is one (fileno(), which uselect uses); EBADF by default.
    fn file_fileno(&mut self, _handle: u32) -> Result<i32, i32> {
        Err(errno::EBADF)
    }
    /// Release the handle.
    fn file_close(&mut self, _handle: u32) -> Result<(), i32> {
        Ok(())
    }
}

/// How `Port::file_open` opens a file (decoded from open()'s mode).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    /// Every write goes to the end ('a').
    pub append: bool,
    /// Create the file if missing ('w', 'a').
    pub create: bool,
    /// Empty the file on opening ('w').
    pub truncate: bool,
    /// Fail with EEXIST if the file exists ('x').
    pub exclusive: bool,
}

/// The errno values the core itself produces (the POSIX numbers, which
/// Pycopy uses on every port).
pub mod errno {
    pub const ENOENT: i32 = 2;
    pub const EIO: i32 = 5;
    pub const EBADF: i32 = 9;
    pub const EEXIST: i32 = 17;
    pub const ENODEV: i32 = 19;
    pub const EISDIR: i32 = 21;
    pub const EINVAL: i32 = 22;
}
