//! The QEMU target from `cargo test`: the firmware of a board under QEMU,
//! with
//!
//! * `protocol/...` trials: the raw REPL and raw-paste mode byte for byte,
//!   bad input (garbage, a program too long to take, Ctrl-C in the middle
//!   of a transfer, a transfer cut short), Ctrl-C, deep recursion, a
//!   crashed and a hung firmware, and mpremote (from PyPI, when installed)
//!   talking to the board through a pseudo-terminal;
//! * one trial per case of cases/, run on the board as `harness run
//!   --target qemu:BOARD` runs them (a few machines shared by the trials).
//!
//! QEMU and the firmware build take a while, so the trials only run when
//! `PYCOPY_QEMU_BOARD` names a board (e.g. `PYCOPY_QEMU_BOARD=mps2-an385
//! cargo test -p harness --test qemu -- protocol/`); otherwise they are
//! listed as ignored. The firmware is built first (cargo, release).

use std::io::Read;
use std::process::{Command, ExitCode, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use harness::boards::{self, Board};
use harness::cases::{self, Case};
use harness::compare::{judge, Status};
use harness::expected::{Cache, Expectation};
use harness::report::CaseResult;
use harness::runner;
use harness::targets::qemu::{Machine, QemuTarget, RAW_PROMPT};
use harness::targets::End;
use harness::workspace;
use libtest_mimic::{Arguments, Completion, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(30);
/// For replies in the protocol trials.
const REPLY: Duration = Duration::from_secs(20);

type Check = fn(&QemuTarget) -> Result<(), Failed>;

const PROTOCOL: &[(&str, Check)] = &[
    ("raw_paste_spec_example", raw_paste_spec_example),
    ("raw_mode_and_soft_reset", raw_mode_and_soft_reset),
    ("flow_control_large_program", flow_control_large_program),
    ("garbage_keeps_the_board_responsive", garbage),
    ("program_too_long_is_ended_by_the_board", too_long),
    ("ctrl_c_in_the_middle_of_raw_paste", ctrl_c_mid_paste),
    ("malformed_raw_paste_request", malformed_request),
    ("truncated_transfer_then_a_new_client", truncated_transfer),
    ("ctrl_c_interrupts_running_code", ctrl_c_running),
    ("deep_recursion_through_repr", deep_recursion),
    ("crash_costs_one_case", crash_costs_one_case),
    ("hang_costs_one_case", hang_costs_one_case),
    ("open_raises_oserror", open_raises_oserror),
    (MPREMOTE_TRIAL, mpremote_exec),
];

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let board = std::env::var("PYCOPY_QEMU_BOARD").ok();
    let name = board
        .clone()
        .unwrap_or_else(|| boards::DEFAULT_BOARD.into());
    let cases = cases::discover(&workspace::cases_dir()).unwrap_or_default();
    let prefix = format!("qemu:{name}");
    let protocol_names: Vec<String> = PROTOCOL
        .iter()
        .map(|(n, _)| format!("{prefix}/protocol/{n}"))
        .collect();
    let case_names: Vec<String> = cases
        .iter()
        .map(|c| format!("{prefix}/{}", c.name))
        .collect();

    let runs = |n: &str| {
        board.is_some()
            && !args.list
            && !args.bench
            && !args.is_filtered_out(&Trial::test(n, || Ok(())))
    };
    let any = protocol_names.iter().chain(&case_names).any(|n| runs(n));
    if !any {
        let reason = "set PYCOPY_QEMU_BOARD=<board> to run on QEMU";
        let trials = protocol_names
            .iter()
            .chain(&case_names)
            .map(|n| Trial::test(n, || Ok(())).with_ignored_flag(board.is_none()))
            .map(|t| {
                if board.is_none() {
                    t.with_kind(reason)
                } else {
                    t
                }
            })
            .collect();
        return libtest_mimic::run(&args, trials).exit_code();
    }

    let target: Arc<Result<QemuTarget, String>> =
        Arc::new(Board::load(&name).and_then(|b| QemuTarget::build(b, TIMEOUT)));
    let pool: Arc<Mutex<Vec<Machine>>> = Arc::new(Mutex::new(Vec::new()));
    let cache = Cache::new(workspace::cache_dir());
    let mut trials = Vec::new();
    for ((name, check), trial) in PROTOCOL.iter().zip(protocol_names) {
        let target = target.clone();
        let (name, check) = (*name, *check);
        trials.push(Trial::ignorable_test(trial, move || {
            if name == MPREMOTE_TRIAL && !mpremote_installed() {
                return Ok(Completion::ignored_with(
                    "mpremote is not installed (pip install mpremote): not tried",
                ));
            }
            let target = target.as_ref().as_ref().map_err(|e| e.clone())?;
            check(target).map(|()| Completion::Completed)
        }));
    }
    for (case, trial) in cases.into_iter().zip(case_names) {
        if !runs(&trial) {
            trials.push(Trial::test(trial, || Ok(())));
            continue;
        }
        let expected = harness::expected::expected(&case, Some(&cache), TIMEOUT);
        let (target, pool) = (target.clone(), pool.clone());
        trials.push(Trial::ignorable_test(trial, move || {
            let target = target.as_ref().as_ref().map_err(|e| e.clone())?;
            run_case(target, &pool, &case, &expected)
        }));
    }
    let status = libtest_mimic::run(&args, trials).exit_code();
    if let Ok(mut machines) = pool.lock() {
        for m in machines.drain(..) {
            m.stop();
        }
    }
    status
}

/// A case on a machine from the pool (started when the pool is empty).
fn run_case(
    target: &QemuTarget,
    pool: &Mutex<Vec<Machine>>,
    case: &Case,
    expected: &Expectation,
) -> Result<Completion, Failed> {
    let name = target.name();
    let result = match runner::declared_skip(case, &name) {
        Some(skipped) => skipped,
        None => {
            let mut machine = pool.lock().ok().and_then(|mut p| p.pop());
            let output = target.run(&mut machine, case);
            if let (Some(m), Ok(mut p)) = (machine, pool.lock()) {
                p.push(m);
            }
            let verdict = judge(expected, &output);
            let source = expected.as_ref().ok().map(|e| e.source);
            CaseResult::new(&case.name, &name, verdict, output.duration, source)
        }
    };
    match result.status {
        Status::Pass => Ok(Completion::Completed),
        Status::Skip => Ok(Completion::ignored_with(
            result.reason.unwrap_or_else(|| "skipped".into()),
        )),
        Status::Fail => Err(result.message().into()),
    }
}

// ----- helpers -----

fn deadline() -> Instant {
    Instant::now() + REPLY
}

/// Reads up to and including `pattern`; fails with what was seen.
fn expect(m: &mut Machine, pattern: &[u8]) -> Result<Vec<u8>, Failed> {
    m.read_until(pattern, deadline(), 1 << 20)
        .map_err(|(stop, seen)| {
            format!(
                "waiting for {:?}: {stop:?}; got {:?}",
                String::from_utf8_lossy(pattern),
                String::from_utf8_lossy(&seen)
            )
            .into()
        })
}

/// Reads exactly the bytes `want` (and fails on anything else).
fn expect_exactly(m: &mut Machine, want: &[u8]) -> Result<(), Failed> {
    let last = &want[want.len() - 1..];
    let mut got = Vec::new();
    while got.len() < want.len() {
        got.extend(expect(m, last)?);
        got.extend_from_slice(last);
    }
    if got == want {
        Ok(())
    } else {
        Err(format!(
            "expected {:?}, got {:?}",
            String::from_utf8_lossy(want),
            String::from_utf8_lossy(&got)
        )
        .into())
    }
}

fn write(m: &mut Machine, bytes: &[u8]) -> Result<(), Failed> {
    m.write(bytes).map_err(Failed::from)
}

/// Runs a program through the launcher; returns (stdout, stderr), failing
/// unless the board ran it and stayed usable.
fn exec(m: &mut Machine, source: &str) -> Result<(String, String), Failed> {
    let run = m.exec(source.as_bytes(), Duration::from_secs(30));
    if !run.reusable || !matches!(run.output.end, End::Exited(_)) {
        return Err(format!("{source:?} ended as {:?}", run.output.end).into());
    }
    m.soft_reset().map_err(Failed::from)?;
    let text = |b: &[u8]| String::from_utf8_lossy(b).replace("\r\n", "\n");
    Ok((text(&run.output.stdout), text(&run.output.stderr)))
}

/// The board still runs programs.
fn responsive(m: &mut Machine) -> Result<(), Failed> {
    let (out, err) = exec(m, "print('still', 6 * 7)")?;
    if out == "still 42\n" && err.is_empty() {
        Ok(())
    } else {
        Err(format!("the board answered {out:?} {err:?}").into())
    }
}

fn start(target: &QemuTarget) -> Result<Machine, Failed> {
    target.start().map_err(Failed::from)
}

// ----- the protocol trials -----

/// The spec's raw-paste example: b"\x05A\x01print(123)\x04" answered
/// b"R\x01\x80\x00\x01" ... b"\x04123\r\n\x04\x04>".
fn raw_paste_spec_example(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"\x05A\x01")?;
    expect_exactly(&mut m, b"R\x01\x80\x00\x01")?;
    write(&mut m, b"print(123)\x04")?;
    expect_exactly(&mut m, b"\x04123\r\n\x04\x04>")?;
    // Back to the friendly REPL, and raw again (the leading "\r\n" comes
    // from the friendly REPL only).
    write(&mut m, b"\x02")?;
    expect(&mut m, b"for more information.\r\n>>> ")?;
    write(&mut m, b"\x01")?;
    expect_exactly(&mut m, b"\r\nraw REPL; CTRL-B to exit\r\n>")?;
    responsive(&mut m)
}

