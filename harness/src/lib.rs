//! The conformance harness: finds cases, works out their expected output
//! (a `.exp` file or CPython, embedded), runs them on a target, compares and
//! reports. `cargo test` drives it through `tests/cases.rs`; the `harness`
//! binary is its CLI.

pub mod boards;
pub mod case_targets;
pub mod cases;
pub mod cli;
pub mod compare;
pub mod compat;
pub mod compat_html;
pub mod coverage;
pub mod cpydiff;
pub mod cpython;
pub mod differences;
pub mod expected;
pub mod generate;
pub mod junit;
pub mod progress;
pub mod report;
pub mod results;
pub mod runner;
pub mod shard;
pub mod spec;
pub mod targets;
pub mod workspace;
