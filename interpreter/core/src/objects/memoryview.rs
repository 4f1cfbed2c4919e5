//! memoryview: a window on a buffer (bytes, bytearray, array, str) without
//! copying.

use crate::value::Value;

pub struct MemoryViewObj {
    /// The object whose buffer is viewed.
    pub base: Value,
    /// Byte offset and length of the window.
    pub offset: usize,
    pub len: usize,
    pub readonly: bool,
    /// Item format ('B' unless viewing an array).
    pub format: u8,
    pub itemsize: u8,
}
