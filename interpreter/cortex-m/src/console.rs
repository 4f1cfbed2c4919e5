//! The console: the board's UART as a byte pipe.
//!
//! Output is sent by polling. Input is taken by the UART's receive interrupt
//! into a ring buffer, so that bytes keep arriving (and Ctrl-C is noticed)
//! while Python code runs. While code runs (see [`set_executing`]), the
//! interrupt handler does not queue the interrupt character (Ctrl-C, or what
//! `micropython.kbd_intr` chose) but sets the core's `PENDING_INTERRUPT`,
//! which the VM turns into KeyboardInterrupt.
//!
//! No byte is ever dropped: when the ring is full the handler stops taking
//! bytes and the UART holds the next one (QEMU then holds the rest of the
//! input), until the reader makes room.

use core::cell::RefCell;
use core::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use cortex_m::peripheral::NVIC;
use critical_section::{CriticalSection, Mutex};
use heapless::Deque;
use pycopy_core::vm::PENDING_INTERRUPT;

use crate::board;
use crate::uart::Uart;

/// Bytes of received input the ring buffer holds.
const RX_CAPACITY: usize = 1024;

/// The interrupt character a new interpreter starts with: Ctrl-C.
pub const CTRL_C: i32 = 3;

// SAFETY: the board file names the console UART's base address; this is the
// only `Uart` for it (writes to it from a fault handler only happen once the
// rest of the program will not run again).
static UART: Uart = unsafe { Uart::new(board::UART_BASE) };

struct Rx {
    queue: Deque<u8, RX_CAPACITY>,
    /// The receive interrupt was turned off because `queue` was full.
    paused: bool,
}

static RX: Mutex<RefCell<Rx>> = Mutex::new(RefCell::new(Rx {
    queue: Deque::new(),
    paused: false,
}));
/// The byte that interrupts running code, -1 for none.
static INTERRUPT_CHAR: AtomicI32 = AtomicI32::new(CTRL_C);
/// Python code is running (the REPL is not reading a line).
static EXECUTING: AtomicBool = AtomicBool::new(false);

/// An interrupt number for `NVIC`.
#[derive(Clone, Copy)]
struct Irq(u16);

// SAFETY: the number comes from the board file, which names a real IRQ line.
unsafe impl cortex_m::interrupt::InterruptNumber for Irq {
    fn number(self) -> u16 {
        self.0
    }
}

/// Programs the UART and enables its receive interrupt.
pub fn init() {
    UART.init(board::CLOCK_HZ, board::UART_BAUD);
    UART.set_rx_interrupt(true);
    // SAFETY: the handler (`on_rx_interrupt`) only touches state guarded by
    // critical sections or atomics.
    unsafe { NVIC::unmask(Irq(board::UART_RX_IRQ)) };
}

/// Writes bytes to the UART exactly as given.
pub fn write(data: &[u8]) {
    for &byte in data {
        UART.write_byte(byte);
    }
}

/// Moves received bytes from the UART into the ring, until the UART has no
/// more or the ring is full (then pauses the receive interrupt).
fn drain(rx: &mut Rx) {
    loop {
        if rx.queue.is_full() {
            UART.set_rx_interrupt(false);
            UART.clear_rx_interrupt();
            rx.paused = true;
            return;
        }
        // Acknowledge before reading: taking the byte lets the next one in,
        // which raises the interrupt again, and that must not be lost.
        UART.clear_rx_interrupt();
        let Some(byte) = UART.try_read_byte() else {
            return;
        };
        if EXECUTING.load(Ordering::Relaxed)
            && i32::from(byte) == INTERRUPT_CHAR.load(Ordering::Relaxed)
        {
            PENDING_INTERRUPT.store(true, Ordering::Relaxed);
        } else {
            // Cannot fail: the queue was checked not to be full.
            let _ = rx.queue.push_back(byte);
        }
    }
}

/// The UART receive interrupt's handler.
pub fn on_rx_interrupt() {
    critical_section::with(|cs| drain(&mut RX.borrow_ref_mut(cs)));
}

fn pop(cs: CriticalSection<'_>) -> Option<u8> {
    let mut rx = RX.borrow_ref_mut(cs);
    let byte = rx.queue.pop_front();
    if rx.paused && byte.is_some() {
        rx.paused = false;
        UART.set_rx_interrupt(true);
        drain(&mut rx);
    }
    byte
}

/// Takes one received byte, sleeping (WFI) until there is one.
pub fn read_byte() -> u8 {
    loop {
        if let Some(byte) = wait_byte(|| false) {
            return byte;
        }
    }
}

/// Takes one received byte, sleeping (WFI) until there is one, or None if
/// running code was interrupted (the interrupt stays pending for the VM).
pub fn read_byte_interruptible() -> Option<u8> {
    wait_byte(|| PENDING_INTERRUPT.load(Ordering::Relaxed))
}

/// Waits for a byte until `stop()` says to give up.
fn wait_byte(stop: impl Fn() -> bool) -> Option<u8> {
    loop {
        // Checking and sleeping with interrupts masked means no byte can
        // arrive between the check and the WFI unnoticed: a pending interrupt
        // ends the WFI, and runs once interrupts are unmasked again.
        let was_active = cortex_m::register::primask::read().is_active();
        cortex_m::interrupt::disable();
        // SAFETY: interrupts are disabled until the `enable` below.
        let byte = pop(unsafe { CriticalSection::new() });
        let stopped = byte.is_none() && stop();
        if byte.is_none() && !stopped {
            cortex_m::asm::wfi();
        }
        if was_active {
            // SAFETY: restores the state from before the `disable` above.
            unsafe { cortex_m::interrupt::enable() };
        }
        if byte.is_some() || stopped {
            return byte;
        }
    }
}

/// Python code starts (true) or stops (false) running: only while it runs
/// is the interrupt character taken out of the input. A Ctrl-C that came
/// before the code started is not for it.
pub fn set_executing(running: bool) {
    if running {
        PENDING_INTERRUPT.store(false, Ordering::Relaxed);
    }
    EXECUTING.store(running, Ordering::Relaxed);
}

/// Sets the byte that interrupts running code (`micropython.kbd_intr`),
/// -1 for none.
pub fn set_interrupt_char(c: i32) {
    INTERRUPT_CHAR.store(
        if (0..=255).contains(&c) { c } else { -1 },
        Ordering::Relaxed,
    );
}

/// A `core::fmt::Write` to the UART, turning "\n" into "\r\n" (for messages
/// of the firmware itself: panics, faults, the banner).
pub struct Writer;

impl core::fmt::Write for Writer {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for &byte in s.as_bytes() {
            if byte == b'\n' {
                UART.write_byte(b'\r');
            }
            UART.write_byte(byte);
        }
        Ok(())
    }
}
