//! `pycopy`: the Unix port of the interpreter.
//!
//! pycopy [options] [file | -c cmd | -m module] [args...]
//! Options: -X heapsize=N[k|m], -X emit=bytecode|native|viper, -O, -i, -v.

mod port;
mod repl;
mod unixutil;
mod uos;
mod uselect;
mod usocket;
mod vfs;

use pycopy_core::{Config, Vm};
use std::io::IsTerminal;

/// How the interpreter was asked to run.
enum Main {
    File(String),
    Command(String),
    Module(String),
    Repl,
}

struct Options {
    heap_size: usize,
    /// -X gcstress: collect at every allocation (for testing the GC).
    gc_stress: bool,
    optimize: u8,
    inspect: bool,
    main: Main,
    argv: Vec<String>,
}

fn usage() -> ! {
    eprintln!(
        "usage: pycopy [-X heapsize=N[k|m]] [-X emit=bytecode] [-O] [-i] [-v] [file | -c cmd | -m module] [args...]"
    );
    std::process::exit(2);
}

fn parse_size(s: &str) -> Option<usize> {
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

fn parse_args() -> Options {
    let mut args = std::env::args().skip(1);
    let mut opts = Options {
        gc_stress: false,
        heap_size: 128 * 1024 * 1024,
        optimize: 0,
        inspect: false,
        main: Main::Repl,
        argv: Vec::new(),
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "-X" => {
                let Some(x) = args.next() else { usage() };
                if let Some(v) = x.strip_prefix("heapsize=") {
                    match parse_size(v) {
                        Some(n) => opts.heap_size = n,
                        None => usage(),
                    }
                } else if x == "gcstress" {
                    opts.gc_stress = true;
                } else if x.starts_with("emit=") {
                    // Accepted for compatibility: code is always bytecode.
                } else {
                    usage();
                }
            }
            "-O" | "-OO" => opts.optimize = 1,
            "-i" => opts.inspect = true,
            "-v" => {}
            "-c" => {
                let Some(cmd) = args.next() else { usage() };
                opts.main = Main::Command(cmd);
                opts.argv.push(String::from("-c"));
                break;
            }
            "-m" => {
                let Some(m) = args.next() else { usage() };
                opts.argv.push(m.clone());
                opts.main = Main::Module(m);
                break;
            }
            "-h" | "--help" => usage(),
            _ if a.starts_with('-') && a.len() > 1 => usage(),
            _ => {
                opts.argv.push(a.clone());
                opts.main = Main::File(a);
                break;
            }
        }
    }
    opts.argv.extend(args);
    if matches!(opts.main, Main::Repl) && opts.argv.is_empty() {
        opts.argv.push(String::new());
    }
    opts
}

/// sys.path: the script's directory (or "" for -c / REPL), then
/// MICROPYPATH or the default library directories.
fn search_path(first: String) -> Vec<String> {
    let mut path = vec![first];
    match std::env::var("MICROPYPATH") {
        Ok(p) => path.extend(p.split(':').map(String::from)),
        Err(_) => {
            let home = std::env::var("HOME").unwrap_or_default();
            path.push(format!("{}/.pycopy/lib", home));
            path.push(String::from("/usr/lib/pycopy"));
        }
    }
    path
}

fn run(opts: Options) -> i32 {
    port::install_sigint_handler();
    let config = Config {
        heap_size: opts.heap_size,
        max_frames: 10_000,
        max_native_depth: 2_000,
        platform: "linux",
    };
    let mut vm = Vm::new(Box::new(port::UnixPort::new()), config);
    vm.register_module(&uos::UOS);
    vm.register_module(&uselect::USELECT);
    vm.register_module(&usocket::USOCKET);
    vm.optimize_level = opts.optimize;
    vm.heap.stress = opts.gc_stress;
    let first = match &opts.main {
        Main::File(f) => {
            let dir = std::path::Path::new(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            dir
        }
        _ => String::new(),
    };
    if vm.set_path(&search_path(first)).is_err() || vm.set_argv(&opts.argv).is_err() {
        eprintln!("pycopy: not enough memory to start");
        return 1;
    }
    let status = match &opts.main {
        Main::File(f) => match std::fs::read(f) {
            Ok(src) => match vm.run_main(&src, f) {
                Ok(()) => 0,
                Err(e) => vm.uncaught(e),
            },
            Err(e) => {
                eprintln!(
                    "pycopy: can't open file '{}': [Errno {}] {}",
                    f,
                    e.raw_os_error().unwrap_or(2),
                    e
                );
                return 2;
            }
        },
        Main::Command(c) => match vm.run_main(c.as_bytes(), "<stdin>") {
            Ok(()) => 0,
            Err(e) => vm.uncaught(e),
        },
        Main::Module(m) => {
            let r = vm.run_module_as_main(m);
            match r {
                Ok(()) => 0,
                Err(e) => vm.uncaught(e),
            }
        }
        Main::Repl => {
            // A terminal gets the REPL; so does a pipe with -i (tools that
            // drive the raw REPL through pipes).
            if std::io::stdin().is_terminal() || opts.inspect {
                return repl::run(&mut vm);
            }
            // Piped input runs as a script.
            let mut src = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src);
            match vm.run_main(&src, "<stdin>") {
                Ok(()) => 0,
                Err(e) => vm.uncaught(e),
            }
        }
    };
    if opts.inspect && status == 0 {
        return repl::run(&mut vm);
    }
    status
}

fn main() {
    let opts = parse_args();
    // A large stack: native code calling back into Python nests Rust calls.
    let child = std::thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || run(opts));
    let status = match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => 1,
    };
    std::process::exit(status);
}
