//! usocket (`socket`) for the unix port, on libc sockets, so a socket's
//! descriptor works with uselect.
//!
//! Descriptors are always non-blocking underneath; a blocking socket or
//! one with a timeout waits in poll(2) (in slices, so Ctrl-C works) and
//! retries, as CPython does. A timeout expiring raises OSError(ETIMEDOUT)
//! and a non-blocking socket that would block OSError(EAGAIN), as in
//! Pycopy (CPython: TimeoutError('timed out') and BlockingIOError).
//!
//! Addresses: (host, port) for AF_INET, (host, port[, flowinfo[,
//! scope_id]]) for AF_INET6, a str or bytes path for AF_UNIX; that is
//! what getaddrinfo(), accept(), recvfrom(), getsockname() and
//! getpeername() return, so programs work unchanged on CPython. A raw
//! `struct sockaddr` as bytes (what Pycopy's unix getaddrinfo returns) is
//! accepted too by bind/connect/sendto on AF_INET/AF_INET6 sockets.
//!
//! Sockets are also streams, as in Pycopy: read/readinto/readline/write,
//! and makefile() returns the socket itself.

use crate::unixutil::{
    c_int_arg, c_int_arg_or, check_interrupt, int_arg, last_errno, seconds_arg, wait_fd,
};
use pycopy_core::heap::ObjRef;
use pycopy_core::modules::{
    add_functions, bind_args, native_get, native_mut, native_ref, new_native_type, writable_len,
    write_into,
};
use pycopy_core::objects::native::{KwArgs, NativeFunc};
use pycopy_core::objects::type_::BaseKind;
use pycopy_core::objects::{NativeObject, Object};
use pycopy_core::value::Value;
use pycopy_core::vm::{ExcKind, ModuleDef, PyErr, PyResult, Vm};
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};
use std::time::{Duration, Instant};

const SOCKET: &str = "usocket.socket";

/// How much read()/readline() ask the kernel for at a time.
const CHUNK: usize = 4096;

pub struct SocketObj {
    ty: ObjRef,
    /// -1 once closed.
    fd: i32,
    family: i32,
    stype: i32,
    proto: i32,
    /// None: blocking; Some(0.0): non-blocking; else seconds.
    timeout: Option<f64>,
}

impl NativeObject for SocketObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    pycopy_core::native_any!();
}

impl Drop for SocketObj {
    /// A socket the program dropped without closing is closed when the GC
    /// frees it.
    fn drop(&mut self) {
        if self.fd >= 0 {
            // SAFETY: the descriptor belongs to this object alone.
            unsafe { libc::close(self.fd) };
        }
    }
}

/// What the socket calls need to know about a socket.
#[derive(Clone, Copy)]
struct Info {
    fd: i32,
    family: i32,
    stype: i32,
    timeout: Option<f64>,
}

/// The descriptor of `v` if it is a socket (-1 if closed).
pub fn socket_fd(vm: &Vm, v: Value) -> Option<i32> {
    let r = native_ref::<SocketObj>(vm, v)?;
    native_get::<SocketObj>(vm, r).map(|s| s.fd)
}

fn sock_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<SocketObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'socket' object, not '{}'",
                t
            )))
        }
    }
}

/// `self` as an open socket (OSError(EBADF) once closed).
fn open_sock(vm: &mut Vm, v: Value) -> PyResult<Info> {
    let r = sock_ref(vm, v)?;
    match native_get::<SocketObj>(vm, r) {
        Some(s) if s.fd >= 0 => Ok(Info {
            fd: s.fd,
            family: s.family,
            stype: s.stype,
            timeout: s.timeout,
        }),
        _ => Err(vm.os_error(libc::EBADF as i64)),
    }
}

fn timeout_error(vm: &mut Vm) -> PyErr {
    vm.os_error(libc::ETIMEDOUT as i64)
}

/// The moment a socket operation started now must end by (None: never).
fn deadline(timeout: Option<f64>) -> Option<Instant> {
    let t = timeout.filter(|t| *t > 0.0)?;
    let d = Duration::try_from_secs_f64(t).ok()?;
    Instant::now().checked_add(d)
}

/// Run a socket call until it completes: while it would block, wait for
/// `events` (until the socket's timeout), unless the socket is
/// non-blocking.
fn retry(vm: &mut Vm, s: &Info, events: i16, mut op: impl FnMut(i32) -> isize) -> PyResult<isize> {
    let end = deadline(s.timeout);
    loop {
        let r = op(s.fd);
        if r >= 0 {
            return Ok(r);
        }
        let e = last_errno();
        if e == libc::EINTR {
            check_interrupt(vm)?;
            continue;
        }
        if e != libc::EAGAIN && e != libc::EWOULDBLOCK {
            return Err(vm.os_error(e as i64));
        }
        if s.timeout == Some(0.0) {
            return Err(vm.os_error(libc::EAGAIN as i64));
        }
        let left = end.map(|d| d.saturating_duration_since(Instant::now()));
        if !wait_fd(vm, s.fd, events, left)? {
            return Err(timeout_error(vm));
        }
    }
}

/// Like `retry`, but a non-blocking socket that would block gives
/// Ok(None) (the stream methods return None then).
fn retry_stream(
    vm: &mut Vm,
    s: &Info,
    events: i16,
    op: impl FnMut(i32) -> isize,
) -> PyResult<Option<isize>> {
    match retry(vm, s, events, op) {
        Ok(n) => Ok(Some(n)),
        Err(e) if s.timeout == Some(0.0) && is_errno(vm, e.0, libc::EAGAIN) => Ok(None),
        Err(e) => Err(e),
    }
}

fn is_errno(vm: &mut Vm, exc: Value, errno: i32) -> bool {
    if !vm.exception_is(exc, ExcKind::OSError) {
        return false;
    }
    let q = vm.intern("errno");
    matches!(vm.getattr(exc, q), Ok(v) if v.as_int() == Some(errno as i64))
}

