//! The `pycopy` executable as users and tools drive it: exit statuses,
//! command-line forms, Ctrl-C (SIGINT) as KeyboardInterrupt, and the REPL's
//! raw and raw-paste modes over pipes (what pyboard.py-style tools use).

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn pycopy() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pycopy"));
    c.env_remove("MICROPYPATH");
    c
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = pycopy()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pycopy starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("pycopy finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn command_and_exit_statuses() {
    let o = pycopy().args(["-c", "print(6 * 7)"]).output().expect("run");
    assert_eq!(stdout(&o), "42\n");
    assert_eq!(o.status.code(), Some(0));

    let o = pycopy()
        .args(["-c", "raise ValueError('bad')"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"<stdin>\", line 1, in <module>\n"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: bad\n"), "{err}");

    let o = pycopy()
        .args(["-c", "import sys; sys.exit(5)"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(5));
    let o = pycopy()
        .args(["-c", "raise SystemExit('bye')"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "bye\n");
}

#[test]
fn argv_and_syntax_errors() {
    let o = pycopy()
        .args(["-c", "import sys; print(sys.argv)", "a", "b"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "['-c', 'a', 'b']\n");
    let o = pycopy().args(["-c", "x = (1,"]).output().expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("SyntaxError"), "{}", stderr(&o));
}

#[test]
fn heapsize_option() {
    let prog = "
import gc
try:
    keep = [bytearray(1000) for i in range(1000)]
except MemoryError:
    print('MemoryError')
keep = None
gc.collect()
print(gc.mem_free() > 30000)
";
    let o = pycopy()
        .args(["-X", "heapsize=64k", "-c", prog])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "MemoryError\nTrue\n", "{}", stderr(&o));
    let o = pycopy()
        .args(["-X", "heapsize=lots", "-c", "pass"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    let o = pycopy()
        .args(["-X", "emit=bytecode", "-c", "print(1)"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "1\n");
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let o = run_with_stdin(&[], b"for i in range(3):\n    print(i)\n");
    assert_eq!(stdout(&o), "0\n1\n2\n");
}

/// SIGINT while Python code runs becomes KeyboardInterrupt: uncaught it ends
/// the program with a traceback (status 1); caught, the program goes on.
#[test]
fn sigint_is_keyboard_interrupt() {
    for (prog, caught) in [
        ("while True:\n    pass\n", false),
        (
            "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n",
            true,
        ),
    ] {
        let mut child = pycopy()
            .args(["-c", prog])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pycopy starts");
        std::thread::sleep(Duration::from_millis(300));
        // SAFETY: sending a signal to our own child process.
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGINT);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while child.try_wait().expect("wait").is_none() {
            assert!(Instant::now() < deadline, "pycopy ignored SIGINT");
            std::thread::sleep(Duration::from_millis(20));
        }
        let o = child.wait_with_output().expect("output");
        if caught {
            assert_eq!(stdout(&o), "caught\n");
            assert_eq!(o.status.code(), Some(0));
        } else {
            let err = stderr(&o);
            assert!(err.contains("KeyboardInterrupt"), "{err}");
            assert!(
                err.starts_with("Traceback (most recent call last):\n"),
                "{err}"
            );
            assert_eq!(o.status.code(), Some(1));
        }
    }
}

/// The spec's raw-paste example, byte for byte (the unix port's stdout is
/// not cooked, so the program's newline is "\n" rather than "\r\n").
#[test]
fn raw_paste_mode_protocol() {
    let o = run_with_stdin(&["-i"], b"\x01\x05A\x01print(123)\x04\x02");
    let out = o.stdout;
    let expected: &[u8] = b"\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04123\n\x04\x04>";
    assert!(
        out.windows(expected.len()).any(|w| w == expected),
        "{:?}",
        String::from_utf8_lossy(&out)
    );
}

/// Flow control: a program larger than the window gets one 0x01 per
/// window consumed.
#[test]
fn raw_paste_flow_control() {
    let mut code = String::new();
    for i in 0..40 {
        code.push_str(&format!("x{} = {}\n", i, i));
    }
    code.push_str("print(x39)\n");
    let mut input = b"\x01\x05A\x01".to_vec();
    input.extend_from_slice(code.as_bytes());
    input.push(0x04);
    let o = run_with_stdin(&["-i"], &input);
    let out = o.stdout;
    let start = out
        .windows(2)
        .position(|w| w == b"R\x01")
        .expect("raw-paste accepted")
        + 5;
    let acks = out[start..].iter().take_while(|b| **b == 0x01).count();
    assert_eq!(
        acks,
        code.len() / 128,
        "{:?}",
        String::from_utf8_lossy(&out)
    );
    assert!(String::from_utf8_lossy(&out).contains("39\n\x04\x04>"));
}

#[test]
fn raw_mode_reports_exceptions_between_markers() {
    let o = run_with_stdin(&["-i"], b"\x01print('hi')\x04import nope\x04");
    let out = stdout(&o);
    assert!(out.contains(">OKhi\n\x04\x04>"), "{out:?}");
    assert!(
        out.contains(">OK\x04Traceback (most recent call last):\n"),
        "{out:?}"
    );
    assert!(out.contains("No module named 'nope'\n\x04>"), "{out:?}");
}

#[test]
fn raw_mode_soft_reset_and_exit() {
    // Ctrl-D on an empty raw buffer is a soft reset (the unix port exits).
    let o = run_with_stdin(&["-i"], b"\x01\x04");
    assert!(stdout(&o).ends_with(">OK\r\n"), "{:?}", stdout(&o));
    assert_eq!(o.status.code(), Some(0));
    // Ctrl-B leaves raw mode for the friendly prompt.
    let o = run_with_stdin(&["-i"], b"\x01\x02");
    assert!(stdout(&o).ends_with(">>> \r\n"), "{:?}", stdout(&o));
}

#[test]
fn friendly_mode_over_a_pipe() {
    let o = run_with_stdin(
        &["-i"],
        b"1 + 2\r\nx = _\r\nx * 2\r\nfor i in range(2):\r\nprint(i)\r\n\r\n",
    );
    let out = stdout(&o);
    assert!(out.contains("1 + 2\r\n3\n"), "{out:?}");
    assert!(out.contains("x * 2\r\n6\n"), "{out:?}");
    assert!(
        out.contains("...     print(i)\r\n...     \r\n0\n1\n"),
        "{out:?}"
    );
}

#[test]
fn paste_mode() {
    let o = run_with_stdin(&["-i"], b"\x05def f():\n    return 7\nprint(f())\n\x04");
    let out = stdout(&o);
    assert!(
        out.contains("paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "),
        "{out:?}"
    );
    assert!(out.contains("7\n>>> "), "{out:?}");
}

#[test]
fn module_option() {
    let dir = std::env::temp_dir().join(format!("pycopy-m-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("hello_mod.py"), "print('hello from', __name__)\n").expect("write");
    let o = pycopy()
        .args(["-m", "hello_mod"])
        .current_dir(&dir)
        .output()
        .expect("run");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(stdout(&o), "hello from __main__\n", "{}", stderr(&o));
}

/// Files dropped without close() give their descriptors back when the GC
/// frees them: with a limit of 64 descriptors, opening 2000 files in a loop
/// still works (the 65th open() collects garbage and retries).
#[test]
fn dropped_files_release_descriptors() {
    let dir = std::env::temp_dir().join(format!("pycopy-fd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("data.txt");
    std::fs::write(&file, "x\n").expect("temp file");
    let program = format!(
        "n = 0\nfor i in range(2000):\n    f = open({:?})\n    n += len(f.read())\nprint(n)\n",
        file.to_str().expect("utf-8 path")
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -n 64 && exec "$0" -c "$1""#)
        .arg(env!("CARGO_BIN_EXE_pycopy"))
        .arg(&program)
        .output()
        .expect("sh runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(stdout(&out), "4000\n", "stderr: {}", stderr(&out));
    assert!(out.status.success());
}

/// Bytes the port has already read from stdin (it reads ahead) still make
/// stdin ready for select() and poll(), while the pipe stays open: reading
/// one byte after each select() gets all of the input before select()
/// times out.
#[test]
fn select_sees_buffered_stdin() {
    use std::io::Read;
    let program = "import sys, select\n\
        got = ''\n\
        while select.select([sys.stdin], [], [], 1)[0]:\n\
        \x20   got += sys.stdin.read(1)\n\
        print(repr(got))\n";
    let mut child = pycopy()
        .args(["-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pycopy starts");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(b"abc\ndef").expect("write");
    input.flush().expect("flush");
    // The pipe stays open until the program has printed its result.
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    drop(input);
    assert!(child.wait().expect("pycopy finishes").success());
    assert_eq!(out, "'abc\\ndef'\n");
}

/// input() and sys.stdin share one read-ahead buffer: lines read by
/// input() are not lost to sys.stdin and the other way round.
#[test]
fn input_and_sys_stdin_share_piped_input() {
    let program = "import sys\n\
        print(repr(input()))\n\
        print(repr(sys.stdin.readline()))\n\
        print(repr(input('> ')))\n\
        print(repr(sys.stdin.read()))\n";
    let o = run_with_stdin(&["-c", program], b"one\ntwo\nthree\nrest\nof it");
    assert_eq!(
        stdout(&o),
        "'one'\n'two\\n'\n> 'three'\n'rest\\nof it'\n",
        "stderr: {}",
        stderr(&o)
    );
}
