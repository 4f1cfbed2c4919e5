//! How the firmware ends: exit through semihosting, and what panics, hard
//! faults and unexpected interrupts do.
//!
//! A panic or a fault is a bug in the firmware, but it must never wedge the
//! machine (the test harness would wait for it forever). Both print what
//! happened on the console and then [`exit`]: under QEMU with semihosting
//! (`-semihosting-config enable=on,target=native`) QEMU ends with status
//! [`PANIC_EXIT_STATUS`] or [`FAULT_EXIT_STATUS`]; without semihosting the
//! board resets, and boots to its banner again.

use core::fmt::Write as _;
use core::panic::PanicInfo;
use core::sync::atomic::{AtomicBool, Ordering};

use cortex_m::peripheral::SCB;
use cortex_m_rt::exception;
use cortex_m_semihosting::{syscall, syscall1};

use crate::{board, console};

/// QEMU's exit status after a Rust panic.
pub const PANIC_EXIT_STATUS: u32 = 101;
/// QEMU's exit status after a hard fault (including a stack overflow) or an
/// unexpected interrupt.
pub const FAULT_EXIT_STATUS: u32 = 102;

const SYS_TIME: usize = 0x11;
const SYS_ERRNO: usize = 0x13;
const SYS_EXIT: usize = 0x18;
const SYS_EXIT_EXTENDED: usize = 0x20;
const ADP_STOPPED_APPLICATION_EXIT: usize = 0x20026;
const ADP_STOPPED_RUN_TIME_ERROR: usize = 0x20023;

/// Semihosting calls reach a host (checked once by [`probe_semihosting`]).
static SEMIHOSTING: AtomicBool = AtomicBool::new(false);
/// [`probe_semihosting`] is running: a breakpoint fault is its answer.
static PROBING: AtomicBool = AtomicBool::new(false);

/// Finds out whether semihosting works. Without a host to answer it, the
/// semihosting breakpoint instruction raises a hard fault, which the handler
/// below recognises during the probe, and skips.
pub fn probe_semihosting() {
    PROBING.store(true, Ordering::SeqCst);
    SEMIHOSTING.store(true, Ordering::SeqCst);
    // SAFETY: SYS_ERRNO takes no arguments and changes nothing.
    unsafe { syscall1(SYS_ERRNO, 0) };
    PROBING.store(false, Ordering::SeqCst);
}

/// True if semihosting works (QEMU was started with it enabled).
pub fn semihosting() -> bool {
    SEMIHOSTING.load(Ordering::SeqCst)
}

/// The host's clock, in seconds since 1970 (semihosting SYS_TIME), or None
/// without semihosting.
pub fn host_time() -> Option<u32> {
    if !semihosting() {
        return None;
    }
    // SAFETY: SYS_TIME takes no arguments and changes nothing.
    let t = unsafe { syscall1(SYS_TIME, 0) };
    // -1 is the host's failure.
    (t != usize::MAX).then_some(t as u32)
}

/// Ends the program with an exit status: QEMU exits with it when semihosting
/// works (0..=255 reach the host's process status); otherwise the board
/// resets.
pub fn exit(status: u32) -> ! {
    if semihosting() {
        // SAFETY: well-formed semihosting calls; they do not return when
        // they work.
        unsafe {
            if status == 0 {
                syscall1(SYS_EXIT, ADP_STOPPED_APPLICATION_EXIT);
            } else {
                let block = [ADP_STOPPED_APPLICATION_EXIT, status as usize];
                syscall(SYS_EXIT_EXTENDED, &block);
                // A host without SYS_EXIT_EXTENDED: a plain failure status.
                syscall1(SYS_EXIT, ADP_STOPPED_RUN_TIME_ERROR);
            }
        }
    }
    SCB::sys_reset()
}

#[panic_handler]
fn panic(info: &PanicInfo<'_>) -> ! {
    cortex_m::interrupt::disable();
    let _ = write!(console::Writer, "\nFATAL: Rust panic: {info}\n");
    exit(PANIC_EXIT_STATUS)
}

/// Bytes of the stack the hard fault handler runs on.
const FAULT_STACK_SIZE: usize = 1024;

