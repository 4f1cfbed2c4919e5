//! .mpy files: what is saved loads back and runs the same; foreign, damaged
//! or truncated files are ValueError('incompatible .mpy file'), never a
//! panic.

use pycopy_core::compile::Mode;
use pycopy_core::port::Port;
use pycopy_core::{Config, Value, Vm};
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

fn run(vm: &mut Vm, code: Value) {
    let g = vm.main_dict().expect("main");
    vm.exec_code(code, g).expect("runs");
}

#[test]
fn saved_code_loads_and_runs_the_same() {
    let src = PROGRAM.replace(
        "with open if False else None as x if False else None:\n    pass\n",
        "",
    );
    let (mut a, out_a) = vm();
    let code = a
        .compile_str(&src, "prog.py", Mode::Module)
        .expect("compiles");
    run(&mut a, code);
    let bytes = pycopy_core::mpy::save(&mut a, code).expect("saves");
    assert_eq!(&bytes[..2], b"MR");

    let (mut b, out_b) = vm();
    let loaded = pycopy_core::mpy::load(&mut b, &bytes, "prog.mpy").expect("loads");
    run(&mut b, loaded);
    assert_eq!(*out_a.borrow(), *out_b.borrow());
    assert!(String::from_utf8_lossy(&out_b.borrow()).contains("caught 'k'"));
}

fn is_incompatible(vm: &mut Vm, data: &[u8]) -> bool {
    match pycopy_core::mpy::load(vm, data, "x.mpy") {
        Ok(_) => false,
        Err(e) => vm.exception_line(e.0) == "ValueError: incompatible .mpy file",
    }
}

#[test]
fn foreign_and_damaged_files_are_refused() {
    let (mut v, _) = vm();
    // A MicroPython v5 header, and a few kinds of junk.
    for data in [
        &b"M\x05\x02\x1f\x20"[..],
        b"",
        b"M",
        b"MR",
        b"not an mpy at all",
        b"MR\x02\x3f\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
    ] {
        assert!(is_incompatible(&mut v, data), "{:?}", data);
    }
}
