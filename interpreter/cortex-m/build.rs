//! Build script: picks the board, reads its description from
//! `qemu-boards/<board>.toml` and generates from it
//!
//! * `memory.x`, the memory layout included by cortex-m-rt's `link.x`, and
//! * `board.rs`, the board's constants (name, clock, UART address, IRQs),
//!   included by `src/board.rs`.
//!
//! The board is named by the `PYCOPY_BOARD` environment variable (default
//! `mps2-an385`); the cargo `--target` must be the board's Rust target.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

const DEFAULT_BOARD: &str = "mps2-an385";

/// The parts of a board file the firmware needs.
struct Board {
    name: String,
    description: String,
    target: String,
    core: String,
    fpu: String,
    clock_hz: u32,
    flash_origin: u32,
    flash_length: u32,
    ram_origin: u32,
    ram_length: u32,
    stack_size: u32,
    uart_base: u32,
    uart_rx_irq: u16,
    uart_tx_irq: u16,
    uart_baud: u32,
}

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let boards_dir = manifest_dir.join("../../qemu-boards");

    println!("cargo:rerun-if-env-changed=PYCOPY_BOARD");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-changed=build.rs");
    let board_name = env::var("PYCOPY_BOARD").unwrap_or_else(|_| DEFAULT_BOARD.to_string());
    let board_file = boards_dir.join(format!("{board_name}.toml"));
    println!("cargo:rerun-if-changed={}", board_file.display());

    let text = fs::read_to_string(&board_file).unwrap_or_else(|e| {
        fail(&format!(
            "PYCOPY_BOARD={board_name}: cannot read {}: {e}",
            board_file.display()
        ))
    });
    let board =
        parse_board(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", board_file.display())));
    if board.name != board_name {
        fail(&format!(
            "{}: name = {:?} does not match the file name",
            board_file.display(),
            board.name
        ));
    }

    let target = env::var("TARGET").unwrap();
    if target != board.target {
        fail(&format!(
            "board {} is built for --target {}, not {target} \
             (qemu-boards/run.sh picks the right one)",
            board.name, board.target
        ));
    }

    fs::write(out_dir.join("memory.x"), memory_x(&board)).unwrap();
    fs::write(out_dir.join("board.rs"), board_rs(&board)).unwrap();

    println!("cargo:rustc-link-search={}", out_dir.display());
    // cortex-m-rt's linker script; it INCLUDEs memory.x.
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    println!("cargo:rustc-link-arg-bins=--nmagic");
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}

fn parse_board(text: &str) -> Result<Board, String> {
    let doc: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
    let table = |name: &str| -> Result<&toml::Table, String> {
        doc.get(name)
            .and_then(toml::Value::as_table)
            .ok_or_else(|| format!("missing [{name}] table"))
    };
    let string = |t: &toml::Table, key: &str| -> Result<String, String> {
        t.get(key)
            .and_then(toml::Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("missing string {key}"))
    };
    let number = |t: &toml::Table, key: &str| -> Result<u32, String> {
        let v = t
            .get(key)
            .and_then(toml::Value::as_integer)
            .ok_or_else(|| format!("missing integer {key}"))?;
        u32::try_from(v).map_err(|_| format!("{key} = {v} is out of range"))
    };
    let irq = |t: &toml::Table, key: &str| -> Result<u16, String> {
        let v = number(t, key)?;
        u16::try_from(v)
            .ok()
            .filter(|&n| n < 480)
            .ok_or_else(|| format!("{key} = {v} is not an IRQ number"))
    };

    let (rust, cpu, memory, uart) = (
        table("rust")?,
        table("cpu")?,
        table("memory")?,
        table("uart")?,
    );
    if string(uart, "kind")? != "cmsdk-apb-uart" {
        return Err("only uart.kind = \"cmsdk-apb-uart\" is supported".into());
    }
    let board = Board {
        name: string(&doc, "name")?,
        description: string(&doc, "description")?,
        target: string(rust, "target")?,
        core: string(cpu, "core")?,
        fpu: string(cpu, "fpu")?,
        clock_hz: number(cpu, "clock_hz")?,
        flash_origin: number(memory, "flash_origin")?,
        flash_length: number(memory, "flash_length")?,
        ram_origin: number(memory, "ram_origin")?,
        ram_length: number(memory, "ram_length")?,
        stack_size: number(memory, "stack_size")?,
        uart_base: number(uart, "base")?,
        uart_rx_irq: irq(uart, "rx_irq")?,
        uart_tx_irq: irq(uart, "tx_irq")?,
        uart_baud: number(uart, "baud")?,
    };
    for (key, value) in [
        ("flash_origin", board.flash_origin),
        ("flash_length", board.flash_length),
        ("ram_origin", board.ram_origin),
        ("ram_length", board.ram_length),
        ("stack_size", board.stack_size),
    ] {
        if value % 8 != 0 {
            return Err(format!("memory.{key} must be a multiple of 8"));
        }
    }
    if board.stack_size >= board.ram_length {
        return Err("memory.stack_size leaves no RAM".into());
    }
    if board.uart_baud == 0 || board.clock_hz / board.uart_baud < 16 {
        return Err("uart.baud is too high for cpu.clock_hz".into());
    }
    Ok(board)
}