// ===================== addresses =====================

/// A socket address in C form.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn new() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain data; all-zero is valid.
            storage: unsafe { zeroed() },
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }
    fn ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }
    fn ptr_mut(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

/// The error getaddrinfo() reports: OSError(errno) for EAI_SYSTEM, else
/// OSError(EAI_* code) (CPython's gaierror has the same args[0]).
fn gai_error(vm: &mut Vm, code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        let e = last_errno();
        return vm.os_error(e as i64);
    }
    vm.os_error(code as i64)
}

/// getaddrinfo(3) wrapper: (family, type, proto, canonname, address).
type AddrInfo = (i32, i32, i32, Option<String>, SockAddr);

fn lookup(
    vm: &mut Vm,
    host: Option<&CStr>,
    port: Option<&CStr>,
    hints: &libc::addrinfo,
) -> PyResult<Vec<AddrInfo>> {
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: host/port are NUL-terminated or null, hints is a valid
    // addrinfo, res receives a list we free below.
    let rc = unsafe {
        libc::getaddrinfo(
            host.map_or(std::ptr::null(), |h| h.as_ptr()),
            port.map_or(std::ptr::null(), |p| p.as_ptr()),
            hints,
            &mut res,
        )
    };
    if rc != 0 {
        return Err(gai_error(vm, rc));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p walks the list getaddrinfo returned, still allocated.
        let ai = unsafe { &*p };
        let mut sa = SockAddr::new();
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        if !ai.ai_addr.is_null() {
            // SAFETY: ai_addr points to ai_addrlen bytes; n is bounded by
            // both buffers.
            unsafe {
                std::ptr::copy_nonoverlapping(ai.ai_addr.cast::<u8>(), sa.ptr_mut().cast::<u8>(), n)
            };
        }
        sa.len = n as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() {
            None
        } else {
            // SAFETY: a non-null ai_canonname is a NUL-terminated string.
            Some(
                unsafe { CStr::from_ptr(ai.ai_canonname) }
                    .to_string_lossy()
                    .into_owned(),
            )
        };
        out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, canon, sa));
        p = ai.ai_next;
    }
    // SAFETY: res came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

fn c_string(vm: &mut Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.value_error("embedded null character"))
}

/// The host part of an address tuple: a str (or bytes).
fn host_str(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    if let Some(s) = vm.str_of(v) {
        return Ok(String::from(s));
    }
    if let Some(Object::Bytes(b)) = vm.obj(v) {
        return Ok(String::from_utf8_lossy(&b.data).into_owned());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "{}(): str, bytes or bytearray expected, not {}",
        fname, t
    )))
}

/// Resolve a host of an AF_INET/AF_INET6 address: "" is the wildcard,
/// "<broadcast>" the broadcast address, numeric forms are parsed, names
/// are looked up.
fn resolve_host(vm: &mut Vm, host: &str, family: i32, sa: &mut SockAddr) -> PyResult<()> {
    if family == libc::AF_INET {
        // SAFETY: sockaddr_storage is big and aligned enough for sockaddr_in.
        let sin = unsafe { &mut *(sa.ptr_mut() as *mut libc::sockaddr_in) };
        match host {
            "" => sin.sin_addr.s_addr = libc::INADDR_ANY.to_be(),
            "<broadcast>" => sin.sin_addr.s_addr = libc::INADDR_BROADCAST.to_be(),
            _ => {
                if let Ok(ip) = host.parse::<std::net::Ipv4Addr>() {
                    sin.sin_addr.s_addr = u32::from(ip).to_be();
                    return Ok(());
                }
                let found = resolve_name(vm, host, family)?;
                // SAFETY: the lookup asked for AF_INET addresses.
                let f = unsafe { &*(found.ptr() as *const libc::sockaddr_in) };
                sin.sin_addr = f.sin_addr;
            }
        }
    } else {
        // SAFETY: as above, for sockaddr_in6.
        let sin6 = unsafe { &mut *(sa.ptr_mut() as *mut libc::sockaddr_in6) };
        if host.is_empty() {
            sin6.sin6_addr.s6_addr = [0; 16];
            return Ok(());
        }
        if let Ok(ip) = host.parse::<std::net::Ipv6Addr>() {
            sin6.sin6_addr.s6_addr = ip.octets();
            return Ok(());
        }
        let found = resolve_name(vm, host, family)?;
        // SAFETY: the lookup asked for AF_INET6 addresses.
        let f = unsafe { &*(found.ptr() as *const libc::sockaddr_in6) };
        sin6.sin6_addr = f.sin6_addr;
    }
    Ok(())
}

fn resolve_name(vm: &mut Vm, host: &str, family: i32) -> PyResult<SockAddr> {
    let c = c_string(vm, host)?;
    // SAFETY: addrinfo is plain data; zero means "no constraint".
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    let found = lookup(vm, Some(&c), None, &hints)?;
    let addr = found.into_iter().find(|a| a.0 == family).map(|a| a.4);
    addr.ok_or_else(|| gai_error(vm, libc::EAI_NONAME))
}

fn port_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<u16> {
    let p = match vm.as_int_num(v) {
        Some(pycopy_core::vm::ops::Num::Int(i)) => i,
        Some(_) => -1,
        None => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                t
            )));
        }
    };
    u16::try_from(p).map_err(|_| vm.overflow_error(format!("{}(): port must be 0-65535.", fname)))
}