/// The hard fault handler's own stack: the main stack may be what overflowed.
#[repr(align(8))]
struct FaultStack(#[allow(dead_code)] [u8; FAULT_STACK_SIZE]);
static mut FAULT_STACK: FaultStack = FaultStack([0; FAULT_STACK_SIZE]);

// The hard fault entry: switch to the fault stack, call `hard_fault` with the
// faulting stack pointer, and, if it returns (a semihosting probe), go back
// to the faulting stack and return from the exception. The firmware runs on
// the main stack (MSP) only, so the exception frame is on it.
core::arch::global_asm!(
    ".section .HardFault.user, \"ax\"",
    ".global HardFault",
    ".type HardFault, %function",
    ".thumb_func",
    "HardFault:",
    "  mrs r0, msp",
    "  ldr r1, ={stack}+{size}",
    "  msr msp, r1",
    "  push {{r0, lr}}",
    "  bl {handler}",
    "  pop {{r0, lr}}",
    "  msr msp, r0",
    "  bx lr",
    ".size HardFault, . - HardFault",
    stack = sym FAULT_STACK,
    size = const FAULT_STACK_SIZE,
    handler = sym hard_fault,
);

/// HFSR: the fault was escalated from a debug event (a breakpoint).
const HFSR_DEBUGEVT: u32 = 1 << 31;
/// HFSR: a configurable fault was escalated to a hard fault.
const HFSR_FORCED: u32 = 1 << 30;
/// The semihosting breakpoint instruction, `bkpt 0xab`.
const BKPT_SEMIHOSTING: u16 = 0xbeab;

/// The hard fault handler proper; `sp` is the faulting code's stack pointer.
/// Returns only to resume a semihosting probe.
extern "C" fn hard_fault(sp: u32) {
    // SAFETY: reading the System Control Block's fault registers.
    let scb = unsafe { &*SCB::PTR };
    let hfsr = scb.hfsr.read();
    let cfsr = scb.cfsr.read();

    extern "C" {
        static _stack_start: u32;
        static _stack_end: u32;
    }
    let stack_top = &raw const _stack_start as u32;
    let stack_bottom = &raw const _stack_end as u32;
    // The exception frame: r0-r3, r12, lr, pc, xpsr.
    let frame = (sp >= stack_bottom && sp + 32 <= stack_top).then(|| {
        // SAFETY: the frame lies within the stack.
        unsafe { core::ptr::read_volatile(sp as *const [u32; 8]) }
    });

    // Without a debugger, the breakpoint is a debug event escalated to a hard
    // fault (QEMU reports it as FORCED, a real core as DEBUGEVT).
    if hfsr & (HFSR_DEBUGEVT | HFSR_FORCED) != 0 && PROBING.load(Ordering::SeqCst) {
        if let Some(frame) = frame {
            let pc = frame[6];
            // SAFETY: the code at `pc` is the faulting instruction.
            if unsafe { core::ptr::read_volatile(pc as *const u16) } == BKPT_SEMIHOSTING {
                SEMIHOSTING.store(false, Ordering::SeqCst);
                // SAFETY: resume after the breakpoint instruction; clear the
                // sticky status bit.
                unsafe {
                    core::ptr::write_volatile((sp + 24) as *mut u32, pc + 2);
                    scb.hfsr.write(HFSR_DEBUGEVT | HFSR_FORCED);
                }
                return;
            }
        }
    }

    let mut out = console::Writer;
    let _ = write!(
        out,
        "\nFATAL: hard fault (HFSR={hfsr:#010x} CFSR={cfsr:#010x})"
    );
    match frame {
        Some(f) => {
            let _ = writeln!(out, " at pc={:#010x} lr={:#010x}", f[6], f[5]);
        }
        None if sp < stack_bottom + 32 => {
            let _ = write!(
                out,
                "\nFATAL: stack overflow (the {} KiB stack is exhausted)\n",
                board::STACK_SIZE / 1024
            );
        }
        None => {
            let _ = writeln!(out, " with sp={sp:#010x}");
        }
    }
    exit(FAULT_EXIT_STATUS)
}

/// Every interrupt or exception without a handler of its own comes here;
/// the console's receive interrupt is dispatched from here.
#[exception]
unsafe fn DefaultHandler(irqn: i16) {
    if irqn == board::UART_RX_IRQ as i16 {
        console::on_rx_interrupt();
    } else {
        let _ = write!(
            console::Writer,
            "\nFATAL: unexpected exception/interrupt {irqn} (IRQn)\n"
        );
        exit(FAULT_EXIT_STATUS);
    }
}