fn memory_x(b: &Board) -> String {
    let mut s = String::new();
    let stack_top = b.ram_origin + b.stack_size;
    let _ = write!(
        s,
        "/* Generated by build.rs from qemu-boards/{name}.toml: do not edit. */

MEMORY
{{
  FLASH : ORIGIN = {fo:#010x}, LENGTH = {fl:#010x}
  STACK : ORIGIN = {ro:#010x}, LENGTH = {ss:#010x}
  RAM   : ORIGIN = {rest:#010x}, LENGTH = {rl:#010x}
}}

/* The main stack takes the bottom of RAM and grows down towards unmapped
   memory, so an overflow faults (and is reported) instead of silently
   overwriting .data, .bss or the heap. */
_stack_start = ORIGIN(STACK) + LENGTH(STACK);
_stack_end = ORIGIN(STACK);

/* The heap runs from __sheap (the end of .bss/.uninit) to the end of RAM. */
_pycopy_heap_end = ORIGIN(RAM) + LENGTH(RAM);
ASSERT(_pycopy_heap_end - __sheap >= 0x4000, \"pycopy: less than 16 KiB of heap left\");
",
        name = b.name,
        fo = b.flash_origin,
        fl = b.flash_length,
        ro = b.ram_origin,
        ss = b.stack_size,
        rest = stack_top,
        rl = b.ram_length - b.stack_size,
    );
    s
}

fn board_rs(b: &Board) -> String {
    format!(
        "// Generated by build.rs from qemu-boards/{name}.toml: do not edit.
/// The board's name, as in qemu-boards/.
pub const NAME: &str = {name:?};
/// A one-line description of the board.
pub const DESCRIPTION: &str = {description:?};
/// The CPU core, as Pycopy's banner and `sys.implementation` name it.
pub const CORE: &str = {core:?};
/// The FPU (\"none\" when there is none).
pub const FPU: &str = {fpu:?};
/// The core clock, which drives SysTick.
pub const CLOCK_HZ: u32 = {clock_hz};
/// Base address of the console UART (CMSDK APB UART).
pub const UART_BASE: usize = {uart_base:#x};
/// The console UART's receive interrupt (IRQ number, not exception number).
pub const UART_RX_IRQ: u16 = {uart_rx_irq};
/// The console UART's transmit interrupt.
#[allow(dead_code)]
pub const UART_TX_IRQ: u16 = {uart_tx_irq};
/// The console UART's baud rate.
pub const UART_BAUD: u32 = {uart_baud};
/// Bytes of main stack (at the bottom of RAM).
pub const STACK_SIZE: u32 = {stack_size};
/// The day the firmware was built (UTC; SOURCE_DATE_EPOCH when set).
pub const BUILD_DATE: &str = {build_date:?};
",
        name = b.name,
        description = b.description,
        core = b.core,
        fpu = b.fpu,
        clock_hz = b.clock_hz,
        uart_base = b.uart_base,
        uart_rx_irq = b.uart_rx_irq,
        uart_tx_irq = b.uart_tx_irq,
        uart_baud = b.uart_baud,
        stack_size = b.stack_size,
        build_date = build_date(),
    )
}

/// Today (UTC) as YYYY-MM-DD, or the day of SOURCE_DATE_EPOCH for
/// reproducible builds.
fn build_date() -> String {
    let secs = env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    // Days since 1970-01-01 to a civil date (proleptic Gregorian calendar).
    let days = (secs / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
