//! uos (`os`) for the unix port: uname/urandom, filesystem access on the
//! host (chdir, getcwd, ilistdir, listdir, mkdir, remove, rmdir, rename,
//! stat, lstat, statvfs, sync), the environment (getenv, putenv, unsetenv),
//! system(), sep, and the VFS: VfsPosix objects and mount()/umount()
//! (see vfs.rs). Errors are OSError(errno), as everywhere in Pycopy.
//!
//! dupterm() hands its stream to the VM's terminal (core vm/terminal.rs).
//!
//! Not provided: VfsFat/VfsLfs1/VfsLfs2 (no block device filesystems on
//! this port).

use crate::unixutil::{cpath, int_arg, io_error, last_os_error, os_str_value, path_arg};
use crate::vfs;
use pycopy_core::heap::ObjRef;
use pycopy_core::modules::{add_functions, bind_args, native_get, native_mut, native_ref};
use pycopy_core::modules::{new_native_type, uio};
use pycopy_core::objects::native::{KwArgs, NativeFunc};
use pycopy_core::objects::type_::BaseKind;
use pycopy_core::objects::{NativeObject, Object};
use pycopy_core::value::Value;
use pycopy_core::vm::{ExcKind, ModuleDef, PyResult, Vm};
use std::ffi::{CStr, OsStr};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, DirEntryExt, FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

const ILISTDIR: &str = "uos.ilistdir";
const VFSPOSIX: &str = "uos.VfsPosix";
const UNAME_RESULT: &str = "uos.uname_result";

/// The type codes of ilistdir() entries: the S_IFMT bits of st_mode.
const S_IFDIR: i64 = 0x4000;
const S_IFREG: i64 = 0x8000;
const S_IFLNK: i64 = 0xa000;
const S_IFIFO: i64 = 0x1000;
const S_IFCHR: i64 = 0x2000;
const S_IFBLK: i64 = 0x6000;
const S_IFSOCK: i64 = 0xc000;

/// A path argument translated through the mount table.
fn host_path(vm: &mut Vm, v: Value, write: bool) -> PyResult<(PathBuf, bool)> {
    let (p, is_bytes) = path_arg(vm, v)?;
    match vfs::translate(&p, write) {
        Ok(h) => Ok((h, is_bytes)),
        Err(e) => Err(vm.os_error(e as i64)),
    }
}

fn io_result<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| io_error(vm, &e))
}

// ===================== general functions =====================

fn c_field(vm: &mut Vm, field: &[libc::c_char]) -> PyResult<Value> {
    // uname(2) NUL-terminates the fields; the slice bounds the search.
    let bytes: Vec<u8> = field
        .iter()
        .take_while(|c| **c != 0)
        .map(|c| *c as u8)
        .collect();
    vm.new_string(String::from_utf8_lossy(&bytes).into_owned())
}

/// The named-tuple class of uname()'s result (made once with
/// ucollections.namedtuple; None if that module is missing).
fn uname_class(vm: &mut Vm) -> Option<Value> {
    if let Some(t) = vm.native_type(UNAME_RESULT) {
        return Some(Value::obj(t));
    }
    let make = |vm: &mut Vm| -> PyResult<Value> {
        let m = vm.import_dotted("ucollections")?;
        let q = vm.intern("namedtuple");
        let namedtuple = vm.getattr(m, q)?;
        let name = vm.new_str("uname_result")?;
        let mut fields = Vec::new();
        for f in ["sysname", "nodename", "release", "version", "machine"] {
            fields.push(vm.new_str(f)?);
        }
        let fields = vm.new_list(fields)?;
        vm.call(namedtuple, &[name, fields], &[])
    };
    let cls = make(vm).ok()?;
    // Registered as a native type: a GC root, found again by key.
    vm.native_types.push((UNAME_RESULT, cls.as_obj()?));
    Some(cls)
}

