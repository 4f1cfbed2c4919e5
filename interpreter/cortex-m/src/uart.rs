//! Driver for the CMSDK APB UART (ARM Cortex-M System Design Kit), the
//! console UART of the MPS2 boards.
//!
//! The UART holds one byte in each direction. Register map (offsets):
//! DATA 0x00, STATE 0x04, CTRL 0x08, INTSTATUS/INTCLEAR 0x0c, BAUDDIV 0x10.

use core::ptr::{read_volatile, write_volatile};

const DATA: usize = 0x00;
const STATE: usize = 0x04;
const CTRL: usize = 0x08;
/// INTSTATUS when read, INTCLEAR (write 1 to clear) when written.
const INTSTATUS: usize = 0x0c;
const BAUDDIV: usize = 0x10;

const STATE_TX_FULL: u32 = 1 << 0;
const STATE_RX_FULL: u32 = 1 << 1;
const STATE_OVERRUNS: u32 = 0b11 << 2;

const CTRL_TX_EN: u32 = 1 << 0;
const CTRL_RX_EN: u32 = 1 << 1;
const CTRL_RX_INT_EN: u32 = 1 << 3;

const INT_RX: u32 = 1 << 1;

/// One CMSDK APB UART, addressed by its base address.
pub struct Uart {
    base: usize,
}

impl Uart {
    /// # Safety
    /// `base` must be the address of a CMSDK APB UART, and only one `Uart`
    /// may program its control register at a time.
    pub const unsafe fn new(base: usize) -> Self {
        Self { base }
    }

    fn read(&self, offset: usize) -> u32 {
        // SAFETY: `base` is a UART's register block (see `new`).
        unsafe { read_volatile((self.base + offset) as *const u32) }
    }

    fn write(&self, offset: usize, value: u32) {
        // SAFETY: as in `read`.
        unsafe { write_volatile((self.base + offset) as *mut u32, value) }
    }

    /// Sets the baud rate, clears stale state and enables both directions
    /// (interrupts off).
    pub fn init(&self, clock_hz: u32, baud: u32) {
        self.write(CTRL, 0);
        self.write(BAUDDIV, (clock_hz / baud).max(16));
        self.write(STATE, STATE_OVERRUNS);
        self.write(INTSTATUS, 0xf);
        self.write(CTRL, CTRL_TX_EN | CTRL_RX_EN);
    }

    /// Sends one byte, waiting while the transmit buffer is full.
    pub fn write_byte(&self, byte: u8) {
        while self.read(STATE) & STATE_TX_FULL != 0 {
            core::hint::spin_loop();
        }
        self.write(DATA, u32::from(byte));
    }

    /// Takes the received byte, if there is one.
    pub fn try_read_byte(&self) -> Option<u8> {
        if self.read(STATE) & STATE_RX_FULL != 0 {
            Some(self.read(DATA) as u8)
        } else {
            None
        }
    }

    /// Enables or disables the receive interrupt.
    pub fn set_rx_interrupt(&self, enabled: bool) {
        let ctrl = self.read(CTRL);
        let ctrl = if enabled {
            ctrl | CTRL_RX_INT_EN
        } else {
            ctrl & !CTRL_RX_INT_EN
        };
        self.write(CTRL, ctrl);
    }

    /// Acknowledges the receive interrupt.
    pub fn clear_rx_interrupt(&self) {
        self.write(INTSTATUS, INT_RX);
    }
}
