//! Time from SysTick: a 1 ms interrupt counts milliseconds, and the counter's
//! current value refines them to microseconds.

use core::cell::Cell;

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::{SCB, SYST};
use cortex_m_rt::exception;
use critical_section::Mutex;

use crate::board;

/// SysTick reloads every millisecond.
const CYCLES_PER_MS: u32 = board::CLOCK_HZ / 1000;

static MILLIS: Mutex<Cell<u64>> = Mutex::new(Cell::new(0));

/// Starts SysTick on the core clock with a 1 ms period.
pub fn init(mut syst: SYST) {
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(CYCLES_PER_MS - 1);
    syst.clear_current();
    syst.enable_interrupt();
    syst.enable_counter();
}

#[exception]
fn SysTick() {
    critical_section::with(|cs| {
        let millis = MILLIS.borrow(cs);
        millis.set(millis.get() + 1);
    });
}

/// Milliseconds since boot.
pub fn millis() -> u64 {
    critical_section::with(|cs| MILLIS.borrow(cs).get())
}

/// Microseconds since boot.
pub fn micros() -> u64 {
    let (millis, current) = critical_section::with(|cs| {
        // With interrupts masked, a reload that the handler has not counted
        // yet shows as a pending SysTick. If it is pending after the first
        // read, the counter has reloaded before the second one.
        let mut millis = MILLIS.borrow(cs).get();
        let mut current = SYST::get_current();
        if SCB::is_pendst_pending() {
            current = SYST::get_current();
            millis += 1;
        }
        (millis, current)
    });
    let elapsed = u64::from(CYCLES_PER_MS - 1 - current.min(CYCLES_PER_MS - 1));
    millis * 1000 + elapsed * 1000 / u64::from(CYCLES_PER_MS)
}

/// Waits `us` microseconds, sleeping (WFI) between ticks. Returns early if
/// `stop` says so (checked at every wake-up).
pub fn sleep_us(us: u64, stop: impl Fn() -> bool) {
    let end = micros().saturating_add(us);
    loop {
        let now = micros();
        if now >= end || stop() {
            return;
        }
        if end - now > 1000 {
            // The next SysTick (or UART) interrupt ends the wait.
            cortex_m::asm::wfi();
        }
    }
}
