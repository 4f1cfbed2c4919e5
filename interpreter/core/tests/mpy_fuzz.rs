//! Damaged .mpy files (every truncation and thousands of random byte
//! changes of a good one) never panic the loader, and whatever loads runs
//! without panicking. In its own test binary: the watchdog that interrupts
//! endless loops uses the process-wide Ctrl-C flag.

use pycopy_core::compile::Mode;
use pycopy_core::port::Port;
use pycopy_core::{Config, Vm};
use std::cell::RefCell;
use std::rc::Rc;

struct Capture(Rc<RefCell<Vec<u8>>>);

impl Port for Capture {
    fn stdout_write(&mut self, data: &[u8]) {
        self.0.borrow_mut().extend_from_slice(data);
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

fn vm() -> (Vm, Rc<RefCell<Vec<u8>>>) {
    let out = Rc::new(RefCell::new(Vec::new()));
    (
        Vm::new(Box::new(Capture(out.clone())), Config::default()),
        out,
    )
}

const PROGRAM: &str = r#"
X = 42
big = -10 ** 30
data = (1, -7, 2.5, "text", "a much longer string constant than a qstr would hold", b"raw", None, True, (3, 4j), ...)
def f(a, b=2, *args, c=3, **kw):
    def g(y):
        return a + y
    return g(b) + c + len(args) + len(kw)
class C:
    def __init__(self, v):
        self.v = v
    def m(self):
        return [i * self.v for i in range(3)]
def gen():
    try:
        yield from range(2)
    finally:
        pass
try:
    raise KeyError("k")
except KeyError as e:
    print("caught", e)
with open if False else None as x if False else None:
    pass
print(X, big, data, f(1, 2, 3, d=4), C(2).m(), list(gen()), {k: v for k, v in [(1, 2)]})
"#;

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
