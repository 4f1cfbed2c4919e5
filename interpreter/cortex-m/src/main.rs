//! Pycopy firmware for the QEMU-emulated Cortex-M boards of qemu-boards/.
//!
//! The board is chosen at build time (`PYCOPY_BOARD`, see build.rs). Startup
//! is cortex-m-rt's; `main` sets up the heap, SysTick and the console UART,
//! then runs the interpreter core's REPL on the console ([`session`]), with
//! soft resets, for ever.
#![no_std]
#![no_main]

extern crate alloc;

mod board;
mod console;
mod fault;
mod firmware_module;
mod heap;
mod machine;
mod port;
mod session;
mod ticks;
mod uart;

use cortex_m_rt::entry;

#[entry]
fn main() -> ! {
    heap::init();
    // The one place the core peripherals are taken.
    let Some(peripherals) = cortex_m::Peripherals::take() else {
        fault::exit(fault::FAULT_EXIT_STATUS)
    };
    ticks::init(peripherals.SYST);
    console::init();
    fault::probe_semihosting();
    port::set_clock(fault::host_time());
    firmware_module::paint_stack();
    session::run()
}