/// uname(): (sysname, nodename, release, version, machine) from the host,
/// except `version`, which is the interpreter's version as the spec says;
/// a named tuple, so the fields are attributes too.
fn os_uname(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    // SAFETY: utsname is plain data; uname fills it or fails.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_os_error(vm));
    }
    let sysname = c_field(vm, &u.sysname)?;
    let nodename = c_field(vm, &u.nodename)?;
    let release = c_field(vm, &u.release)?;
    let version = vm.new_str(concat!("Pycopy (Rust) ", env!("CARGO_PKG_VERSION")))?;
    let machine = c_field(vm, &u.machine)?;
    let fields = [sysname, nodename, release, version, machine];
    match uname_class(vm) {
        Some(cls) => vm.call(cls, &fields, &[]),
        None => vm.new_tuple(fields.to_vec()),
    }
}

/// urandom(n): n bytes from the kernel's random source.
fn os_urandom(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = usize::try_from(n).map_err(|_| vm.out_of_memory())?;
    vm.reserve(n)?;
    let mut buf = vec![0u8; n];
    let mut filled = 0;
    while filled < n {
        let rest = &mut buf[filled..];
        // SAFETY: `rest` is a valid writable buffer of the given length.
        let r = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if r < 0 {
            let e = crate::unixutil::last_errno();
            if e == libc::EINTR {
                crate::unixutil::check_interrupt(vm)?;
                continue;
            }
            return Err(vm.os_error(e as i64));
        }
        filled += r as usize;
    }
    vm.new_bytes(buf)
}

// ===================== filesystem access =====================

fn os_chdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (given, _) = path_arg(vm, args[0])?;
    let (host, _) = host_path(vm, args[0], false)?;
    io_result(vm, std::env::set_current_dir(&host))?;
    vfs::set_cwd(&given);
    Ok(Value::NONE)
}

fn os_getcwd(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let cwd = io_result(vm, std::env::current_dir())?;
    let cwd = vfs::virtual_cwd(cwd);
    os_str_value(vm, cwd.as_os_str(), false)
}

/// The iterator ilistdir() returns: one (name, type, inode) per entry.
struct IlistdirIter {
    ty: ObjRef,
    /// None once exhausted.
    dir: Option<fs::ReadDir>,
    bytes: bool,
}

impl NativeObject for IlistdirIter {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    pycopy_core::native_any!();
}

fn type_code(ft: fs::FileType) -> i64 {
    if ft.is_dir() {
        S_IFDIR
    } else if ft.is_file() {
        S_IFREG
    } else if ft.is_symlink() {
        S_IFLNK
    } else if ft.is_fifo() {
        S_IFIFO
    } else if ft.is_char_device() {
        S_IFCHR
    } else if ft.is_block_device() {
        S_IFBLK
    } else if ft.is_socket() {
        S_IFSOCK
    } else {
        0
    }
}

/// The directory argument of ilistdir()/listdir() (default ".").
fn dir_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<(PathBuf, bool)> {
    match v {
        None => Ok((PathBuf::from("."), false)),
        Some(v) if v.is_none() => Ok((PathBuf::from("."), false)),
        Some(v) => host_path(vm, *v, false),
    }
}

fn os_ilistdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (dir, bytes) = dir_arg(vm, args.first())?;
    let rd = io_result(vm, fs::read_dir(&dir))?;
    let ty = vm.native_type_or_err(ILISTDIR)?;
    let r = vm.alloc(Object::Native(Box::new(IlistdirIter {
        ty,
        dir: Some(rd),
        bytes,
    })))?;
    Ok(Value::obj(r))
}