/// Python address -> C address, for a socket of `family`.
fn sockaddr_from(vm: &mut Vm, family: i32, addr: Value, fname: &str) -> PyResult<SockAddr> {
    let mut sa = SockAddr::new();
    // Pycopy's raw sockaddr bytes.
    if family != libc::AF_UNIX {
        if let Some(Object::Bytes(b)) = vm.obj(addr) {
            let data = b.data.clone();
            if data.len() < 2 || data.len() > size_of::<libc::sockaddr_storage>() {
                return Err(vm.os_error(libc::EINVAL as i64));
            }
            // SAFETY: data fits in the storage (checked above).
            unsafe {
                std::ptr::copy_nonoverlapping(data.as_ptr(), sa.ptr_mut().cast::<u8>(), data.len())
            };
            sa.len = data.len() as libc::socklen_t;
            return Ok(sa);
        }
    }
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let fam_name = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Some(items) = vm.tuple_items(addr).map(|t| t.to_vec()) else {
                let t = vm.type_name(addr);
                return Err(vm.type_error(format!(
                    "{}(): {} address must be tuple, not {}",
                    fname, fam_name, t
                )));
            };
            let ok_len = if family == libc::AF_INET {
                items.len() == 2
            } else {
                (2..=4).contains(&items.len())
            };
            if !ok_len {
                let msg = if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)"
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                };
                return Err(vm.type_error(msg));
            }
            let host = host_str(vm, items[0], fname)?;
            let port = port_arg(vm, items[1], fname)?;
            if family == libc::AF_INET {
                sa.storage.ss_family = libc::AF_INET as libc::sa_family_t;
                // SAFETY: the storage holds a sockaddr_in.
                let sin = unsafe { &mut *(sa.ptr_mut() as *mut libc::sockaddr_in) };
                sin.sin_port = port.to_be();
                sa.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
            } else {
                let flow = match items.get(2) {
                    Some(v) => int_arg(vm, *v)?,
                    None => 0,
                };
                let scope = match items.get(3) {
                    Some(v) => int_arg(vm, *v)?,
                    None => 0,
                };
                let flow = u32::try_from(flow).map_err(|_| {
                    vm.overflow_error(format!("{}(): flowinfo must be 0-1048575.", fname))
                })?;
                if flow > 0xfffff {
                    return Err(
                        vm.overflow_error(format!("{}(): flowinfo must be 0-1048575.", fname))
                    );
                }
                let scope =
                    u32::try_from(scope).map_err(|_| vm.overflow_error("scope_id out of range"))?;
                sa.storage.ss_family = libc::AF_INET6 as libc::sa_family_t;
                // SAFETY: the storage holds a sockaddr_in6.
                let sin6 = unsafe { &mut *(sa.ptr_mut() as *mut libc::sockaddr_in6) };
                sin6.sin6_port = port.to_be();
                sin6.sin6_flowinfo = flow.to_be();
                sin6.sin6_scope_id = scope;
                sa.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            }
            resolve_host(vm, &host, family, &mut sa)?;
            Ok(sa)
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = if let Some(s) = vm.str_of(addr) {
                s.as_bytes().to_vec()
            } else if let Some(b) = vm.bytes_of(addr) {
                b.to_vec()
            } else {
                let t = vm.type_name(addr);
                return Err(vm.type_error(format!(
                    "{}(): a bytes-like object is required, not '{}'",
                    fname, t
                )));
            };
            // SAFETY: the storage holds a sockaddr_un.
            let sun = unsafe { &mut *(sa.ptr_mut() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(vm.os_error(libc::ENAMETOOLONG as i64));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            // An abstract address (leading NUL) has no terminator.
            let extra = if path.first() == Some(&0) { 0 } else { 1 };
            sa.len = (base + path.len() + extra) as libc::socklen_t;
            Ok(sa)
        }
        _ => Err(vm.os_error(libc::EAFNOSUPPORT as i64)),
    }
}

