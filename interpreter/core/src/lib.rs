//! The Pycopy interpreter core: `no_std` + `alloc`.
#![no_std]

extern crate alloc;

pub mod compile;
pub mod port;
pub mod regex;