fn raw_mode_and_soft_reset(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"x = 5\x04")?;
    expect_exactly(&mut m, b"OK\x04\x04>")?;
    write(&mut m, b"print(x)\x04")?;
    expect_exactly(&mut m, b"OK5\r\n\x04\x04>")?;
    // Ctrl-D on an empty line: a soft reset, back in raw mode.
    write(&mut m, b"\x04")?;
    expect_exactly(
        &mut m,
        b"OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
    )?;
    let (_, err) = exec(&mut m, "print(x)")?;
    if !err.contains("NameError") {
        return Err(format!("x survived the soft reset: {err:?}").into());
    }
    // SystemExit soft-resets too.
    write(&mut m, b"import sys\nsys.exit()\x04")?;
    expect_exactly(
        &mut m,
        b"OK\x04\x04MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
    )?;
    responsive(&mut m)
}

/// 20 KB through the flow-control window.
fn flow_control_large_program(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    let mut src = String::new();
    for i in 0..1000 {
        src.push_str(&format!("v{i} = {i}  # some padding to make it longer\n"));
    }
    src.push_str("print(sum(globals()['v%d' % i] for i in range(1000)))\n");
    let (out, err) = exec(&mut m, &src)?;
    if out != "499500\n" {
        return Err(format!("{out:?} {err:?}").into());
    }
    responsive(&mut m)
}

