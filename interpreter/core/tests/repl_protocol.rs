//! The REPL state machine byte for byte: raw mode, raw-paste mode and its
//! flow control and error handling, soft reset, friendly and paste modes,
//! fed as a board's UART would feed them.

use pycopy_core::port::Port;
use pycopy_core::repl::{Event, Executing, Repl, RAW_PASTE_WINDOW};
use pycopy_core::{Config, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Stdout captured as a board would send it: "\n" as "\r\n".
struct Board(Rc<RefCell<Vec<u8>>>);

impl Port for Board {
    fn stdout_write(&mut self, data: &[u8]) {
        let mut out = self.0.borrow_mut();
        for &b in data {
            if b == b'\n' && out.last() != Some(&b'\r') {
                out.push(b'\r');
            }
            out.push(b);
        }
    }
    fn stdin_read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn time_s(&mut self) -> f64 {
        0.0
    }
    fn sleep_us(&mut self, _us: u64) {}
}

/// Records the `executing` calls.
#[derive(Default)]
struct Exec(Vec<bool>);

impl Executing for Exec {
    fn executing(&mut self, running: bool) {
        self.0.push(running);
    }
}

struct Session {
    vm: Vm,
    repl: Repl,
    out: Rc<RefCell<Vec<u8>>>,
    exec: Exec,
}

impl Session {
    fn new() -> Self {
        let out = Rc::new(RefCell::new(Vec::new()));
        let mut vm = Vm::new(Box::new(Board(out.clone())), Config::default());
        let mut repl = Repl::new("Pycopy (Rust) v0 on test; board with CPU");
        repl.start(&mut vm);
        let mut s = Session {
            vm,
            repl,
            out,
            exec: Exec::default(),
        };
        s.take();
        s
    }

    /// Feeds bytes; returns the events that were not Continue.
    fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for &b in bytes {
            let e = self.repl.feed(&mut self.vm, &mut self.exec, b);
            if e != Event::Continue {
                events.push(e);
            }
        }
        events
    }

    /// The output so far, cleared.
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut *self.out.borrow_mut())
    }

    /// A soft reset as the board does it.
    fn soft_reset(&mut self) {
        let out = self.out.clone();
        self.vm = Vm::new(Box::new(Board(out)), Config::default());
        self.vm.port.stdout_write(b"MPY: soft reboot\r\n");
        self.repl.start(&mut self.vm);
    }
}

fn show(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
}

#[test]
fn spec_raw_paste_example_byte_for_byte() {
    let mut s = Session::new();
    assert!(s.feed(b"\x01").is_empty());
    assert_eq!(s.take(), b"\r\nraw REPL; CTRL-B to exit\r\n>");
    s.feed(b"\x05A\x01");
    assert_eq!(s.take(), b"R\x01\x80\x00\x01");
    s.feed(b"print(123)\x04");
    assert_eq!(s.take(), b"\x04123\r\n\x04\x04>");
    assert_eq!(s.exec.0, [true, false]);
}

#[test]
fn raw_mode_ok_output_and_exceptions() {
    let mut s = Session::new();
    s.feed(b"\x01");
    s.take();
    s.feed(b"print('hi')\x04");
    assert_eq!(s.take(), b"OKhi\r\n\x04\x04>");
    s.feed(b"1/0\x04");
    let out = s.take();
    assert!(out.starts_with(b"OK\x04Traceback"), "{}", show(&out));
    assert!(
        out.ends_with(b"ZeroDivisionError: division by zero\r\n\x04>"),
        "{}",
        show(&out)
    );
    // A syntax error is reported the same way.
    s.feed(b"def\x04");
    let out = s.take();
    assert!(out.starts_with(b"OK\x04"), "{}", show(&out));
    assert!(out.ends_with(b"\x04>") && show(&out).contains("SyntaxError"));
}

