//! The unix implementation of the core's Port: terminal streams, clocks,
//! the host filesystem for imports, and SIGINT as KeyboardInterrupt.

use pycopy_core::port::{errno, OpenFlags, Port};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::Ordering;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct UnixPort {
    start: Instant,
    stdout: std::io::Stdout,
    /// Open files by handle (a freed slot is reused).
    files: Vec<Option<File>>,
    /// Bytes read from descriptor 0 and not yet consumed. The port
    /// buffers stdin itself (not std's Stdin) so that stdin_ready can
    /// tell buffered input from none.
    stdin_buf: Vec<u8>,
    stdin_pos: usize,
}

impl UnixPort {
    pub fn new() -> Self {
        UnixPort {
            start: Instant::now(),
            stdout: std::io::stdout(),
            files: Vec::new(),
            stdin_buf: Vec::new(),
            stdin_pos: 0,
        }
    }

    fn file(&mut self, handle: u32) -> Result<&mut File, i32> {
        match self.files.get_mut(handle as usize) {
            Some(Some(f)) => Ok(f),
            _ => Err(errno::EBADF),
        }
    }
}

/// The errno of an I/O error (EIO when the OS gave none).
fn errno_of(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(errno::EIO)
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
        if self.stdin_pos >= self.stdin_buf.len() {
            self.stdin_buf.resize(4096, 0);
            // SAFETY: reads into the buffer's own 4096 bytes.
            let n = unsafe { libc::read(0, self.stdin_buf.as_mut_ptr().cast(), 4096) };
            // An error (EINTR from Ctrl-C too) ends the input like EOF does.
            self.stdin_buf.truncate(usize::try_from(n).unwrap_or(0));
            self.stdin_pos = 0;
        }
        let b = self.stdin_buf.get(self.stdin_pos).copied();
        self.stdin_pos += 1;
        b
    }

    fn stdin_ready(&mut self) -> bool {
        if self.stdin_pos < self.stdin_buf.len() {
            return true;
        }
        let mut fds = libc::pollfd {
            fd: 0,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, no waiting.
        unsafe { libc::poll(&mut fds, 1, 0) > 0 }
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
        let p = crate::vfs::translate(std::path::Path::new(path), false).ok()?;
        if p.is_file() {
            std::fs::read(p).ok()
        } else {
            None
        }
    }

    fn is_dir(&mut self, path: &str) -> bool {
        crate::vfs::translate(std::path::Path::new(path), false).is_ok_and(|p| p.is_dir())
    }

    fn file_open(&mut self, path: &str, flags: OpenFlags) -> Result<u32, i32> {
        let mut opts = std::fs::OpenOptions::new();
        opts.read(flags.read)
            .write(flags.write && !flags.append)
            .append(flags.append)
            .truncate(flags.truncate);
        if flags.exclusive {
            opts.create_new(true);
        } else {
            opts.create(flags.create);
        }
        let write = flags.write || flags.append || flags.create || flags.truncate;
        // Paths below a uos.mount() point go to the mounted directory.
        let host = crate::vfs::translate(std::path::Path::new(path), write)?;
        let file = opts.open(host).map_err(errno_of)?;
        // open(2) accepts a directory for reading; Python reports EISDIR.
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(errno::EISDIR);
        }
        match self.files.iter().position(Option::is_none) {
            Some(i) => {
                self.files[i] = Some(file);
                Ok(i as u32)
            }
            None => {
                self.files.push(Some(file));
                Ok(self.files.len() as u32 - 1)
            }
        }
    }

    fn file_read(&mut self, handle: u32, buf: &mut [u8]) -> Result<usize, i32> {
        let f = self.file(handle)?;
        loop {
            match f.read(buf) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(errno_of(e)),
            }
        }
    }

    fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let f = self.file(handle)?;
        f.write_all(data).map_err(errno_of)?;
        Ok(data.len())
    }

    fn file_seek(&mut self, handle: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        let f = self.file(handle)?;
        let pos = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| errno::EINVAL)?),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(errno::EINVAL),
        };
        f.seek(pos).map_err(errno_of)
    }

    fn file_flush(&mut self, handle: u32) -> Result<(), i32> {
        self.file(handle)?.flush().map_err(errno_of)
    }

    fn file_truncate(&mut self, handle: u32, size: u64) -> Result<(), i32> {
        self.file(handle)?.set_len(size).map_err(errno_of)
    }

    fn file_fileno(&mut self, handle: u32) -> Result<i32, i32> {
        use std::os::unix::io::AsRawFd;
        Ok(self.file(handle)?.as_raw_fd())
    }

    fn file_close(&mut self, handle: u32) -> Result<(), i32> {
        match self.files.get_mut(handle as usize) {
            // Dropping the File closes the descriptor.
            Some(slot @ Some(_)) => {
                *slot = None;
                Ok(())
            }
            _ => Err(errno::EBADF),
        }
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
