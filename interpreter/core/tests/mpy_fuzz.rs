//! Damaged .mpy files (every truncation and thousands of random byte
//! changes of a good one) never panic the loader, and whatever loads runs
//! without panicking. In its own test binary: the watchdog that interrupts
//! endless loops uses the process-wide Ctrl-C flag.

mod common;

use common::{vm, PROGRAM};
use pycopy_core::compile::Mode;

#[test]
fn mutated_files_never_panic() {
    let src = PROGRAM.replace(
        "with open if False else None as x if False else None:\n    pass\n",
        "",
    );
    let (mut v, _) = vm();
    let code = v
        .compile_str(&src, "prog.py", Mode::Module)
        .expect("compiles");
    let good = pycopy_core::mpy::save(&mut v, code).expect("saves");
    // MPY_FUZZ_SEED explores other mutations (the default keeps CI stable).
    let mut seed: u64 = std::env::var("MPY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // Mutated code may loop forever: a watchdog keeps interrupting it (the
    // VM checks for Ctrl-C at backward jumps and calls).
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watchdog = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                pycopy_core::vm::PENDING_INTERRUPT
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        })
    };
    for cut in 0..good.len() {
        let _ = pycopy_core::mpy::load(&mut v, &good[..cut], "t.mpy");
    }
    for _ in 0..3000 {
        let mut bad = good.clone();
        for _ in 0..1 + next() % 4 {
            let i = (next() as usize) % bad.len();
            bad[i] = next() as u8;
        }
        // Loading may fail or succeed; running what loads may raise, but
        // nothing may panic.
        if let Ok(c) = pycopy_core::mpy::load(&mut v, &bad, "m.mpy") {
            let g = v.new_dict().expect("dict");
            let _ = v.exec_code(c, g);
        }
        v.collect();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = watchdog.join();
}