/// C address -> Python address.
fn sockaddr_to(vm: &mut Vm, sa: &SockAddr) -> PyResult<Value> {
    match sa.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(sa.ptr() as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            let host = vm.new_string(ip.to_string())?;
            vm.new_tuple(vec![host, Value::int(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(sa.ptr() as *const libc::sockaddr_in6) };
            let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            let host = vm.new_string(ip.to_string())?;
            vm.new_tuple(vec![
                host,
                Value::int(u16::from_be(sin6.sin6_port) as i64),
                Value::int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(sa.ptr() as *const libc::sockaddr_un) };
            let base = size_of::<libc::sa_family_t>();
            let n = (sa.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                // Abstract namespace: bytes, as CPython returns it.
                return vm.new_bytes(raw);
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            vm.new_string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => {
            let n = (sa.len as usize).min(size_of::<libc::sockaddr_storage>());
            // SAFETY: the storage is at least n bytes long.
            let raw = unsafe { std::slice::from_raw_parts(sa.ptr().cast::<u8>(), n) }.to_vec();
            vm.new_bytes(raw)
        }
    }
}

// ===================== socket objects =====================

fn new_socket(
    vm: &mut Vm,
    cls: Option<Value>,
    fd: i32,
    family: i32,
    stype: i32,
    proto: i32,
    timeout: Option<f64>,
) -> PyResult<Value> {
    let ty = match vm.native_type_or_err(SOCKET) {
        Ok(t) => t,
        Err(e) => {
            // SAFETY: the descriptor isn't owned by anything yet.
            unsafe { libc::close(fd) };
            return Err(e);
        }
    };
    let obj = SocketObj {
        ty,
        fd,
        family,
        stype,
        proto,
        timeout,
    };
    // On failure the object is dropped, which closes the descriptor.
    let r = vm.alloc(Object::Native(Box::new(obj)))?;
    match cls {
        Some(c) => vm.wrap_native(c, Value::obj(r), ty),
        None => Ok(Value::obj(r)),
    }
}

/// Run a call that creates descriptors; when the process has run out of
/// them, collect garbage (which closes the sockets the program dropped
/// without closing) and try once more.
fn fd_retry(vm: &mut Vm, mut f: impl FnMut() -> i32) -> i32 {
    let r = f();
    if r < 0 && matches!(last_errno(), libc::EMFILE | libc::ENFILE) {
        vm.collect();
        return f();
    }
    r
}

/// Split SOCK_NONBLOCK/SOCK_CLOEXEC off a type argument.
fn split_type(stype: i32) -> (i32, bool) {
    (
        stype & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC),
        stype & libc::SOCK_NONBLOCK != 0,
    )
}

/// socket(family=AF_INET, type=SOCK_STREAM, proto=0).
fn socket_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [family, stype, proto] = bind_args(
        vm,
        "socket",
        ["family", "type", "proto"],
        &args[1..],
        kwargs,
    )?;
    let family = c_int_arg_or(vm, family, libc::AF_INET)?;
    let stype = c_int_arg_or(vm, stype, libc::SOCK_STREAM)?;
    let proto = c_int_arg_or(vm, proto, 0)?;
    let fd = fd_retry(vm, || {
        // SAFETY: plain socket(2) call.
        unsafe {
            libc::socket(
                family,
                stype | libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK,
                proto,
            )
        }
    });
    if fd < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    let (stype, nonblock) = split_type(stype);
    let timeout = if nonblock { Some(0.0) } else { None };
    new_socket(vm, Some(args[0]), fd, family, stype, proto, timeout)
}

/// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0): two connected
/// sockets.
fn usocket_socketpair(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [family, stype, proto] =
        bind_args(vm, "socketpair", ["family", "type", "proto"], args, kwargs)?;
    let family = c_int_arg_or(vm, family, libc::AF_UNIX)?;
    let stype = c_int_arg_or(vm, stype, libc::SOCK_STREAM)?;
    let proto = c_int_arg_or(vm, proto, 0)?;
    let mut fds = [0i32; 2];
    let rc = fd_retry(vm, || {
        // SAFETY: fds has room for the two descriptors.
        unsafe {
            libc::socketpair(
                family,
                stype | libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK,
                proto,
                fds.as_mut_ptr(),
            )
        }
    });
    if rc < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    let (stype, nonblock) = split_type(stype);
    let timeout = if nonblock { Some(0.0) } else { None };
    let a = match new_socket(vm, None, fds[0], family, stype, proto, timeout) {
        Ok(a) => a,
        Err(e) => {
            // SAFETY: the second descriptor isn't owned by anything yet.
            unsafe { libc::close(fds[1]) };
            return Err(e);
        }
    };
    let b = new_socket(vm, None, fds[1], family, stype, proto, timeout)?;
    vm.new_tuple(vec![a, b])
}

fn sock_close(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = sock_ref(vm, args[0])?;
    let fd = match native_mut::<SocketObj>(vm, r) {
        Some(s) => std::mem::replace(&mut s.fd, -1),
        None => -1,
    };
    if fd >= 0 {
        // SAFETY: the descriptor was this socket's; it is forgotten first.
        unsafe { libc::close(fd) };
    }
    Ok(Value::NONE)
}

fn sock_fileno(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = sock_ref(vm, args[0])?;
    Ok(Value::int(
        native_get::<SocketObj>(vm, r).map_or(-1, |s| s.fd) as i64,
    ))
}

fn sock_bind(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let sa = sockaddr_from(vm, s.family, args[1], "bind")?;
    // SAFETY: sa holds sa.len bytes of address.
    if unsafe { libc::bind(s.fd, sa.ptr(), sa.len) } < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    Ok(Value::NONE)
}

/// listen([backlog]): the default backlog is CPython's (128 at most).
fn sock_listen(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let backlog = match args.get(1) {
        Some(v) => c_int_arg(vm, *v)?.max(0),
        None => 128,
    };
    // SAFETY: plain listen(2) call.
    if unsafe { libc::listen(s.fd, backlog) } < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    Ok(Value::NONE)
}

/// accept() -> (socket, address); the new socket is blocking.
fn sock_accept(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let proto = native_ref::<SocketObj>(vm, args[0])
        .and_then(|r| native_get::<SocketObj>(vm, r))
        .map_or(0, |o| o.proto);
    let mut sa = SockAddr::new();
    let mut op = |fd| {
        sa.len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: sa is a writable sockaddr_storage with its size in len.
        unsafe {
            libc::accept4(
                fd,
                sa.ptr_mut(),
                &mut sa.len,
                libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK,
            ) as isize
        }
    };
    let fd = match retry(vm, &s, libc::POLLIN, &mut op) {
        // Out of descriptors: free the sockets the program dropped.
        Err(e) if is_errno(vm, e.0, libc::EMFILE) || is_errno(vm, e.0, libc::ENFILE) => {
            vm.collect();
            retry(vm, &s, libc::POLLIN, &mut op)?
        }
        r => r?,
    } as i32;
    let conn = new_socket(vm, None, fd, s.family, s.stype, proto, None)?;
    let addr = sockaddr_to(vm, &sa)?;
    vm.new_tuple(vec![conn, addr])
}

/// connect(address): a non-blocking connect in progress is waited for
/// (until the timeout) and its outcome read from SO_ERROR.
fn sock_connect(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let sa = sockaddr_from(vm, s.family, args[1], "connect")?;
    loop {
        // SAFETY: sa holds sa.len bytes of address.
        if unsafe { libc::connect(s.fd, sa.ptr(), sa.len) } == 0 {
            return Ok(Value::NONE);
        }
        let e = last_errno();
        if e == libc::EINTR {
            check_interrupt(vm)?;
            continue;
        }
        if e != libc::EINPROGRESS || s.timeout == Some(0.0) {
            return Err(vm.os_error(e as i64));
        }
        break;
    }
    let end = deadline(s.timeout);
    let left = end.map(|d| d.saturating_duration_since(Instant::now()));
    if !wait_fd(vm, s.fd, libc::POLLOUT, left)? {
        return Err(timeout_error(vm));
    }
    let err = getsockopt_int(s.fd, libc::SOL_SOCKET, libc::SO_ERROR).unwrap_or(libc::EIO);
    if err != 0 {
        return Err(vm.os_error(err as i64));
    }
    Ok(Value::NONE)
}

fn getsockopt_int(fd: i32, level: i32, opt: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: v is a writable c_int with its size in len.
    let rc = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            (&mut v as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if rc < 0 {
        Err(last_errno())
    } else {
        Ok(v)
    }
}

/// The bytes of a bytes-like argument (not str).
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if !vm.is_str(v) {
        if let Some(b) = vm.bytes_of(v) {
            return Ok(b.to_vec());
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => c_int_arg(vm, *v),
        None => Ok(0),
    }
}

fn send_once(vm: &mut Vm, s: &Info, data: &[u8], flags: i32) -> PyResult<usize> {
    let n = retry(vm, s, libc::POLLOUT, |fd| {
        // SAFETY: data is a valid buffer of the given length.
        unsafe {
            libc::send(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        }
    })?;
    Ok(n as usize)
}

/// send(bytes[, flags]) -> number of bytes sent.
fn sock_send(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    let n = send_once(vm, &s, &data, flags)?;
    Ok(Value::int(n as i64))
}

/// sendall(bytes[, flags]): send until everything went.
fn sock_sendall(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    let mut off = 0;
    while off < data.len() {
        off += send_once(vm, &s, &data[off..], flags)?;
    }
    Ok(Value::NONE)
}

/// sendto(bytes[, flags], address).
fn sock_sendto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    let (flags, addr) = if args.len() == 4 {
        (flags_arg(vm, Some(&args[2]))?, args[3])
    } else {
        (0, args[2])
    };
    let sa = sockaddr_from(vm, s.family, addr, "sendto")?;
    let n = retry(vm, &s, libc::POLLOUT, |fd| {
        // SAFETY: data and sa are valid for the lengths passed.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                sa.ptr(),
                sa.len,
            )
        }
    })?;
    Ok(Value::int(n as i64))
}

/// A buffer size argument: negative is ValueError, huge is MemoryError.
fn bufsize_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<usize> {
    let n = int_arg(vm, v)?;
    if n < 0 {
        return Err(vm.value_error(format!("negative buffersize in {}", fname)));
    }
    let n = usize::try_from(n).map_err(|_| vm.out_of_memory())?;
    vm.reserve(n)?;
    Ok(n)
}

fn recv_into_vec(
    vm: &mut Vm,
    s: &Info,
    n: usize,
    flags: i32,
    mut addr: Option<&mut SockAddr>,
) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let got = retry(vm, s, libc::POLLIN, |fd| {
        // SAFETY: buf is writable for its length; addr (if any) is a
        // writable sockaddr_storage with its size in len.
        unsafe {
            match addr.as_deref_mut() {
                Some(sa) => {
                    sa.len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
                    libc::recvfrom(
                        fd,
                        buf.as_mut_ptr().cast(),
                        buf.len(),
                        flags,
                        sa.ptr_mut(),
                        &mut sa.len,
                    )
                }
                None => libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags),
            }
        }
    })?;
    buf.truncate(got as usize);
    Ok(buf)
}

