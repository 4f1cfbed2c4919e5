//! uselect (`select`) for the unix port, on poll(2): select() and poll
//! objects (register/unregister/modify/poll, and Pycopy's ipoll() with
//! userdata and one-shot mode). An object is anything with a file
//! descriptor: an int, a socket, or an object with fileno().
//!
//! Poll objects are keyed by descriptor, like CPython's and MicroPython's
//! unix port, but report the registered object (not its descriptor) in
//! results, as Pycopy does.

use crate::unixutil::{fd_of, int_arg, poll_fds, seconds_arg};
use pycopy_core::heap::ObjRef;
use pycopy_core::modules::{add_functions, native_get, native_mut, native_ref, new_native_type};
use pycopy_core::objects::native::NativeFunc;
use pycopy_core::objects::type_::BaseKind;
use pycopy_core::objects::{NativeObject, Object};
use pycopy_core::value::Value;
use pycopy_core::vm::ops::Num;
use pycopy_core::vm::{ExcKind, ModuleDef, PyResult, Vm};
use std::time::Duration;

const POLL: &str = "uselect.poll";

/// The default eventmask of register() (Pycopy's: no POLLPRI).
const DEFAULT_MASK: i16 = libc::POLLIN | libc::POLLOUT;

/// One-shot mode of ipoll(): an entry that reported events gets its mask
/// cleared until modify() sets a new one.
const IPOLL_ONESHOT: i64 = 1;

struct Entry {
    obj: Value,
    fd: i32,
    events: i16,
    userdata: Value,
}

struct PollObj {
    ty: ObjRef,
    entries: Vec<Entry>,
}

impl NativeObject for PollObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            visit(e.obj);
            visit(e.userdata);
        }
    }
    fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
    }
    pycopy_core::native_any!();
}

fn poll_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<PollObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'poll' object, not '{}'", t)))
        }
    }
}

fn entries_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut Vec<Entry>> {
    native_mut::<PollObj>(vm, r).map(|p| &mut p.entries)
}

/// An event mask argument (only the low 16 bits mean anything).
fn mask_arg(vm: &mut Vm, v: Value) -> PyResult<i16> {
    let m = int_arg(vm, v)?;
    if m < 0 {
        return Err(vm.value_error("value must be positive"));
    }
    if m > 0xffff {
        return Err(vm.overflow_error("Python int too large for C unsigned short"));
    }
    Ok(m as u16 as i16)
}

fn poll_new(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let ty = vm.native_type_or_err(POLL)?;
    let r = vm.alloc(Object::Native(Box::new(PollObj {
        ty,
        entries: Vec::new(),
    })))?;
    Ok(Value::obj(r))
}

/// register(obj[, eventmask[, userdata]]): registering again updates the
/// mask (and the userdata, when given).
fn poll_register(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = poll_ref(vm, args[0])?;
    let fd = fd_of(vm, args[1])?;
    let events = match args.get(2) {
        Some(m) => mask_arg(vm, *m)?,
        None => DEFAULT_MASK,
    };
    let userdata = args.get(3).copied();
    let Some(entries) = entries_mut(vm, r) else {
        return Ok(Value::NONE);
    };
    match entries.iter_mut().find(|e| e.fd == fd) {
        Some(e) => {
            e.obj = args[1];
            e.events = events;
            if let Some(u) = userdata {
                e.userdata = u;
            }
        }
        None => entries.push(Entry {
            obj: args[1],
            fd,
            events,
            userdata: userdata.unwrap_or(Value::NONE),
        }),
    }
    Ok(Value::NONE)
}

/// unregister(obj, throw=True): KeyError for an unknown object unless
/// throw is false.
fn poll_unregister(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = poll_ref(vm, args[0])?;
    let fd = fd_of(vm, args[1])?;
    let throw = match args.get(2) {
        Some(t) => vm.is_true(*t)?,
        None => true,
    };
    let removed = match entries_mut(vm, r) {
        Some(entries) => match entries.iter().position(|e| e.fd == fd) {
            Some(i) => {
                entries.remove(i);
                true
            }
            None => false,
        },
        None => false,
    };
    if !removed && throw {
        return Err(vm.key_error(Value::int(fd as i64)));
    }
    Ok(Value::NONE)
}

/// modify(obj, eventmask): OSError(ENOENT) for an unknown object.
fn poll_modify(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = poll_ref(vm, args[0])?;
    let fd = fd_of(vm, args[1])?;
    let events = mask_arg(vm, args[2])?;
    let found = match entries_mut(vm, r) {
        Some(entries) => match entries.iter_mut().find(|e| e.fd == fd) {
            Some(e) => {
                e.obj = args[1];
                e.events = events;
                true
            }
            None => false,
        },
        None => false,
    };
    if !found {
        return Err(vm.os_error(libc::ENOENT as i64));
    }
    Ok(Value::NONE)
}

/// A poll timeout in milliseconds: None or negative waits forever; a
/// float is rounded up.
fn ms_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let ms = match vm.as_number(*v) {
        Some(Num::Int(i)) => i as f64,
        Some(Num::Float(f)) if f.is_nan() => {
            return Err(vm.value_error("Invalid value NaN (not a number)"))
        }
        Some(Num::Float(f)) => f.ceil(),
        Some(Num::Big(_)) => return Err(vm.overflow_error("timeout is too large")),
        _ => {
            let t = vm.type_name(*v);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                t
            )));
        }
    };
    if ms < 0.0 {
        return Ok(None);
    }
    Ok(Duration::try_from_secs_f64(ms / 1000.0).ok())
}

