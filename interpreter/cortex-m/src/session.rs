//! The REPL on the console: the interpreter core's REPL state machine fed
//! with the UART's bytes, and soft resets, which drop the interpreter and
//! build a new one (the REPL's mode, friendly or raw, carries over).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;

use pycopy_core::repl::{Event, Executing, Repl};
use pycopy_core::{Config, Vm};

use crate::port::BoardPort;
use crate::{board, console, firmware_module, heap, machine};

/// Share of the RAM free before the interpreter starts that its GC heap
/// may use, in percent. The rest is for the Rust allocations beside it
/// (frames, the compiler's syntax tree and code, vectors' growth slack);
/// the port's `mem_free` turns running out of real RAM first into
/// MemoryError too.
const GC_HEAP_PERCENT: usize = 70;

/// Python frames before RuntimeError (they live on the heap).
const MAX_FRAMES: usize = 1000;

/// Bytes of Rust stack that one nesting of native code calling back into
/// Python may use (the interpreter loop, the call machinery and the native
/// function in between), measured with `_firmware.stack_use` and rounded
/// up generously.
/// 4.6 KiB at most in the measured paths (`map` calling a lambda).
const STACK_PER_NATIVE_LEVEL: usize = 6 * 1024;

/// Stack kept for the REPL, the compiler and the outermost interpreter.
const STACK_RESERVE: usize = 96 * 1024;

/// The first line of the banner, as the spec shows Pycopy's:
/// `<implementation> <version> on <build date>; <board> with <CPU>`.
pub fn banner() -> String {
    format!(
        "Pycopy (Rust) v{} on {}; {} with {}",
        env!("CARGO_PKG_VERSION"),
        board::BUILD_DATE,
        board::NAME,
        board::CORE
    )
}

/// How deep native code may re-enter the interpreter on this board's stack.
pub fn max_native_depth() -> usize {
    (board::STACK_SIZE as usize).saturating_sub(STACK_RESERVE) / STACK_PER_NATIVE_LEVEL
}

/// Tells the console when Python code runs, so that Ctrl-C is an interrupt
/// then and an input byte otherwise.
struct Console;

impl Executing for Console {
    fn executing(&mut self, running: bool) {
        console::set_executing(running);
    }
}

/// A new interpreter, its GC heap sized from the free RAM.
fn new_vm() -> Vm {
    let (_, free) = heap::stats();
    let config = Config {
        heap_size: free / 100 * GC_HEAP_PERCENT,
        max_frames: MAX_FRAMES,
        max_native_depth: max_native_depth(),
        platform: board::NAME,
    };
    let mut vm = Vm::new(Box::new(BoardPort::new()), config);
    vm.register_module(&machine::MODULE);
    vm.register_module(&firmware_module::MODULE);
    // No filesystem: imports find only built-in modules.
    let _ = vm.set_path(&[]);
    let _ = vm.set_argv(&[]);
    console::set_interrupt_char(vm.kbd_intr_char);
    vm
}

/// Runs the REPL for ever.
pub fn run() -> ! {
    let mut repl = Repl::new(&banner());
    // A program longer than this is MemoryError (raw-paste mode ends the
    // transfer early): compiling needs several times its size in RAM.
    let (_, free) = heap::stats();
    repl.set_input_limit(free / 16);
    loop {
        let mut vm = new_vm();
        repl.start(&mut vm);
        loop {
            let byte = console::read_byte();
            match repl.feed(&mut vm, &mut Console, byte) {
                Event::Continue => {}
                // Ctrl-D, SystemExit (sys.exit(), machine.soft_reset()):
                // a soft reset, as on Pycopy's boards.
                Event::SoftReset | Event::Exit(_) => break,
            }
        }
        drop(vm);
        console::write(b"MPY: soft reboot\r\n");
    }
}