/// recv(bufsize[, flags]) -> bytes (empty at the end of the stream).
fn sock_recv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let n = bufsize_arg(vm, args[1], "recv")?;
    let flags = flags_arg(vm, args.get(2))?;
    let data = recv_into_vec(vm, &s, n, flags, None)?;
    vm.new_bytes(data)
}

/// recvfrom(bufsize[, flags]) -> (bytes, address).
fn sock_recvfrom(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let n = bufsize_arg(vm, args[1], "recvfrom")?;
    let flags = flags_arg(vm, args.get(2))?;
    let mut sa = SockAddr::new();
    let data = recv_into_vec(vm, &s, n, flags, Some(&mut sa))?;
    let data = vm.new_bytes(data)?;
    // A connected stream socket reports no address.
    let addr = if sa.len == 0 {
        Value::NONE
    } else {
        sockaddr_to(vm, &sa)?
    };
    vm.new_tuple(vec![data, addr])
}

/// recv_into(buffer[, nbytes[, flags]]) -> number of bytes received.
fn sock_recv_into(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let cap = writable_len(vm, args[1])?;
    let n = match args.get(2) {
        Some(v) => {
            let n = int_arg(vm, *v)?;
            if n < 0 {
                return Err(vm.value_error("negative buffersize in recv_into"));
            }
            if n as u64 > cap as u64 {
                return Err(vm.value_error("buffer too small for requested bytes"));
            }
            if n == 0 {
                cap
            } else {
                n as usize
            }
        }
        None => cap,
    };
    let flags = flags_arg(vm, args.get(3))?;
    let data = recv_into_vec(vm, &s, n, flags, None)?;
    write_into(vm, args[1], &data);
    Ok(Value::int(data.len() as i64))
}

fn sock_shutdown(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let how = c_int_arg(vm, args[1])?;
    // SAFETY: plain shutdown(2) call.
    if unsafe { libc::shutdown(s.fd, how) } < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    Ok(Value::NONE)
}

fn name_call(
    vm: &mut Vm,
    v: Value,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let s = open_sock(vm, v)?;
    let mut sa = SockAddr::new();
    // SAFETY: sa is a writable sockaddr_storage with its size in len.
    if unsafe { f(s.fd, sa.ptr_mut(), &mut sa.len) } < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    sockaddr_to(vm, &sa)
}

fn sock_getsockname(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    name_call(vm, args[0], libc::getsockname)
}

fn sock_getpeername(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    name_call(vm, args[0], libc::getpeername)
}