fn ilistdir_iter(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn ilistdir_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(r) = native_ref::<IlistdirIter>(vm, args[0]) else {
        return Err(vm.type_error("descriptor requires an ilistdir iterator"));
    };
    let Some(it) = native_mut::<IlistdirIter>(vm, r) else {
        return Err(vm.new_error_no_msg(ExcKind::StopIteration));
    };
    let bytes = it.bytes;
    let next = it.dir.as_mut().and_then(|d| d.next());
    let entry = match next {
        None => {
            it.dir = None;
            return Err(vm.new_error_no_msg(ExcKind::StopIteration));
        }
        Some(Err(e)) => {
            it.dir = None;
            return Err(io_error(vm, &e));
        }
        Some(Ok(e)) => e,
    };
    // d_type, or lstat() when the filesystem doesn't report it.
    let code = entry.file_type().map(type_code).unwrap_or(0);
    let name = os_str_value(vm, &entry.file_name(), bytes)?;
    vm.new_tuple(vec![name, Value::int(code), Value::int(entry.ino() as i64)])
}

static ILISTDIR_METHODS: &[NativeFunc] = &[
    NativeFunc::method("__iter__", 1, 1, ilistdir_iter),
    NativeFunc::method("__next__", 1, 1, ilistdir_next),
];

fn os_listdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (dir, bytes) = dir_arg(vm, args.first())?;
    let rd = io_result(vm, fs::read_dir(&dir))?;
    let mut names = Vec::new();
    for e in rd {
        let e = io_result(vm, e)?;
        names.push(os_str_value(vm, &e.file_name(), bytes)?);
    }
    vm.new_list(names)
}

fn os_mkdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = host_path(vm, args[0], true)?;
    let mode = match args.get(1) {
        Some(m) => int_arg(vm, *m)? as u32,
        None => 0o777,
    };
    io_result(vm, fs::DirBuilder::new().mode(mode).create(&p))?;
    Ok(Value::NONE)
}

fn os_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = host_path(vm, args[0], true)?;
    io_result(vm, fs::remove_file(&p))?;
    Ok(Value::NONE)
}

fn os_rmdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = host_path(vm, args[0], true)?;
    io_result(vm, fs::remove_dir(&p))?;
    Ok(Value::NONE)
}

fn os_rename(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (old, _) = host_path(vm, args[0], true)?;
    let (new, _) = host_path(vm, args[1], true)?;
    io_result(vm, fs::rename(&old, &new))?;
    Ok(Value::NONE)
}

/// The 10-tuple of stat(): mode, ino, dev, nlink, uid, gid, size, atime,
/// mtime, ctime (whole seconds).
fn stat_tuple(vm: &mut Vm, m: &fs::Metadata) -> PyResult<Value> {
    let fields = [
        m.mode() as i64,
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.size() as i64,
        m.atime(),
        m.mtime(),
        m.ctime(),
    ];
    vm.new_tuple(fields.iter().map(|f| Value::int(*f)).collect())
}

fn stat_impl(vm: &mut Vm, path: Value, follow: bool) -> PyResult<Value> {
    let (p, _) = host_path(vm, path, false)?;
    let m = if follow {
        fs::metadata(&p)
    } else {
        fs::symlink_metadata(&p)
    };
    let m = io_result(vm, m)?;
    stat_tuple(vm, &m)
}

/// stat(path, follow_symlinks=True); the flag may be positional (Pycopy)
/// or a keyword (CPython).
fn os_stat(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [path, follow] = bind_args(vm, "stat", ["path", "follow_symlinks"], args, kwargs)?;
    let Some(path) = path else {
        return Err(vm.type_error("stat() missing required argument 'path' (pos 1)"));
    };
    let follow = match follow {
        Some(f) => vm.is_true(f)?,
        None => true,
    };
    stat_impl(vm, path, follow)
}

fn os_lstat(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    stat_impl(vm, args[0], false)
}

fn statvfs_at(vm: &mut Vm, p: &Path) -> PyResult<Value> {
    let c = cpath(vm, p)?;
    // SAFETY: statvfs is plain data that statvfs(3) fills.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path, `s` a valid writable struct.
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        return Err(last_os_error(vm));
    }
    let fields = [
        s.f_bsize as i64,
        s.f_frsize as i64,
        s.f_blocks as i64,
        s.f_bfree as i64,
        s.f_bavail as i64,
        s.f_files as i64,
        s.f_ffree as i64,
        s.f_favail as i64,
        s.f_flag as i64,
        s.f_namemax as i64,
    ];
    vm.new_tuple(fields.iter().map(|f| Value::int(*f)).collect())
}

