//! Helpers the unix port's modules (uos, uselect, usocket) share: errno
//! conversion, integer and file-descriptor arguments, and waiting on a
//! descriptor with Ctrl-C still working.

use pycopy_core::objects::Object;
use pycopy_core::value::Value;
use pycopy_core::vm::ops::Num;
use pycopy_core::vm::{ExcKind, PyErr, PyResult, PENDING_INTERRUPT};
use pycopy_core::Vm;
use std::ffi::{CString, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// The calling thread's errno.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// OSError(errno) for the last failed libc call.
pub fn last_os_error(vm: &mut Vm) -> PyErr {
    let e = last_errno();
    vm.os_error(e as i64)
}

/// OSError(errno) for a std I/O error (EIO when it carries no errno).
pub fn io_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    let n = match e.raw_os_error() {
        Some(n) => n,
        None if e.kind() == std::io::ErrorKind::InvalidInput => libc::EINVAL,
        None => libc::EIO,
    };
    vm.os_error(n as i64)
}

/// An integer argument (int, bool or an object with `__index__`); ints
/// beyond 64 bits are OverflowError, as CPython's C conversions say.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.as_int_num(v) {
        Some(Num::Int(i)) => Ok(i),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C long")),
        None => vm.to_index(v),
    }
}

/// An integer argument that must fit a C int.
pub fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let i = int_arg(vm, v)?;
    i32::try_from(i).map_err(|_| {
        let msg = if i < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        };
        vm.overflow_error(msg)
    })
}

/// An optional C int argument, with `default` when absent or None.
pub fn c_int_arg_or(vm: &mut Vm, v: Option<Value>, default: i32) -> PyResult<i32> {
    match v.filter(|v| !v.is_none()) {
        Some(v) => c_int_arg(vm, v),
        None => Ok(default),
    }
}

/// KeyboardInterrupt if Ctrl-C was pressed (and clear the request).
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if PENDING_INTERRUPT.swap(false, Ordering::Relaxed) {
        return Err(vm.new_error_no_msg(ExcKind::KeyboardInterrupt));
    }
    Ok(())
}

/// How long one poll(2) call may sleep before Ctrl-C is looked at again:
/// SIGINT is delivered to the main thread, not to the interpreter's, so
/// it cannot interrupt the call itself.
const SLICE_MS: u64 = 50;

/// poll(2) on `fds` until at least one is ready, the timeout passes (None:
/// no timeout) or Ctrl-C is pressed (KeyboardInterrupt). Returns the
/// number of ready descriptors (0 on timeout).
pub fn poll_fds(
    vm: &mut Vm,
    fds: &mut [libc::pollfd],
    timeout: Option<Duration>,
) -> PyResult<usize> {
    let deadline = timeout.map(|t| Instant::now().checked_add(t));
    // Input the port has already read from descriptor 0 is waiting even
    // though poll(2) can't see it.
    let wants_stdin = |p: &libc::pollfd| p.fd == 0 && p.events & libc::POLLIN != 0;
    if fds.iter().any(wants_stdin) && vm.port.stdin_ready() {
        // SAFETY: as below; no waiting.
        unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 0) };
        // Nothing seen on the descriptor itself: the bytes are buffered.
        for p in fds.iter_mut().filter(|p| wants_stdin(p) && p.revents == 0) {
            p.revents = libc::POLLIN;
        }
        return Ok(fds.iter().filter(|p| p.revents != 0).count());
    }
    loop {
        check_interrupt(vm)?;
        let slice = match deadline {
            None | Some(None) => SLICE_MS,
            Some(Some(d)) => {
                let left = d.saturating_duration_since(Instant::now());
                // Round up so a sub-millisecond rest still waits.
                let ms = left.as_micros().div_ceil(1000);
                ms.min(SLICE_MS as u128) as u64
            }
        };
        // SAFETY: `fds` is a valid, exclusively borrowed array of pollfd
        // of the length passed.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, slice as i32) };
        if n > 0 {
            return Ok(n as usize);
        }
        if n < 0 {
            let e = last_errno();
            if e != libc::EINTR {
                return Err(vm.os_error(e as i64));
            }
            continue;
        }
        if let Some(Some(d)) = deadline {
            if Instant::now() >= d {
                return Ok(0);
            }
        }
    }
}

/// Wait until `fd` has one of `events` (or an error/hangup); false on
/// timeout.
pub fn wait_fd(vm: &mut Vm, fd: i32, events: i16, timeout: Option<Duration>) -> PyResult<bool> {
    let mut p = [libc::pollfd {
        fd,
        events,
        revents: 0,
    }];
    Ok(poll_fds(vm, &mut p, timeout)? > 0)
}

/// A timeout in seconds (int or float, >= 0) as a Duration; None for None
/// and for timeouts too long to represent (as good as none).
/// `negative_msg` is the ValueError's message for a negative timeout.
pub fn seconds_arg(vm: &mut Vm, v: Value, negative_msg: &str) -> PyResult<Option<Duration>> {
    if v.is_none() {
        return Ok(None);
    }
    let secs = match vm.as_number(v) {
        Some(Num::Float(f)) => f,
        Some(Num::Int(i)) => i as f64,
        Some(Num::Big(_)) => {
            return Err(vm.overflow_error("timeout doesn't fit into C timeval"));
        }
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                t
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error(negative_msg));
    }
    // Far-future timeouts are as good as none.
    Ok(Duration::try_from_secs_f64(secs).ok())
}

/// The file descriptor behind `v`: an int, or the result of its
/// fileno() method (sockets, sys.stdin, files).
pub fn fd_of(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let fd_val = if vm.as_int_num(v).is_some() {
        v
    } else if let Some(fd) = crate::usocket::socket_fd(vm, v) {
        Value::int(fd as i64)
    } else {
        let q = vm.intern("fileno");
        match vm.call_method_opt(v, q, &[])? {
            Some(r) => r,
            None => {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."))
            }
        }
    };
    let fd = match vm.as_int_num(fd_val) {
        Some(Num::Int(i)) => i,
        Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => return Err(vm.type_error("fileno() returned a non-integer")),
    };
    if fd < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({})",
            fd
        )));
    }
    i32::try_from(fd).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// A path argument: str, or bytes (then `true`: results are bytes too).
pub fn path_arg(vm: &mut Vm, v: Value) -> PyResult<(PathBuf, bool)> {
    let (p, is_bytes): (PathBuf, bool) = if let Some(s) = vm.str_of(v) {
        (PathBuf::from(s), false)
    } else if let Some(Object::Bytes(b)) = vm.obj(v) {
        (PathBuf::from(OsStr::from_bytes(&b.data)), true)
    } else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            t
        )));
    };
    if p.as_os_str().as_bytes().contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok((p, is_bytes))
}

/// A path as a C string (path_arg has ruled out NUL bytes).
pub fn cpath(vm: &mut Vm, p: &Path) -> PyResult<CString> {
    CString::new(p.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))
}

/// A host name or path as a Python str (or bytes when `as_bytes`).
pub fn os_str_value(vm: &mut Vm, s: &OsStr, as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        vm.new_bytes(s.as_bytes().to_vec())
    } else {
        vm.new_string(s.to_string_lossy().into_owned())
    }
}

/// A str (without NUL bytes, which the callers ruled out) as a C string.
pub fn cstring(vm: &mut Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.value_error("embedded null byte"))
}
