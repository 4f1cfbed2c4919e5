//! .mpy files: what is saved loads back and runs the same; foreign, damaged
//! or truncated files are ValueError('incompatible .mpy file'), never a
//! panic.

mod common;

use common::{vm, PROGRAM};
use pycopy_core::compile::Mode;
use pycopy_core::{Value, Vm};

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