/// statvfs(path): f_bsize, f_frsize, f_blocks, f_bfree, f_bavail,
/// f_files, f_ffree, f_favail, f_flag, f_namemax.
fn os_statvfs(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = host_path(vm, args[0], false)?;
    statvfs_at(vm, &p)
}

fn os_sync(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    // SAFETY: sync(2) takes no arguments and cannot fail.
    unsafe { libc::sync() };
    Ok(Value::NONE)
}

// ===================== environment and processes =====================

/// A str argument (environment names and values, commands); `what` is
/// the start of the TypeError message.
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) if s.contains('\0') => Err(vm.value_error("embedded null byte")),
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{}, not {}", what, t)))
        }
    }
}

/// getenv(key, default=None): read from the C environment, so it sees
/// putenv()'s changes.
fn os_getenv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let k = str_arg(vm, args[0], "str expected")?;
    let default = args.get(1).copied().unwrap_or(Value::NONE);
    if k.is_empty() || k.contains('=') {
        return Ok(default);
    }
    let c = crate::unixutil::cstring(vm, &k)?;
    // SAFETY: `c` is NUL-terminated; the result is copied before any other
    // environment call can invalidate it.
    let p = unsafe { libc::getenv(c.as_ptr()) };
    if p.is_null() {
        return Ok(default);
    }
    // SAFETY: getenv returned a valid NUL-terminated string.
    let v = unsafe { CStr::from_ptr(p) }.to_bytes().to_vec();
    os_str_value(vm, OsStr::from_bytes(&v), false)
}

fn os_putenv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let k = str_arg(vm, args[0], "str expected")?;
    // An empty name is left to setenv(3), which says EINVAL.
    if k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let v = str_arg(vm, args[1], "str expected")?;
    let (ck, cv) = (
        crate::unixutil::cstring(vm, &k)?,
        crate::unixutil::cstring(vm, &v)?,
    );
    // SAFETY: both strings are NUL-terminated; the interpreter's thread is
    // the only one touching the environment while it runs.
    if unsafe { libc::setenv(ck.as_ptr(), cv.as_ptr(), 1) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::NONE)
}

fn os_unsetenv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // unsetenv(3) itself rejects "" and names with "=" (EINVAL).
    let k = str_arg(vm, args[0], "str expected")?;
    let ck = crate::unixutil::cstring(vm, &k)?;
    // SAFETY: as in putenv.
    if unsafe { libc::unsetenv(ck.as_ptr()) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::NONE)
}

/// system(command): the wait status, as CPython's os.system returns it.
fn os_system(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cmd = str_arg(vm, args[0], "system() argument must be str")?;
    let c = crate::unixutil::cstring(vm, &cmd)?;
    // SAFETY: `c` is a NUL-terminated command line.
    let status = unsafe { libc::system(c.as_ptr()) };
    Ok(Value::int(status as i64))
}

fn os_getpid(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    // SAFETY: getpid cannot fail.
    Ok(Value::int(unsafe { libc::getpid() } as i64))
}

/// dupterm(stream_object, index=0): duplicate the terminal on a stream
/// with write() and readinto() (None: stop); returns the slot's previous
/// stream.
fn os_dupterm(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let index = match args.get(1) {
        Some(v) => int_arg(vm, *v)?,
        None => 0,
    };
    let slots = pycopy_core::vm::terminal::DUPTERM_SLOTS;
    let index = match usize::try_from(index) {
        Ok(i) if i < slots => i,
        _ => return Err(vm.value_error("invalid dupterm index")),
    };
    let stream = args[0];
    if !stream.is_none() {
        for name in ["write", "readinto"] {
            let q = vm.intern(name);
            if vm.getattr_opt(stream, q)?.is_none() {
                return Err(vm.new_error(ExcKind::OSError, "stream operation not supported"));
            }
        }
    }
    Ok(vm.set_dupterm(index, stream))
}