#[test]
fn raw_mode_controls() {
    let mut s = Session::new();
    s.feed(b"\x01");
    s.take();
    // Ctrl-A again: the prompt again, without the leading newline.
    s.feed(b"junk\x01");
    assert_eq!(s.take(), b"raw REPL; CTRL-B to exit\r\n>");
    // Ctrl-C drops what was typed.
    s.feed(b"print(1)\x03print(2)\x04");
    assert_eq!(s.take(), b"OK2\r\n\x04\x04>");
    // Ctrl-D on nothing: OK and a soft reset, back in raw mode.
    assert_eq!(s.feed(b"\x04"), [Event::SoftReset]);
    assert_eq!(s.take(), b"OK\r\n");
    s.soft_reset();
    assert_eq!(
        s.take(),
        b"MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>".as_slice()
    );
    // Ctrl-B: the friendly REPL with its banner.
    s.feed(b"\x02");
    assert_eq!(
        s.take(),
        b"\r\nPycopy (Rust) v0 on test; board with CPU\r\nType \"help()\" for more information.\r\n>>> "
            .as_slice()
    );
}

#[test]
fn soft_reset_forgets_variables() {
    let mut s = Session::new();
    s.feed(b"\x01x = 5\x04");
    s.take();
    s.feed(b"\x04");
    s.soft_reset();
    s.take();
    s.feed(b"print(x)\x04");
    assert!(show(&s.take()).contains("NameError"));
}

#[test]
fn system_exit_in_raw_mode_ends_the_session() {
    let mut s = Session::new();
    s.feed(b"\x01");
    s.take();
    assert_eq!(
        s.feed(b"print(1)\nimport sys\nsys.exit(3)\x04"),
        [Event::Exit(3)]
    );
    assert_eq!(s.take(), b"OK1\r\n\x04\x04");
    s.soft_reset();
    assert!(s.take().ends_with(b"raw REPL; CTRL-B to exit\r\n>"));
}

#[test]
fn raw_paste_flow_control_windows() {
    let mut s = Session::new();
    s.feed(b"\x01\x05A\x01");
    s.take();
    // 1000 bytes of program: one window-increment byte per 128 consumed.
    let mut code = Vec::new();
    while code.len() < 1000 {
        code.extend_from_slice(b"x = 1\n");
    }
    code.truncate(1000);
    s.feed(&code);
    let acks = s.take();
    assert_eq!(acks, vec![0x01; 1000 / RAW_PASTE_WINDOW as usize]);
    s.feed(b"print(x)\x04");
    assert_eq!(s.take(), b"\x041\r\n\x04\x04>".as_slice());
}

#[test]
fn raw_paste_ctrl_c_aborts_with_keyboard_interrupt() {
    let mut s = Session::new();
    s.feed(b"\x01\x05A\x01");
    s.take();
    s.feed(b"print('never')\x03");
    let out = s.take();
    assert!(out.starts_with(b"\x04\x04"), "{}", show(&out));
    assert!(show(&out).contains("KeyboardInterrupt"));
    assert!(out.ends_with(b"\x04>"), "{}", show(&out));
    // The raw REPL still works.
    s.feed(b"print(7)\x04");
    assert_eq!(s.take(), b"OK7\r\n\x04\x04>");
}

#[test]
fn raw_paste_too_long_is_ended_by_the_device() {
    let mut s = Session::new();
    s.repl.set_input_limit(300);
    s.feed(b"\x01\x05A\x01");
    s.take();
    s.feed(&[b'#'; 250]);
    assert_eq!(s.take(), [1u8]);
    // Byte 301 makes the device end the transfer with Ctrl-D...
    s.feed(&[b'#'; 51]);
    assert_eq!(s.take(), [1u8, 4]);
    // ...and it drops what the host had in flight until its Ctrl-D.
    s.feed(&[b'#'; 100]);
    assert_eq!(s.take(), b"");
    s.feed(b"\x04");
    let out = s.take();
    assert!(out.starts_with(b"\x04"), "{}", show(&out));
    assert!(show(&out).contains("MemoryError"), "{}", show(&out));
    assert!(out.ends_with(b"\x04>"));
    s.feed(b"print(8)\x04");
    assert_eq!(s.take(), b"OK8\r\n\x04\x04>");
}

