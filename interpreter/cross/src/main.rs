//! `pycopy-cross`: compile a .py file into an .mpy file that `import` loads
//! (the job of MicroPython's mpy-cross).
//!
//! pycopy-cross [-o OUT.mpy] [-s SOURCE-NAME] [-O] FILE.py
//! pycopy-cross --version

use pycopy_core::compile::Mode;
use pycopy_core::port::Port;
use pycopy_core::{Config, Vm};
use std::process::ExitCode;

/// The compiler prints nothing and reads nothing.
struct NoIo;

impl Port for NoIo {
    fn stdout_write(&mut self, data: &[u8]) {
        use std::io::Write;
        let _ = std::io::stdout().write_all(data);
    }
    fn stdin_read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn time_s(&mut self) -> f64 {
        0.0
    }
    fn sleep_us(&mut self, _us: u64) {}
}

fn usage() -> ExitCode {
    eprintln!("usage: pycopy-cross [-o OUT.mpy] [-s SOURCE-NAME] [-O] FILE.py");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut input, mut output, mut source_name, mut optimize) = (None, None, None, 0u8);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--version" => {
                println!(
                    "pycopy-cross {}; mpy version {}",
                    env!("CARGO_PKG_VERSION"),
                    pycopy_core::mpy::MPY_VERSION
                );
                return ExitCode::SUCCESS;
            }
            "-o" => output = args.next(),
            "-s" => source_name = args.next(),
            "-O" => optimize = 1,
            _ if a.starts_with('-') => return usage(),
            _ => input = Some(a),
        }
    }
    let Some(input) = input else { return usage() };
    let src = match std::fs::read(&input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pycopy-cross: can't read {}: {}", input, e);
            return ExitCode::FAILURE;
        }
    };
    let output = output.unwrap_or_else(|| match input.strip_suffix(".py") {
        Some(stem) => format!("{}.mpy", stem),
        None => format!("{}.mpy", input),
    });
    // Tracebacks name the source file as given (or -s).
    let name = source_name.unwrap_or_else(|| input.clone());
    let mut vm = Vm::new(Box::new(NoIo), Config::default());
    vm.optimize_level = optimize;
    let compiled = vm
        .compile_bytes(&src, &name, Mode::Module)
        .and_then(|code| pycopy_core::mpy::save(&mut vm, code));
    match compiled {
        Ok(bytes) => match std::fs::write(&output, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pycopy-cross: can't write {}: {}", output, e);
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            let text = vm.format_exception(e.0);
            eprint!("{}", text);
            ExitCode::FAILURE
        }
    }
}
