//! The `machine` module: the board's functions that the spec's `machine`
//! module describes and an emulated MPS2 board can honour.

use pycopy_core::heap::ObjRef;
use pycopy_core::objects::native::NativeFunc;
use pycopy_core::vm::{ExcKind, ModuleDef, PyErr, PyResult, Vm};
use pycopy_core::Value;

use crate::board;

pub static MODULE: ModuleDef = ModuleDef {
    name: "machine",
    init,
};

/// `machine.reset()`: a hard reset; the board boots to its banner again.
fn reset(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    cortex_m::peripheral::SCB::sys_reset()
}

/// `machine.soft_reset()`: ends the program like SystemExit, and the REPL
/// then soft-resets the interpreter.
fn soft_reset(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Err(PyErr(vm.make_exception(ExcKind::SystemExit, &[])?))
}

/// `machine.freq()`: the core clock in Hz (fixed on these boards).
fn freq(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(i64::from(board::CLOCK_HZ)))
}

/// `machine.unique_id()`: the boards have no serial number; 8 bytes derived
/// from the board's name (FNV-1a), the same on every run.
fn unique_id(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in board::NAME.as_bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    vm.new_bytes(hash.to_be_bytes().to_vec())
}

/// `machine.idle()`: waits for the next interrupt (at most a millisecond,
/// as SysTick ticks).
fn idle(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    cortex_m::asm::wfi();
    Ok(Value::NONE)
}

/// `machine.disable_irq()`: masks interrupts; returns the previous state
/// for `enable_irq`.
fn disable_irq(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let was_active = cortex_m::register::primask::read().is_active();
    cortex_m::interrupt::disable();
    Ok(Value::bool(was_active))
}

/// `machine.enable_irq(state=True)`: unmasks interrupts if `state` says
/// they were enabled.
fn enable_irq(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let enable = match args.first() {
        Some(v) => vm.is_true(*v)?,
        None => true,
    };
    if enable {
        // SAFETY: the firmware has no critical section spanning Python
        // code; the interrupt handlers only use their own locking.
        unsafe { cortex_m::interrupt::enable() };
    }
    Ok(Value::NONE)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("reset", 0, 0, reset),
    NativeFunc::function("soft_reset", 0, 0, soft_reset),
    NativeFunc::function("freq", 0, 0, freq),
    NativeFunc::function("unique_id", 0, 0, unique_id),
    NativeFunc::function("idle", 0, 0, idle),
    NativeFunc::function("disable_irq", 0, 0, disable_irq),
    NativeFunc::function("enable_irq", 0, 1, enable_irq),
];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}