// ===================== VFS: VfsPosix, mount, umount =====================

/// A filesystem object for a directory of the host: paths given to its
/// methods are relative to `root` (all of the host when empty).
struct VfsPosix {
    ty: ObjRef,
    root: PathBuf,
    readonly: bool,
}

impl NativeObject for VfsPosix {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    pycopy_core::native_any!();
}

/// VfsPosix(root=None).
fn vfs_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [root] = bind_args(vm, "VfsPosix", ["root"], &args[1..], kwargs)?;
    // The root is made absolute (and must exist), so chdir() doesn't move
    // it and getcwd() can find the current directory below it.
    let root = match root {
        Some(r) if !r.is_none() => {
            let p = path_arg(vm, r)?.0;
            io_result(vm, fs::canonicalize(&p))?
        }
        _ => PathBuf::new(),
    };
    let ty = vm.native_type_or_err(VFSPOSIX)?;
    let r = vm.alloc(Object::Native(Box::new(VfsPosix {
        ty,
        root,
        readonly: false,
    })))?;
    vm.wrap_native(args[0], Value::obj(r), ty)
}

fn vfs_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<VfsPosix>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a VfsPosix, not '{}'", t)))
        }
    }
}

/// (root, readonly) of the VfsPosix `self`.
fn vfs_state(vm: &mut Vm, v: Value) -> PyResult<(PathBuf, bool)> {
    let r = vfs_ref(vm, v)?;
    Ok(native_get::<VfsPosix>(vm, r)
        .map_or((PathBuf::new(), false), |f| (f.root.clone(), f.readonly)))
}

/// The host path for a path given to a VfsPosix method.
fn vfs_path(vm: &mut Vm, this: Value, path: Value, write: bool) -> PyResult<(PathBuf, bool)> {
    let (root, ro) = vfs_state(vm, this)?;
    if ro && write {
        return Err(vm.os_error(libc::EROFS as i64));
    }
    let (p, bytes) = path_arg(vm, path)?;
    Ok((vfs::join_root(&root, &p), bytes))
}

/// mount(readonly, mkfs): called by uos.mount(); a host directory can't be
/// formatted, so mkfs is EPERM.
fn vfs_mount(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = vfs_ref(vm, args[0])?;
    let ro = vm.is_true(args[1])?;
    if vm.is_true(args[2])? {
        return Err(vm.os_error(libc::EPERM as i64));
    }
    if let Some(f) = native_mut::<VfsPosix>(vm, r) {
        f.readonly = ro;
    }
    Ok(Value::NONE)
}

fn vfs_umount(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vfs_ref(vm, args[0])?;
    Ok(Value::NONE)
}

fn vfs_open(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mode = match vm.str_of(args[2]) {
        Some(m) => String::from(m),
        None => {
            let t = vm.type_name(args[2]);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", t)));
        }
    };
    let write = mode.contains(['w', 'a', 'x', '+']);
    let (p, _) = vfs_path(vm, args[0], args[1], write)?;
    let ps = os_str_value(vm, p.as_os_str(), false)?;
    // The file types live in uio, which registers them when imported.
    if vm.native_type("uio.TextIOWrapper").is_none() {
        vm.import_dotted("uio")?;
    }
    vfs::bypass(|| uio::open(vm, &[ps, args[2]], &[]))
}

fn vfs_chdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], false)?;
    io_result(vm, std::env::set_current_dir(&p))?;
    Ok(Value::NONE)
}

/// getcwd(): the host's current directory relative to the root.
fn vfs_getcwd(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (root, _) = vfs_state(vm, args[0])?;
    let cwd = io_result(vm, std::env::current_dir())?;
    let rel = match cwd.strip_prefix(&root) {
        Ok(rest) if !root.as_os_str().is_empty() => Path::new("/").join(rest),
        _ => cwd,
    };
    os_str_value(vm, rel.as_os_str(), false)
}

