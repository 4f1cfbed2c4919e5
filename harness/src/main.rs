//! `cargo run -p harness -- run [options]`: see `harness help`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let status = harness::cli::main(&args, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(status)
}
