//! The interactive prompt on a terminal: the core's REPL state machine fed
//! with the terminal's bytes in raw mode. While Python code runs the
//! terminal generates SIGINT for Ctrl-C again (KeyboardInterrupt); while a
//! line is edited Ctrl-C is just a byte for the REPL.

use pycopy_core::repl::{Event, Executing, Repl};
use pycopy_core::Vm;

/// The terminal's settings, restored on drop.
struct RawTerminal {
    saved: Option<libc::termios>,
}

impl RawTerminal {
    fn enter() -> Self {
        // SAFETY: tcgetattr/tcsetattr on stdin with a zeroed struct that
        // tcgetattr fills; failures leave the terminal untouched.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                return RawTerminal { saved: None };
            }
            let saved = t;
            t.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
            t.c_iflag &= !(libc::IXON | libc::ICRNL);
            t.c_cc[libc::VMIN] = 1;
            t.c_cc[libc::VTIME] = 0;
            libc::tcsetattr(0, libc::TCSANOW, &t);
            RawTerminal { saved: Some(saved) }
        }
    }

    /// ISIG on while code runs (Ctrl-C -> SIGINT -> KeyboardInterrupt).
    fn set_signals(&self, on: bool) {
        if self.saved.is_none() {
            return;
        }
        // SAFETY: as above.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) == 0 {
                if on {
                    t.c_lflag |= libc::ISIG;
                } else {
                    t.c_lflag &= !libc::ISIG;
                }
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(t) = self.saved {
            // SAFETY: restoring the settings read in `enter`.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }
}

impl Executing for RawTerminal {
    fn executing(&mut self, running: bool) {
        if running {
            // A Ctrl-C typed before the code started is not for it.
            pycopy_core::vm::PENDING_INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
        }
        self.set_signals(running);
    }
}

pub fn run(vm: &mut Vm) -> i32 {
    let banner = format!(
        "Pycopy (Rust) v{} on linux; Use Ctrl-D to exit, Ctrl-E for paste mode",
        env!("CARGO_PKG_VERSION")
    );
    let mut repl = Repl::new(&banner);
    let mut term = RawTerminal::enter();
    repl.start(vm);
    loop {
        // Through the VM, so that uos.dupterm streams type into the REPL.
        let byte = match vm.read_stdin_byte() {
            Ok(Some(b)) => b,
            Ok(None) => {
                vm.write_stdout(b"\r\n");
                return 0;
            }
            Err(_) => continue,
        };
        match repl.feed(vm, &mut term, byte) {
            // On unix a soft reset (Ctrl-D on an empty line) ends the
            // interpreter, and SystemExit gives the exit status.
            Event::SoftReset => return 0,
            Event::Exit(status) => return status,
            Event::Continue => {}
        }
    }
}