/// Poll the registered descriptors; returns the indexes that reported
/// events with their events.
fn do_poll(vm: &mut Vm, r: ObjRef, timeout: Option<Duration>) -> PyResult<Vec<(usize, i16)>> {
    let mut fds: Vec<libc::pollfd> = match native_get::<PollObj>(vm, r) {
        Some(p) => p
            .entries
            .iter()
            .map(|e| libc::pollfd {
                fd: e.fd,
                events: e.events,
                revents: 0,
            })
            .collect(),
        None => Vec::new(),
    };
    poll_fds(vm, &mut fds, timeout)?;
    Ok(fds
        .iter()
        .enumerate()
        .filter(|(_, p)| p.revents != 0)
        .map(|(i, p)| (i, p.revents))
        .collect())
}

/// poll([timeout]) -> list of (obj, event).
fn poll_poll(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = poll_ref(vm, args[0])?;
    let timeout = ms_arg(vm, args.get(1))?;
    let ready = do_poll(vm, r, timeout)?;
    let mut out = Vec::with_capacity(ready.len());
    for (i, ev) in ready {
        let obj = native_get::<PollObj>(vm, r)
            .and_then(|p| p.entries.get(i))
            .map_or(Value::NONE, |e| e.obj);
        let t = vm.new_tuple(vec![obj, Value::int(ev as u16 as i64)])?;
        out.push(t);
    }
    vm.new_list(out)
}

/// ipoll(timeout=-1, flags=0) -> iterator of (obj, event, userdata); with
/// flags=1 (one-shot) the reported objects' masks are cleared. The tuples
/// are fresh ones here (Pycopy may reuse one).
fn poll_ipoll(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = poll_ref(vm, args[0])?;
    let timeout = ms_arg(vm, args.get(1))?;
    let flags = match args.get(2) {
        Some(f) => int_arg(vm, *f)?,
        None => 0,
    };
    let ready = do_poll(vm, r, timeout)?;
    let mut out = Vec::with_capacity(ready.len());
    for (i, ev) in ready {
        let (obj, userdata) = match entries_mut(vm, r).and_then(|e| e.get_mut(i)) {
            Some(e) => {
                if flags & IPOLL_ONESHOT != 0 {
                    e.events = 0;
                }
                (e.obj, e.userdata)
            }
            None => (Value::NONE, Value::NONE),
        };
        let t = vm.new_tuple(vec![obj, Value::int(ev as u16 as i64), userdata])?;
        out.push(t);
    }
    let list = vm.new_list(out)?;
    vm.get_iter(list)
}

static POLL_METHODS: &[NativeFunc] = &[
    NativeFunc::method("register", 2, 4, poll_register),
    NativeFunc::method("unregister", 2, 3, poll_unregister),
    NativeFunc::method("modify", 3, 3, poll_modify),
    NativeFunc::method("poll", 1, 2, poll_poll),
    NativeFunc::method("ipoll", 1, 3, poll_ipoll),
];

/// select(rlist, wlist, xlist[, timeout]) -> (readable, writable,
/// exceptional), each a list of the objects given; timeout in seconds.
fn select_select(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut objs: Vec<(usize, Value)> = Vec::new();
    let mut fds: Vec<libc::pollfd> = Vec::new();
    let kinds = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    for (k, events) in kinds.iter().enumerate() {
        let items = vm.collect_iterable(args[k]).map_err(|e| {
            if vm.exception_is(e.0, ExcKind::TypeError) {
                vm.type_error("arguments 1-3 must be sequences")
            } else {
                e
            }
        })?;
        let list = vm.new_list(items.clone())?;
        vm.heap.temp_roots.push(list);
        for obj in items {
            let fd = fd_of(vm, obj)?;
            objs.push((k, obj));
            fds.push(libc::pollfd {
                fd,
                events: *events,
                revents: 0,
            });
        }
    }
    // None, or a timeout too long to matter: wait forever.
    let timeout = match args.get(3) {
        Some(t) => seconds_arg(vm, *t, "timeout must be non-negative")?,
        None => None,
    };
    poll_fds(vm, &mut fds, timeout)?;
    let mut out: [Vec<Value>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for ((k, obj), p) in objs.iter().zip(&fds) {
        if p.revents & libc::POLLNVAL != 0 {
            return Err(vm.os_error(libc::EBADF as i64));
        }
        let hit = match k {
            0 => p.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
            1 => p.revents & (libc::POLLOUT | libc::POLLERR) != 0,
            _ => p.revents & libc::POLLPRI != 0,
        };
        if hit {
            out[*k].push(*obj);
        }
    }
    let [r, w, x] = out;
    let r = vm.new_list(r)?;
    let w = vm.new_list(w)?;
    let x = vm.new_list(x)?;
    vm.new_tuple(vec![r, w, x])
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("poll", 0, 0, poll_new),
    NativeFunc::function("select", 3, 4, select_select),
];

static CONSTANTS: &[(&str, i16)] = &[
    ("POLLIN", libc::POLLIN),
    ("POLLPRI", libc::POLLPRI),
    ("POLLOUT", libc::POLLOUT),
    ("POLLERR", libc::POLLERR),
    ("POLLHUP", libc::POLLHUP),
    ("POLLNVAL", libc::POLLNVAL),
];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)?;
    new_native_type(
        vm,
        POLL,
        "poll",
        POLL_METHODS,
        &[],
        BaseKind::NotSubclassable,
    )?;
    for (name, v) in CONSTANTS {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::int(*v as i64))?;
    }
    Ok(())
}

pub static USELECT: ModuleDef = ModuleDef {
    name: "uselect",
    init,
};