#[test]
fn raw_mode_too_long_is_memory_error() {
    let mut s = Session::new();
    s.repl.set_input_limit(100);
    s.feed(b"\x01");
    s.take();
    s.feed(&[b'1'; 500]);
    s.feed(b"\x04");
    let out = s.take();
    assert!(out.starts_with(b"OK\x04"), "{}", show(&out));
    assert!(show(&out).contains("MemoryError"));
    s.feed(b"print(9)\x04");
    assert_eq!(s.take(), b"OK9\r\n\x04\x04>");
}

#[test]
fn broken_raw_paste_requests_are_raw_input() {
    let mut s = Session::new();
    s.feed(b"\x01");
    s.take();
    // Ctrl-E then not "A": Ctrl-E is kept as input, the next byte is
    // handled as in raw mode (here Ctrl-C drops the lot).
    s.feed(b"\x05\x03print(1)\x04");
    assert_eq!(s.take(), b"OK1\r\n\x04\x04>");
    // Ctrl-E "A" then Ctrl-D: the source "\x05A" fails to compile.
    s.feed(b"\x05A\x04");
    let out = s.take();
    assert!(out.starts_with(b"OK\x04") && out.ends_with(b"\x04>"));
    // Not at the start of the buffer: just bytes.
    s.feed(b"x=1\x05A\x01");
    assert_eq!(s.take(), b"raw REPL; CTRL-B to exit\r\n>");
}

#[test]
fn garbage_never_wedges_the_repl() {
    let mut s = Session::new();
    // Every byte value, in every mode, then a command that must work.
    let mut noise: Vec<u8> = (0..=255u8).collect();
    noise.extend((0..=255u8).rev());
    let mut x: u32 = 12345;
    for _ in 0..4000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        noise.push((x >> 16) as u8);
    }
    // Each byte alone, soft-resetting as the board would.
    for &b in &noise {
        if !s.feed(&[b]).is_empty() {
            s.soft_reset();
        }
    }
    // Whatever state it is in: Ctrl-C (abort), Ctrl-B (friendly), Ctrl-A.
    s.feed(b"\x03\x03\x02\x01");
    s.take();
    s.feed(b"print(6*7)\x04");
    let out = s.take();
    assert!(out.ends_with(b"OK42\r\n\x04\x04>"), "{}", show(&out));
}

#[test]
fn friendly_prompt_banner_and_soft_reset() {
    let mut s = Session::new();
    s.feed(b"1 + 2\r");
    assert_eq!(s.take(), b"1 + 2\r\n3\r\n>>> ");
    assert_eq!(s.feed(b"\x04"), [Event::SoftReset]);
    assert_eq!(s.take(), b"\r\n");
    s.soft_reset();
    assert_eq!(
        s.take(),
        b"MPY: soft reboot\r\nPycopy (Rust) v0 on test; board with CPU\r\nType \"help()\" for more information.\r\n>>> "
            .as_slice()
    );
}

#[test]
fn friendly_utf8_input() {
    let mut s = Session::new();
    s.feed("print('é€')\r".as_bytes());
    let out = String::from_utf8(s.take()).unwrap();
    assert_eq!(out, "print('é€')\r\né€\r\n>>> ");
}

#[test]
fn paste_mode() {
    let mut s = Session::new();
    s.feed(b"\x05");
    assert_eq!(
        s.take(),
        b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ".as_slice()
    );
    s.feed(b"def f():\r\n    return 5\r\nprint(f())\x04");
    assert_eq!(
        s.take(),
        b"def f():\r\n===     return 5\r\n=== print(f())\r\n5\r\n>>> ".as_slice()
    );
}
