//! Pycopy firmware for the QEMU-emulated Cortex-M boards of qemu-boards/.
//!
//! The board is chosen at build time (`PYCOPY_BOARD`, see build.rs). Startup
//! is cortex-m-rt's; `main` sets up the heap, SysTick and the console UART,
//! prints the banner and runs the console. Until the interpreter core's REPL
//! is wired in, the console is a small line monitor ([`monitor`]) that echoes
//! input and exercises the board's services.
#![no_std]
#![no_main]

extern crate alloc;

mod board;
mod console;
mod fault;
mod heap;
mod monitor;
mod port;
mod ticks;
mod uart;

use cortex_m_rt::entry;

#[entry]
fn main() -> ! {
    heap::init();
    // The one place the core peripherals are taken.
    let peripherals = cortex_m::Peripherals::take().unwrap();
    ticks::init(peripherals.SYST);
    console::init();
    fault::probe_semihosting();

    let mut port = port::BoardPort::new();
    monitor::run(&mut port)
}