/// Every byte value in every mode, then the host's usual way back
/// (Ctrl-C, Ctrl-B, Ctrl-A).
fn garbage(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    let mut noise: Vec<u8> = (0..=255u8).collect();
    let mut x: u32 = 7;
    for _ in 0..20_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        // No Ctrl-D: it would run the noise (fine, but slow to drain).
        let b = (x >> 16) as u8;
        noise.push(if b == 4 { b'#' } else { b });
    }
    for chunk in noise.chunks(64) {
        write(&mut m, chunk)?;
        // Keep reading so the board never blocks on its output.
        let _ = m.read_until(
            b"\xff\xfe\xfd",
            Instant::now() + Duration::from_millis(2),
            1 << 16,
        );
    }
    // The noise itself may have printed raw prompts (it holds Ctrl-A), so
    // waiting for one proves nothing: the board is back once it runs a
    // program whose output the noise cannot have produced.
    write(&mut m, b"\r\x03\x03\x02\r\x01")?;
    write(&mut m, b"print('back', 12345 * 2)\x04")?;
    expect(&mut m, b"back 24690\r\n\x04")?;
    expect(&mut m, b"\x04>")?;
    responsive(&mut m)
}

/// More program than the board takes: it ends the transfer with Ctrl-D,
/// the host acknowledges, and the board reports MemoryError.
fn too_long(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    let line = "x = 'a long line of a program much too long for the board'\n";
    let src = line.repeat(2_000_000 / line.len());
    let run = m.exec(src.as_bytes(), Duration::from_secs(60));
    let err = String::from_utf8_lossy(&run.output.stderr).into_owned();
    if !run.reusable || !err.contains("MemoryError") {
        return Err(format!("{:?} {err:?}", run.output.end).into());
    }
    m.soft_reset()?;
    responsive(&mut m)
}

/// "\x05" not followed by "A\x01" is no raw-paste request: the bytes are
/// raw-mode input (here a program that does not compile), and the board
/// answers as raw mode does.
fn malformed_request(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"\x05Bprint(7)\x04")?;
    let out = expect(&mut m, b"\x04>")?;
    let text = String::from_utf8_lossy(&out);
    if !text.starts_with("OK\x04") || !text.contains("SyntaxError") {
        return Err(format!("{text:?}").into());
    }
    // "\x05A" then something other than Ctrl-A: the same.
    write(&mut m, b"\x05Aprint(8)\x04")?;
    let out = expect(&mut m, b"\x04>")?;
    let text = String::from_utf8_lossy(&out);
    if !text.starts_with("OK\x04") || !text.contains("Error") {
        return Err(format!("{text:?}").into());
    }
    responsive(&mut m)
}

