//! The conformance harness: finds cases, works out their expected output
//! (a `.exp` file or CPython, embedded), runs them on a target, compares and
//! reports. `cargo test` drives it through `tests/cases.rs`; the `harness`
//! binary is its CLI.

pub mod boards;
pub mod case_targets;
pub mod cases;
pub mod cli;
pub mod compare;
pub mod cpython;
pub mod expected;
pub mod report;
pub mod runner;
pub mod targets;
pub mod workspace;