/// setsockopt(level, optname, value): value is an int or a bytes-like
/// object.
fn sock_setsockopt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let level = c_int_arg(vm, args[1])?;
    let opt = c_int_arg(vm, args[2])?;
    let raw: Vec<u8> = if vm.as_int_num(args[3]).is_some() {
        c_int_arg(vm, args[3])?.to_ne_bytes().to_vec()
    } else if let (false, Some(b)) = (vm.is_str(args[3]), vm.bytes_of(args[3])) {
        b.to_vec()
    } else {
        let t = vm.type_name(args[3]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
    };
    // SAFETY: raw is a valid buffer of the given length.
    let rc = unsafe {
        libc::setsockopt(
            s.fd,
            level,
            opt,
            raw.as_ptr().cast(),
            raw.len() as libc::socklen_t,
        )
    };
    if rc < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    Ok(Value::NONE)
}

/// getsockopt(level, optname[, buflen]): an int, or bytes of at most
/// buflen bytes.
fn sock_getsockopt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let level = c_int_arg(vm, args[1])?;
    let opt = c_int_arg(vm, args[2])?;
    let Some(b) = args.get(3) else {
        return match getsockopt_int(s.fd, level, opt) {
            Ok(v) => Ok(Value::int(v as i64)),
            Err(e) => Err(vm.os_error(e as i64)),
        };
    };
    let n = int_arg(vm, *b)?;
    if !(1..=1024).contains(&n) {
        return Err(vm.os_error(libc::EINVAL as i64));
    }
    let mut buf = vec![0u8; n as usize];
    let mut len = n as libc::socklen_t;
    // SAFETY: buf is writable for len bytes.
    let rc = unsafe { libc::getsockopt(s.fd, level, opt, buf.as_mut_ptr().cast(), &mut len) };
    if rc < 0 {
        let e = last_errno();
        return Err(vm.os_error(e as i64));
    }
    buf.truncate(len as usize);
    vm.new_bytes(buf)
}

fn set_timeout(vm: &mut Vm, v: Value, t: Option<f64>) -> PyResult<()> {
    let r = sock_ref(vm, v)?;
    if let Some(s) = native_mut::<SocketObj>(vm, r) {
        s.timeout = t;
    }
    Ok(())
}

/// settimeout(None | seconds): None blocks, 0 is non-blocking.
fn sock_settimeout(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_ref(vm, args[0])?;
    let t = if args[1].is_none() {
        None
    } else {
        seconds_arg(vm, args[1], "Timeout value out of range")?;
        let secs = match vm.as_number(args[1]) {
            Some(n) => n.to_f64(),
            None => 0.0,
        };
        Some(secs)
    };
    set_timeout(vm, args[0], t)?;
    Ok(Value::NONE)
}

fn sock_gettimeout(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = sock_ref(vm, args[0])?;
    Ok(
        match native_get::<SocketObj>(vm, r).and_then(|s| s.timeout) {
            Some(t) => Value::float(t),
            None => Value::NONE,
        },
    )
}

/// setblocking(flag): True is settimeout(None), False settimeout(0).
fn sock_setblocking(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let blocking = vm.is_true(args[1])?;
    set_timeout(vm, args[0], if blocking { None } else { Some(0.0) })?;
    Ok(Value::NONE)
}

/// makefile(mode='rb', buffering=0, ...): the socket is a stream itself.
fn sock_makefile(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [_mode, _buffering, _encoding, _errors, _newline] = bind_args(
        vm,
        "makefile",
        ["mode", "buffering", "encoding", "errors", "newline"],
        &args[1..],
        kwargs,
    )?;
    sock_ref(vm, args[0])?;
    Ok(args[0])
}

/// Receive up to `max` bytes into a stream read: None when a non-blocking
/// socket has nothing now.
fn stream_recv(vm: &mut Vm, s: &Info, max: usize, flags: i32) -> PyResult<Option<Vec<u8>>> {
    let mut buf = vec![0u8; max];
    let got = retry_stream(vm, s, libc::POLLIN, |fd| {
        // SAFETY: buf is writable for its length.
        unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) }
    })?;
    Ok(got.map(|n| {
        buf.truncate(n as usize);
        buf
    }))
}

/// Read until `limit` bytes (None: the end of the stream) as a stream
/// does; None if a non-blocking socket had nothing at all.
fn stream_read(vm: &mut Vm, s: &Info, limit: Option<usize>) -> PyResult<Option<Vec<u8>>> {
    let mut out: Vec<u8> = Vec::new();
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => break,
            Some(l) => (l - out.len()).min(CHUNK * 16),
            None => CHUNK * 16,
        };
        vm.reserve(want)?;
        match stream_recv(vm, s, want, 0)? {
            None if out.is_empty() => return Ok(None),
            None => break,
            Some(d) if d.is_empty() => break,
            Some(d) => out.extend_from_slice(&d),
        }
    }
    Ok(Some(out))
}

/// read([size]): up to size bytes, fewer only at the end of the stream;
/// everything to the end without size.
fn sock_read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let limit = match args.get(1) {
        Some(v) if !v.is_none() => {
            let n = int_arg(vm, *v)?;
            usize::try_from(n).ok()
        }
        _ => None,
    };
    match stream_read(vm, &s, limit)? {
        Some(d) => vm.new_bytes(d),
        None => Ok(Value::NONE),
    }
}

/// readinto(buf[, nbytes]) -> number of bytes read.
fn sock_readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let cap = writable_len(vm, args[1])?;
    let n = match args.get(2) {
        Some(v) => {
            let n = int_arg(vm, *v)?;
            usize::try_from(n).unwrap_or(0).min(cap)
        }
        None => cap,
    };
    match stream_read(vm, &s, Some(n))? {
        Some(d) => {
            write_into(vm, args[1], &d);
            Ok(Value::int(d.len() as i64))
        }
        None => Ok(Value::NONE),
    }
}