fn ctrl_c_mid_paste(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"\x05A\x01")?;
    expect_exactly(&mut m, b"R\x01\x80\x00\x01")?;
    write(&mut m, b"print('never')\nx = [\n\x03")?;
    let out = expect(&mut m, b"\x04>")?;
    let text = String::from_utf8_lossy(&out);
    if !text.starts_with("\x04\x04") || !text.contains("KeyboardInterrupt") {
        return Err(format!("{text:?}").into());
    }
    responsive(&mut m)
}

/// A client that stops halfway through a transfer (it died), then a new
/// one that starts as pyboard.py and mpremote do: "\r\x03", "\r\x01".
fn truncated_transfer(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"\x05A\x01")?;
    expect_exactly(&mut m, b"R\x01\x80\x00\x01")?;
    write(&mut m, b"def f():\n    return [1, 2,")?;
    std::thread::sleep(Duration::from_millis(300));
    write(&mut m, b"\r\x03")?;
    write(&mut m, b"\r\x01")?;
    expect(&mut m, RAW_PROMPT)?;
    responsive(&mut m)
}

fn ctrl_c_running(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    write(&mut m, b"\x05A\x01")?;
    expect_exactly(&mut m, b"R\x01\x80\x00\x01")?;
    write(&mut m, b"print('looping')\nwhile True:\n    pass\n\x04")?;
    expect(&mut m, b"looping\r\n")?;
    std::thread::sleep(Duration::from_millis(300));
    write(&mut m, b"\x03")?;
    let out = expect(&mut m, b"\x04>")?;
    let text = String::from_utf8_lossy(&out);
    if !text.contains("KeyboardInterrupt") {
        return Err(format!("{text:?}").into());
    }
    m.soft_reset()?;
    // Ctrl-C while code sleeps, and micropython.kbd_intr(-1) turning it off.
    let (out, _) = exec(
        &mut m,
        "import micropython\nmicropython.kbd_intr(-1)\nprint(micropython.kbd_intr(3))",
    )?;
    if out != "None\n" {
        return Err(format!("{out:?}").into());
    }
    responsive(&mut m)
}

/// Native re-entry (repr -> __repr__ -> repr ...) is bounded for the
/// board's stack: RuntimeError, not a fault.
fn deep_recursion(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    let src = "\
class R:
    def __init__(self, n): self.n = n
    def __repr__(self):
        return 'R0' if self.n == 0 else 'R(' + repr(R(self.n - 1)) + ')'
print(repr(R(50))[:8])
try:
    repr(R(100000))
except RuntimeError as e:
    print('RuntimeError')
def f(n): return f(n + 1)
try:
    f(0)
except RuntimeError:
    print('RuntimeError')
";
    let (out, err) = exec(&mut m, src)?;
    if out != "R(R(R(R(\nRuntimeError\nRuntimeError\n" {
        return Err(format!("{out:?} {err:?}").into());
    }
    responsive(&mut m)
}

/// Writes a case file into a temporary cases folder.
fn temp_case(dir: &std::path::Path, name: &str, text: &str) -> Case {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_default();
    Case {
        name: name.into(),
        path,
        exp: None,
    }
}

/// A firmware panic and a stack overflow fail their case; the next case
/// runs on a new machine.
fn crash_costs_one_case(target: &QemuTarget) -> Result<(), Failed> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let panic = temp_case(
        tmp.path(),
        "panic.py",
        "print('before')\nimport _firmware\n_firmware.panic()\n",
    );
    let overflow = temp_case(
        tmp.path(),
        "overflow.py",
        "import _firmware\n_firmware.overflow()\n",
    );
    let ok = temp_case(tmp.path(), "ok.py", "print('after')\n");
    let mut machine = None;
    let out = target.run(&mut machine, &panic);
    match &out.end {
        End::Crashed(why) if why.contains("FATAL: Rust panic") && why.contains("status 101") => {}
        other => return Err(format!("panic: {other:?}").into()),
    }
    if out.stdout != b"before\r\n" || machine.is_some() {
        return Err(format!("panic: stdout {:?}", out.stdout).into());
    }
    let out = target.run(&mut machine, &overflow);
    if !matches!(&out.end, End::Crashed(why) if why.contains("stack overflow")) {
        return Err(format!("overflow: {:?}", out.end).into());
    }
    let out = target.run(&mut machine, &ok);
    if out.end != End::Exited(0) || out.stdout != b"after\r\n" || machine.is_none() {
        return Err(format!("after the crashes: {out:?}").into());
    }
    Ok(())
}

