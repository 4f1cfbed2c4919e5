//! The Pycopy interpreter core: `no_std` + `alloc`.
//!
//! See docs/ARCHITECTURE.md for the map of this crate.
#![no_std]

extern crate alloc;

pub mod bytecode;
pub mod compile;
pub mod format;
pub mod heap;
pub mod modules;
pub mod mpy;
pub mod objects;
pub mod port;
pub mod qstr;
pub mod regex;
pub mod repl;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{Config, PyErr, PyResult, Vm};
