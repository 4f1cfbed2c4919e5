//! A stand-in for the REPL, until the interpreter core's REPL is wired in:
//! prints the banner, echoes what is typed (line editing: backspace, Ctrl-C
//! drops the line, Ctrl-D ends the program), and runs a few commands that
//! exercise the board's services. `help` lists them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use pycopy_core::port::Port;

use crate::port::BoardPort;
use crate::{board, fault, heap};

const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const BACKSPACE: u8 = 0x08;
const DELETE: u8 = 0x7f;

const HELP: &str = "commands:
  info          board, memory and heap
  ticks         ticks_ms and ticks_us
  sleep MS      sleep, then show the time it took
  busy MS       spin for MS ms, or until Ctrl-C (caught by the UART interrupt)
  alloc BYTES   allocate and free a buffer, showing the heap
  exit STATUS   end the program (QEMU's exit status with semihosting)
  panic         a Rust panic
  overflow      overflow the stack
  reset         reset the board
anything else is echoed; Ctrl-D ends the program with status 0
";

/// The firmware's banner, first line of output after a reset.
pub fn banner() -> String {
    format!(
        "Pycopy (Rust) v{} on {}; {}\n",
        env!("CARGO_PKG_VERSION"),
        board::NAME,
        board::CORE
    )
}

fn say(port: &mut BoardPort, text: &str) {
    port.stdout_write(text.as_bytes());
}

/// Runs the monitor on the console, forever.
pub fn run(port: &mut BoardPort) -> ! {
    say(port, &banner());
    say(
        port,
        "(board monitor: the REPL is not wired in yet; type help)\n",
    );
    let mut line = Vec::new();
    loop {
        say(port, "> ");
        line.clear();
        loop {
            let Some(byte) = port.stdin_read_byte() else {
                fault::exit(0)
            };
            match byte {
                b'\r' | b'\n' => {
                    say(port, "\n");
                    break;
                }
                CTRL_C => {
                    say(port, "^C\n");
                    line.clear();
                    break;
                }
                CTRL_D => {
                    say(port, "\nbye\n");
                    fault::exit(0);
                }
                BACKSPACE | DELETE => {
                    if line.pop().is_some() {
                        say(port, "\x08 \x08");
                    }
                }
                _ => {
                    line.push(byte);
                    port.stdout_write(&[byte]);
                }
            }
        }
        let text = String::from_utf8_lossy(&line);
        command(port, text.trim());
    }
}

fn command(port: &mut BoardPort, text: &str) {
    let (name, arg) = text.split_once(' ').unwrap_or((text, ""));
    let number = arg.trim().parse::<u64>().ok();
    match (name, number) {
        ("", _) => {}
        ("help", _) => say(port, HELP),
        ("info", _) => {
            let (used, free) = heap::stats();
            let report = format!(
                "{}\ncore {}, fpu {}, clock {} Hz\nstack {} bytes, heap {} bytes used, {} free\nsemihosting {}\n",
                board::DESCRIPTION,
                board::CORE,
                board::FPU,
                board::CLOCK_HZ,
                board::STACK_SIZE,
                used,
                free,
                if fault::semihosting() { "on" } else { "off" },
            );
            say(port, &report);
        }
        ("ticks", _) => {
            let (ms, us) = (port.ticks_ms(), port.ticks_us());
            say(port, &format!("ticks_ms {ms} ticks_us {us}\n"));
        }
        ("sleep", Some(ms)) => {
            let start = port.ticks_us();
            port.sleep_us(ms * 1000);
            let took = port.ticks_us() - start;
            say(port, &format!("slept {took} us\n"));
        }
        ("busy", Some(ms)) => {
            port.set_interrupt_char(Some(CTRL_C));
            let start = port.ticks_ms();
            let mut interrupted = false;
            while port.ticks_ms() - start < ms {
                if port.take_interrupt() {
                    interrupted = true;
                    break;
                }
            }
            port.set_interrupt_char(None);
            let took = port.ticks_ms() - start;
            let how = if interrupted { "interrupted" } else { "done" };
            say(port, &format!("{how} after {took} ms\n"));
        }
        ("alloc", Some(bytes)) => {
            let before = heap::stats();
            let mut buffer: Vec<u8> = Vec::new();
            if buffer.try_reserve_exact(bytes as usize).is_err() {
                say(port, &format!("cannot allocate {bytes} bytes\n"));
                return;
            }
            buffer.resize(bytes as usize, 0xa5);
            let during = heap::stats();
            drop(buffer);
            let after = heap::stats();
            say(
                port,
                &format!(
                    "heap used/free: before {before:?}, with the buffer {during:?}, after {after:?}\n"
                ),
            );
        }
        ("exit", Some(status)) => fault::exit(status as u32),
        ("panic", _) => panic!("the monitor was asked to panic"),
        ("overflow", _) => {
            let depth = recurse(0);
            say(port, &format!("no overflow?! {depth}\n"));
        }
        ("reset", _) => cortex_m::peripheral::SCB::sys_reset(),
        _ => say(port, &format!("echo: {text}\n")),
    }
}

/// Recurses (using stack) until the stack overflows.
#[inline(never)]
fn recurse(depth: u32) -> u32 {
    let frame = core::hint::black_box([depth; 32]);
    if core::hint::black_box(depth) == u32::MAX {
        return frame[0];
    }
    recurse(depth + 1).wrapping_add(frame[1])
}