/// readline([limit]): bytes up to and including b"\n" (peeking, so
/// nothing past the line is consumed).
fn sock_readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    let limit = match args.get(1) {
        Some(v) if !v.is_none() => usize::try_from(int_arg(vm, *v)?).ok(),
        _ => None,
    };
    let mut out: Vec<u8> = Vec::new();
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => break,
            Some(l) => (l - out.len()).min(CHUNK),
            None => CHUNK,
        };
        let peek = match stream_recv(vm, &s, want, libc::MSG_PEEK)? {
            None if out.is_empty() => return Ok(Value::NONE),
            None => break,
            Some(d) => d,
        };
        if peek.is_empty() {
            break;
        }
        let take = match peek.iter().position(|b| *b == b'\n') {
            Some(i) => i + 1,
            None => peek.len(),
        };
        vm.reserve(take)?;
        match stream_recv(vm, &s, take, 0)? {
            Some(d) if !d.is_empty() => {
                let done = d.last() == Some(&b'\n');
                out.extend_from_slice(&d);
                if done {
                    break;
                }
            }
            _ => break,
        }
    }
    vm.new_bytes(out)
}

/// write(buf[, max_len]) or write(buf, off, max_len) -> number of bytes
/// written (all of them, unless a non-blocking socket filled up: then what
/// went, or None for nothing).
fn sock_write(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = open_sock(vm, args[0])?;
    // A stream takes str too (as UTF-8), as in Pycopy.
    let data = match vm.str_of(args[1]) {
        Some(t) => t.as_bytes().to_vec(),
        None => data_arg(vm, args[1])?,
    };
    let mut count = |v: Option<&Value>| -> PyResult<Option<usize>> {
        match v {
            Some(v) => Ok(Some(usize::try_from(int_arg(vm, *v)?).unwrap_or(0))),
            None => Ok(None),
        }
    };
    let (start, max_len) = match args.len() {
        4 => (count(args.get(2))?.unwrap_or(0), count(args.get(3))?),
        _ => (0, count(args.get(2))?),
    };
    let start = start.min(data.len());
    let limit = max_len.map_or(data.len(), |m| start.saturating_add(m).min(data.len()));
    let data = &data[start..];
    let limit = limit - start;
    let mut off = 0;
    while off < limit {
        let chunk = &data[off..limit];
        let n = retry_stream(vm, &s, libc::POLLOUT, |fd| {
            // SAFETY: chunk is a valid buffer of the given length.
            unsafe { libc::send(fd, chunk.as_ptr().cast(), chunk.len(), libc::MSG_NOSIGNAL) }
        })?;
        match n {
            Some(n) => off += n as usize,
            None if off == 0 => return Ok(Value::NONE),
            None => break,
        }
    }
    Ok(Value::int(off as i64))
}

fn sock_enter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_ref(vm, args[0])?;
    Ok(args[0])
}

fn sock_exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_close(vm, &args[..1])
}

fn sock_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = sock_ref(vm, args[0])?;
    let text = match native_get::<SocketObj>(vm, r) {
        Some(s) => format!(
            "<socket {}fd={}, family={}, type={}, proto={}>",
            if s.fd < 0 { "[closed] " } else { "" },
            s.fd,
            s.family,
            s.stype,
            s.proto
        ),
        None => String::from("<socket>"),
    };
    vm.new_string(text)
}

fn sock_field(vm: &mut Vm, v: Value, f: fn(&SocketObj) -> i32) -> PyResult<Value> {
    let r = sock_ref(vm, v)?;
    Ok(Value::int(
        native_get::<SocketObj>(vm, r).map_or(0, f) as i64
    ))
}

fn sock_family(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_field(vm, args[0], |s| s.family)
}

fn sock_type(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_field(vm, args[0], |s| s.stype)
}

fn sock_proto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    sock_field(vm, args[0], |s| s.proto)
}

static SOCKET_METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 4, socket_new).as_static(),
    NativeFunc::method("close", 1, 1, sock_close),
    NativeFunc::method("fileno", 1, 1, sock_fileno),
    NativeFunc::method("bind", 2, 2, sock_bind),
    NativeFunc::method("listen", 1, 2, sock_listen),
    NativeFunc::method("accept", 1, 1, sock_accept),
    NativeFunc::method("connect", 2, 2, sock_connect),
    NativeFunc::method("send", 2, 3, sock_send),
    NativeFunc::method("sendall", 2, 3, sock_sendall),
    NativeFunc::method("sendto", 3, 4, sock_sendto),
    NativeFunc::method("recv", 2, 3, sock_recv),
    NativeFunc::method("recvfrom", 2, 3, sock_recvfrom),
    NativeFunc::method("recv_into", 2, 4, sock_recv_into),
    NativeFunc::method("shutdown", 2, 2, sock_shutdown),
    NativeFunc::method("getsockname", 1, 1, sock_getsockname),
    NativeFunc::method("getpeername", 1, 1, sock_getpeername),
    NativeFunc::method("setsockopt", 4, 4, sock_setsockopt),
    NativeFunc::method("getsockopt", 3, 4, sock_getsockopt),
    NativeFunc::method("settimeout", 2, 2, sock_settimeout),
    NativeFunc::method("gettimeout", 1, 1, sock_gettimeout),
    NativeFunc::method("setblocking", 2, 2, sock_setblocking),
    NativeFunc::method_kw("makefile", 1, 6, sock_makefile),
    NativeFunc::method("read", 1, 2, sock_read),
    NativeFunc::method("readinto", 2, 3, sock_readinto),
    NativeFunc::method("readline", 1, 2, sock_readline),
    NativeFunc::method("write", 2, 4, sock_write),
    NativeFunc::method("__enter__", 1, 1, sock_enter),
    NativeFunc::method("__exit__", 1, 4, sock_exit),
    NativeFunc::method("__repr__", 1, 1, sock_repr),
];

