//! What the core's integration tests share: a port that records stdout.

use pycopy_core::port::Port;
use pycopy_core::{Config, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A port whose stdout goes into a shared buffer; no input, no clock.
pub struct Capture(pub Rc<RefCell<Vec<u8>>>);

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

/// A VM and the buffer its output goes to.
pub fn vm() -> (Vm, Rc<RefCell<Vec<u8>>>) {
    let out = Rc::new(RefCell::new(Vec::new()));
    (
        Vm::new(Box::new(Capture(out.clone())), Config::default()),
        out,
    )
}

/// A program using most constant kinds and code shapes, for .mpy tests.
#[allow(dead_code)]
pub const PROGRAM: &str = r#"
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
print(X, big, data, f(1, 2, 3, d=4), C(2).m(), list(gen()), {k: v for k, v in [(1, 2)]})
"#;