fn vfs_ilistdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let path = match args.get(1) {
        Some(p) => *p,
        None => vm.new_str("")?,
    };
    let (p, bytes) = vfs_path(vm, args[0], path, false)?;
    let p = if p.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        p
    };
    let rd = io_result(vm, fs::read_dir(&p))?;
    let ty = vm.native_type_or_err(ILISTDIR)?;
    let r = vm.alloc(Object::Native(Box::new(IlistdirIter {
        ty,
        dir: Some(rd),
        bytes,
    })))?;
    Ok(Value::obj(r))
}

fn vfs_mkdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], true)?;
    io_result(vm, fs::create_dir(&p))?;
    Ok(Value::NONE)
}

fn vfs_remove(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], true)?;
    io_result(vm, fs::remove_file(&p))?;
    Ok(Value::NONE)
}

fn vfs_rmdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], true)?;
    io_result(vm, fs::remove_dir(&p))?;
    Ok(Value::NONE)
}

fn vfs_rename(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (old, _) = vfs_path(vm, args[0], args[1], true)?;
    let (new, _) = vfs_path(vm, args[0], args[2], true)?;
    io_result(vm, fs::rename(&old, &new))?;
    Ok(Value::NONE)
}

fn vfs_stat(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], false)?;
    let m = io_result(vm, fs::metadata(&p))?;
    stat_tuple(vm, &m)
}

fn vfs_statvfs(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (p, _) = vfs_path(vm, args[0], args[1], false)?;
    statvfs_at(vm, &p)
}

static VFS_METHODS: &[NativeFunc] = &[
    NativeFunc::function_kw("__new__", 1, 2, vfs_new).as_static(),
    NativeFunc::method("mount", 3, 3, vfs_mount),
    NativeFunc::method("umount", 1, 1, vfs_umount),
    NativeFunc::method("open", 3, 3, vfs_open),
    NativeFunc::method("chdir", 2, 2, vfs_chdir),
    NativeFunc::method("getcwd", 1, 1, vfs_getcwd),
    NativeFunc::method("ilistdir", 1, 2, vfs_ilistdir),
    NativeFunc::method("mkdir", 2, 2, vfs_mkdir),
    NativeFunc::method("remove", 2, 2, vfs_remove),
    NativeFunc::method("rmdir", 2, 2, vfs_rmdir),
    NativeFunc::method("rename", 3, 3, vfs_rename),
    NativeFunc::method("stat", 2, 2, vfs_stat),
    NativeFunc::method("statvfs", 2, 2, vfs_statvfs),
];

/// A mount point: "/name" (one level below the root; "/" itself is the
/// host's and always mounted).
fn mount_point(vm: &mut Vm, v: Value) -> PyResult<PathBuf> {
    let (p, _) = path_arg(vm, v)?;
    let s = p.as_os_str().as_bytes();
    let trimmed = match s.iter().rposition(|b| *b != b'/') {
        Some(i) => &s[..=i],
        None => b"/".as_slice(),
    };
    Ok(PathBuf::from(OsStr::from_bytes(trimmed)))
}