static SOCKET_GETTERS: &[NativeFunc] = &[
    NativeFunc::method("family", 1, 1, sock_family),
    NativeFunc::method("type", 1, 1, sock_type),
    NativeFunc::method("proto", 1, 1, sock_proto),
];

// ===================== module functions =====================

/// The host of getaddrinfo(): None, str or bytes.
fn opt_cstring(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<CString>> {
    if v.is_none() {
        return Ok(None);
    }
    let s = if let Some(s) = vm.str_of(v) {
        String::from(s)
    } else if let Some(Object::Bytes(b)) = vm.obj(v) {
        String::from_utf8_lossy(&b.data).into_owned()
    } else if vm.as_int_num(v).is_some() && what == "port" {
        let n = int_arg(vm, v)?;
        n.to_string()
    } else {
        // CPython's messages (and, for the port, its OSError).
        if what == "port" {
            return Err(vm.new_error(ExcKind::OSError, "Int or String expected"));
        }
        return Err(vm.type_error("getaddrinfo() argument 1 must be string or None"));
    };
    c_string(vm, &s).map(Some)
}

/// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> list of
/// (family, type, proto, canonname, address).
fn usocket_getaddrinfo(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = ["host", "port", "family", "type", "proto", "flags"];
    let [host, port, family, stype, proto, flags] =
        bind_args(vm, "getaddrinfo", names, args, kwargs)?;
    let (Some(host), Some(port)) = (host, port) else {
        return Err(vm.type_error("getaddrinfo() missing required argument 'host' or 'port'"));
    };
    let host = opt_cstring(vm, host, "host")?;
    let port = opt_cstring(vm, port, "port")?;
    // SAFETY: addrinfo is plain data; zero means "no constraint".
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    let mut int_or0 = |v: Option<Value>| -> PyResult<i32> {
        match v {
            Some(v) => c_int_arg(vm, v),
            None => Ok(0),
        }
    };
    hints.ai_family = int_or0(family)?;
    hints.ai_socktype = int_or0(stype)?;
    hints.ai_protocol = int_or0(proto)?;
    hints.ai_flags = int_or0(flags)?;
    let found = lookup(vm, host.as_deref(), port.as_deref(), &hints)?;
    let mut out = Vec::with_capacity(found.len());
    for (fam, st, pr, canon, sa) in found {
        let canon = vm.new_string(canon.unwrap_or_default())?;
        let addr = sockaddr_to(vm, &sa)?;
        let t = vm.new_tuple(vec![
            Value::int(fam as i64),
            Value::int(st as i64),
            Value::int(pr as i64),
            canon,
            addr,
        ])?;
        out.push(t);
    }
    vm.new_list(out)
}

/// inet_pton(family, ip_string) -> packed bytes.
fn usocket_inet_pton(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let family = c_int_arg(vm, args[0])?;
    let Some(text) = vm.str_of(args[1]).map(String::from) else {
        let t = vm.type_name(args[1]);
        return Err(vm.type_error(format!("inet_pton() argument 2 must be str, not {}", t)));
    };
    match family {
        libc::AF_INET => match text.parse::<std::net::Ipv4Addr>() {
            Ok(ip) => vm.new_bytes(ip.octets().to_vec()),
            Err(_) => Err(vm.os_error(libc::EINVAL as i64)),
        },
        libc::AF_INET6 => match text.parse::<std::net::Ipv6Addr>() {
            Ok(ip) => vm.new_bytes(ip.octets().to_vec()),
            Err(_) => Err(vm.os_error(libc::EINVAL as i64)),
        },
        _ => Err(vm.os_error(libc::EAFNOSUPPORT as i64)),
    }
}

/// inet_ntop(family, packed) -> ip string.
fn usocket_inet_ntop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let family = c_int_arg(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    let text = match family {
        libc::AF_INET => match <[u8; 4]>::try_from(data.as_slice()) {
            Ok(b) => std::net::Ipv4Addr::from(b).to_string(),
            Err(_) => return Err(vm.value_error("invalid length of packed IP address string")),
        },
        libc::AF_INET6 => match <[u8; 16]>::try_from(data.as_slice()) {
            Ok(b) => std::net::Ipv6Addr::from(b).to_string(),
            Err(_) => return Err(vm.value_error("invalid length of packed IP address string")),
        },
        _ => return Err(vm.value_error("unknown address family")),
    };
    vm.new_string(text)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function_kw("getaddrinfo", 0, 6, usocket_getaddrinfo),
    NativeFunc::function_kw("socketpair", 0, 3, usocket_socketpair),
    NativeFunc::function("inet_pton", 2, 2, usocket_inet_pton),
    NativeFunc::function("inet_ntop", 2, 2, usocket_inet_ntop),
];

static CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNIX", libc::AF_UNIX),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_ICMP", libc::IPPROTO_ICMP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPPROTO_RAW", libc::IPPROTO_RAW),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("IP_TTL", libc::IP_TTL),
    ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL),
    ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP),
    ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP),
    ("IP_DROP_MEMBERSHIP", libc::IP_DROP_MEMBERSHIP),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("INADDR_ANY", libc::INADDR_ANY as i32),
    ("INADDR_LOOPBACK", libc::INADDR_LOOPBACK as i32),
];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)?;
    let t = new_native_type(
        vm,
        SOCKET,
        "socket",
        SOCKET_METHODS,
        SOCKET_GETTERS,
        BaseKind::Native,
    )?;
    let q = vm.intern("socket");
    vm.dict_set_q(d, q, Value::obj(t))?;
    for (name, v) in CONSTANTS {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::int(*v as i64))?;
    }
    // socket.error is OSError, as in CPython.
    let os_error = vm.exception_class(ExcKind::OSError);
    let q = vm.intern("error");
    vm.dict_set_q(d, q, os_error)?;
    Ok(())
}

pub static USOCKET: ModuleDef = ModuleDef {
    name: "usocket",
    init,
};
