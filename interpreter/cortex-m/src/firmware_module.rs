//! `_firmware`: the firmware's own diagnostics, for tests and for measuring
//! the board (not a Pycopy module; the leading underscore says so).
//!
//! * `info()`: (board name, description, core, FPU, clock in Hz, stack
//!   bytes, semihosting on)
//! * `heap()`: (bytes used, bytes free) of the Rust heap (all of RAM after
//!   .bss, which the GC heap lives in)
//! * `stack_peak()`: the most main stack used since boot or the last
//!   `stack_reset()`, in bytes (the stack is painted with a pattern)
//! * `stack_reset()`: paints the unused stack again
//! * `exit(status)`: ends QEMU with that status (semihosting), or resets
//! * `panic()`, `overflow()`: a Rust panic, a stack overflow (the firmware
//!   reports them and QEMU exits with status 101 or 102), for testing how
//!   tools cope with a crashed board

use pycopy_core::heap::ObjRef;
use pycopy_core::objects::native::NativeFunc;
use pycopy_core::vm::{ModuleDef, PyResult, Vm};
use pycopy_core::Value;

use crate::{board, fault, heap};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_firmware",
    init,
};

/// What unused stack words hold.
const PAINT: u32 = 0x5eb1_c0de;
/// Words just below the stack pointer left alone when painting (the
/// painting function's own frame and interrupt frames).
const PAINT_MARGIN: usize = 64;

extern "C" {
    /// The lowest address of the main stack (cortex-m-rt's name).
    static _stack_end: u32;
    /// One past the highest address of the main stack.
    static _stack_start: u32;
}

fn stack_bounds() -> (usize, usize) {
    (
        &raw const _stack_end as usize,
        &raw const _stack_start as usize,
    )
}

/// Fills the stack below the current stack pointer with the pattern.
pub fn paint_stack() {
    let (bottom, _) = stack_bounds();
    let sp = cortex_m::register::msp::read() as usize;
    let end = sp.saturating_sub(PAINT_MARGIN * 4) & !3;
    let mut p = bottom;
    while p < end {
        // SAFETY: [bottom, end) is the unused part of the main stack, below
        // every live frame and interrupt frame.
        unsafe { core::ptr::write_volatile(p as *mut u32, PAINT) };
        p += 4;
    }
}

/// Bytes of stack used at the deepest point since the last painting.
pub fn stack_peak_bytes() -> usize {
    let (bottom, top) = stack_bounds();
    let mut p = bottom;
    // SAFETY: reads within the main stack.
    while p < top && unsafe { core::ptr::read_volatile(p as *const u32) } == PAINT {
        p += 4;
    }
    top - p
}

fn info(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let mut items = alloc::vec::Vec::new();
    for text in [board::NAME, board::DESCRIPTION, board::CORE, board::FPU] {
        items.push(vm.new_str(text)?);
    }
    items.push(Value::int(i64::from(board::CLOCK_HZ)));
    items.push(Value::int(i64::from(board::STACK_SIZE)));
    items.push(Value::bool(fault::semihosting()));
    vm.new_tuple(items)
}

fn heap_stats(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let (used, free) = heap::stats();
    vm.new_tuple(alloc::vec![
        Value::int(used as i64),
        Value::int(free as i64)
    ])
}

fn stack_peak(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(stack_peak_bytes() as i64))
}

fn stack_reset(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    paint_stack();
    Ok(Value::NONE)
}

fn exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let status = vm.to_index(args[0])?;
    fault::exit(status.clamp(0, 255) as u32)
}

fn panic(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    panic!("_firmware.panic() was called")
}

fn overflow(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(i64::from(recurse(0))))
}

/// Recurses (using stack) until the stack overflows.
#[inline(never)]
fn recurse(depth: u32) -> u32 {
    let frame = core::hint::black_box([depth; 32]);
    if core::hint::black_box(depth) == u32::MAX {
        return frame[0];
    }
    recurse(depth + 1).wrapping_add(frame[1])
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("info", 0, 0, info),
    NativeFunc::function("heap", 0, 0, heap_stats),
    NativeFunc::function("stack_peak", 0, 0, stack_peak),
    NativeFunc::function("stack_reset", 0, 0, stack_reset),
    NativeFunc::function("exit", 1, 1, exit),
    NativeFunc::function("panic", 0, 0, panic),
    NativeFunc::function("overflow", 0, 0, overflow),
];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}