/// mount(fsobj, mount_point, *, readonly=False, mkfs=False).
fn os_mount(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "mount() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let [fsobj, point, readonly, mkfs] = bind_args(
        vm,
        "mount",
        ["fsobj", "mount_point", "readonly", "mkfs"],
        args,
        kwargs,
    )?;
    let (Some(fsobj), Some(point)) = (fsobj, point) else {
        return Err(vm.type_error("mount() missing required arguments 'fsobj' and 'mount_point'"));
    };
    let readonly = match readonly {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mkfs = match mkfs {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    // Only VfsPosix objects: a block device would need a FAT or littlefs
    // driver, which this port doesn't have.
    let Some(r) = native_ref::<VfsPosix>(vm, fsobj) else {
        return Err(vm.os_error(libc::ENODEV as i64));
    };
    let point = mount_point(vm, point)?;
    // The host filesystem is always mounted at "/".
    if point == Path::new("/") {
        return Err(vm.os_error(libc::EPERM as i64));
    }
    if !point.is_absolute() || point.components().count() != 2 {
        return Err(vm.os_error(libc::EINVAL as i64));
    }
    if vfs::is_mounted(&point) {
        return Err(vm.os_error(libc::EPERM as i64));
    }
    let ro = Value::bool(readonly);
    let mk = Value::bool(mkfs);
    vfs_mount(vm, &[fsobj, ro, mk])?;
    let root = native_get::<VfsPosix>(vm, r)
        .map(|f| f.root.clone())
        .unwrap_or_default();
    vm.extra_roots.push(fsobj);
    vfs::add_mount(vfs::Mount {
        point,
        root,
        readonly,
        obj: fsobj,
    });
    Ok(Value::NONE)
}

/// umount(mount_point or fsobj).
fn os_umount(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let removed = if native_ref::<VfsPosix>(vm, args[0]).is_some() {
        vfs::remove_mount(None, Some(args[0]))
    } else {
        let p = mount_point(vm, args[0])?;
        vfs::remove_mount(Some(&p), None)
    };
    let Some(obj) = removed else {
        return Err(vm.os_error(libc::EINVAL as i64));
    };
    if let Some(i) = vm.extra_roots.iter().position(|v| v.is(obj)) {
        vm.extra_roots.remove(i);
    }
    vm.heap.temp_roots.push(obj);
    vfs_umount(vm, &[obj])?;
    Ok(Value::NONE)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("uname", 0, 0, os_uname),
    NativeFunc::function("urandom", 1, 1, os_urandom),
    NativeFunc::function("chdir", 1, 1, os_chdir),
    NativeFunc::function("getcwd", 0, 0, os_getcwd),
    NativeFunc::function("ilistdir", 0, 1, os_ilistdir),
    NativeFunc::function("listdir", 0, 1, os_listdir),
    NativeFunc::function("mkdir", 1, 2, os_mkdir),
    NativeFunc::function("remove", 1, 1, os_remove),
    NativeFunc::function("unlink", 1, 1, os_remove),
    NativeFunc::function("rmdir", 1, 1, os_rmdir),
    NativeFunc::function("rename", 2, 2, os_rename),
    NativeFunc::function_kw("stat", 0, 2, os_stat),
    NativeFunc::function("lstat", 1, 1, os_lstat),
    NativeFunc::function("statvfs", 1, 1, os_statvfs),
    NativeFunc::function("sync", 0, 0, os_sync),
    NativeFunc::function("getenv", 1, 2, os_getenv),
    NativeFunc::function("putenv", 2, 2, os_putenv),
    NativeFunc::function("unsetenv", 1, 1, os_unsetenv),
    NativeFunc::function("system", 1, 1, os_system),
    NativeFunc::function("getpid", 0, 0, os_getpid),
    NativeFunc::function("dupterm", 1, 2, os_dupterm),
    NativeFunc::function_kw("mount", 0, 4, os_mount),
    NativeFunc::function("umount", 1, 1, os_umount),
];

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)?;
    new_native_type(
        vm,
        ILISTDIR,
        "ilistdir",
        ILISTDIR_METHODS,
        &[],
        BaseKind::NotSubclassable,
    )?;
    let vfs_t = new_native_type(vm, VFSPOSIX, "VfsPosix", VFS_METHODS, &[], BaseKind::Native)?;
    let q = vm.intern("VfsPosix");
    vm.dict_set_q(d, q, Value::obj(vfs_t))?;
    let sep = vm.new_str("/")?;
    let q = vm.intern("sep");
    vm.dict_set_q(d, q, sep)?;
    Ok(())
}

pub static UOS: ModuleDef = ModuleDef { name: "uos", init };
