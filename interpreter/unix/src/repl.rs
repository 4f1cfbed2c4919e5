//! The interactive prompt on a terminal (line mode).

use pycopy_core::Vm;
use std::io::{BufRead, Write};

pub fn run(vm: &mut Vm) -> i32 {
    println!("Pycopy (Rust) v{} on linux", env!("CARGO_PKG_VERSION"));
    println!("Use Ctrl-D to exit, Ctrl-E for paste mode");
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        print!(">>> ");
        let _ = std::io::stdout().flush();
        let Some(Ok(first)) = lines.next() else {
            println!();
            return 0;
        };
        let mut src = first;
        while pycopy_core::compile::parser::needs_more_input(&src) {
            print!("... ");
            let _ = std::io::stdout().flush();
            match lines.next() {
                Some(Ok(l)) => {
                    src.push('\n');
                    src.push_str(&l);
                }
                _ => break,
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        if let Err(e) = vm.run_repl_input(&src) {
            let status = vm.uncaught_in_repl(e);
            if let Some(code) = status {
                return code;
            }
        }
    }
}
