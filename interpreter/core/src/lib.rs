//! The Pycopy interpreter core: `no_std` + `alloc`.
#![no_std]

extern crate alloc;

pub mod compile;
pub mod format;
pub mod port;