/// A program that swallows KeyboardInterrupt outlives its time limit: the
/// machine is replaced. One that doesn't is interrupted and the machine
/// kept.
fn hang_costs_one_case(target: &QemuTarget) -> Result<(), Failed> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let stubborn = temp_case(
        tmp.path(),
        "stubborn.py",
        "while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass\n",
    );
    let polite = temp_case(tmp.path(), "polite.py", "print('spin')\nwhile True: pass\n");
    let ok = temp_case(tmp.path(), "ok.py", "print('after')\n");
    let short = QemuTarget {
        timeout: Duration::from_secs(2),
        ..target.clone()
    };
    let mut machine = None;
    let out = short.run(&mut machine, &stubborn);
    if !matches!(out.end, End::TimedOut(_)) || machine.is_some() {
        return Err(format!("stubborn: {:?} kept: {}", out.end, machine.is_some()).into());
    }
    let out = short.run(&mut machine, &polite);
    let interrupted = String::from_utf8_lossy(&out.stderr).contains("KeyboardInterrupt");
    if !matches!(out.end, End::TimedOut(_)) || !interrupted || machine.is_none() {
        return Err(format!("polite: {out:?}").into());
    }
    let out = short.run(&mut machine, &ok);
    if out.end != End::Exited(0) || out.stdout != b"after\r\n" {
        return Err(format!("after the hangs: {out:?}").into());
    }
    Ok(())
}

fn open_raises_oserror(target: &QemuTarget) -> Result<(), Failed> {
    let mut m = start(target)?;
    let (out, err) = exec(
        &mut m,
        "try:\n    open('x.txt')\nexcept OSError as e:\n    print('OSError')\nimport sys\nprint(sys.platform)",
    )?;
    if out != format!("OSError\n{}\n", target.board.name) {
        return Err(format!("{out:?} {err:?}").into());
    }
    Ok(())
}

const MPREMOTE_TRIAL: &str = "mpremote_exec_through_a_pty";

/// Whether `mpremote` runs (it is on PATH); the trial is ignored, with the
/// reason, when not.
fn mpremote_installed() -> bool {
    static MPREMOTE: OnceLock<bool> = OnceLock::new();
    *MPREMOTE.get_or_init(|| {
        Command::new("mpremote")
            .arg("--help")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// mpremote (a client nobody here wrote) runs `print(1+1)` on the board
/// through a pseudo-terminal, as it would through a USB serial port.
fn mpremote_exec(target: &QemuTarget) -> Result<(), Failed> {
    let mut command = target.board.qemu_command_serial(&target.elf, "pty");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let result = (|| {
        // QEMU names the pty on its stdout: "char device redirected to
        // /dev/pts/N (label serial0)". Read on a thread, so that a QEMU that
        // says nothing cannot block the trial.
        let mut pipe = child.stdout.take().ok_or("no stdout")?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut said = Vec::new();
            let mut byte = [0u8; 1];
            while !said.ends_with(b"\n") {
                match pipe.read(&mut byte) {
                    Ok(1) => said.push(byte[0]),
                    _ => break,
                }
            }
            let _ = tx.send(String::from_utf8_lossy(&said).into_owned());
            // Keep draining (QEMU may say more), until QEMU ends.
            let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        });
        let text = rx
            .recv_timeout(REPLY)
            .map_err(|_| "QEMU did not name its pty".to_string())?;
        let pty = text
            .split_whitespace()
            .find(|w| w.starts_with("/dev/pts/"))
            .ok_or_else(|| format!("QEMU named no pty: {text:?}"))?
            .to_string();
        let mut client = Command::new("mpremote")
            .args(["connect", &pty, "exec", "print(1+1)"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        // A hang guard, not a timing check: mpremote that never ends is
        // killed, and the trial fails with what it printed.
        let give_up = Instant::now() + Duration::from_secs(120);
        while client.try_wait().map_err(|e| e.to_string())?.is_none() {
            if Instant::now() > give_up {
                let _ = client.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let out = client.wait_with_output().map_err(|e| e.to_string())?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() && stdout.trim_end() == "2" {
            Ok(())
        } else {
            Err(format!(
                "mpremote: {} {stdout:?} {:?}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    })();
    let _ = child.kill();
    let _ = child.wait();
    result.map_err(Failed::from)
}
