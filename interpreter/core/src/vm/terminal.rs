//! The terminal: standard output and input, duplicated on the streams
//! given to `uos.dupterm()`. Every write to the terminal and every read
//! from it goes through here, so a dupterm stream sees the REPL, print(),
//! sys.stdout, input() and sys.stdin alike.

use super::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use alloc::format;

/// How many dupterm slots there are (`uos.dupterm(stream, index)`).
pub const DUPTERM_SLOTS: usize = 2;

impl Vm {
    /// Write to the terminal: the port's stdout and every dupterm stream.
    pub fn write_stdout(&mut self, data: &[u8]) {
        self.port.stdout_write(data);
        if self.in_dupterm || data.is_empty() {
            return;
        }
        for slot in 0..DUPTERM_SLOTS {
            let stream = self.dupterm[slot];
            if stream.is_none() {
                continue;
            }
            // A stream whose write() prints must not loop back here.
            self.in_dupterm = true;
            let written = self
                .new_bytes(data.to_vec())
                .and_then(|b| self.call_method(stream, qstr::WRITE, &[b]));
            self.in_dupterm = false;
            if let Err(e) = written {
                self.deactivate_dupterm(slot, "write", e.0);
            }
        }
    }

    /// One byte of terminal input: from a dupterm stream or the port's
    /// stdin, whichever has one first; None at the end of the port's
    /// input. Ctrl-C while waiting raises KeyboardInterrupt.
    pub fn read_stdin_byte(&mut self) -> PyResult<Option<u8>> {
        loop {
            let mut active = false;
            for slot in 0..DUPTERM_SLOTS {
                if self.dupterm[slot].is_none() {
                    continue;
                }
                active = true;
                if let Some(b) = self.dupterm_read(slot) {
                    return Ok(Some(b));
                }
            }
            if !active || self.port.stdin_ready() {
                return Ok(self.port.stdin_read_byte());
            }
            self.check_signals()?;
            self.port.sleep_us(1000);
        }
    }

    /// uos.dupterm(stream, index): set (None: clear) a slot; returns the
    /// stream it held before.
    pub fn set_dupterm(&mut self, index: usize, stream: Value) -> Value {
        core::mem::replace(&mut self.dupterm[index], stream)
    }

    /// A byte from slot's stream, if its readinto() has one now (None or
    /// 0 from readinto means nothing is waiting).
    fn dupterm_read(&mut self, slot: usize) -> Option<u8> {
        let stream = self.dupterm[slot];
        let buf = match self.new_bytearray(alloc::vec![0u8]) {
            Ok(b) => b,
            Err(_) => return None,
        };
        self.in_dupterm = true;
        let got = self.call_method(stream, qstr::READINTO, &[buf]);
        self.in_dupterm = false;
        match got {
            Ok(n) if n.as_int().is_some_and(|n| n > 0) => {
                self.bytes_of(buf).and_then(|b| b.first().copied())
            }
            Ok(_) => None,
            Err(e) => {
                self.deactivate_dupterm(slot, "readinto", e.0);
                None
            }
        }
    }

    /// A dupterm stream raised: drop it and say why on the port's stdout.
    fn deactivate_dupterm(&mut self, slot: usize, method: &str, exc: Value) {
        self.dupterm[slot] = Value::NONE;
        let text = self.format_exception(exc);
        let msg = format!(
            "dupterm: Exception in {}() method, deactivating: {}",
            method, text
        );
        self.port.stdout_write(msg.as_bytes());
    }
}
