//! The mount table behind uos.mount()/umount(): VfsPosix objects mounted
//! at "/<name>" directories of the virtual filesystem. The host's
//! filesystem is always mounted at "/" (it can't be unmounted), so with no
//! mounts every path goes to the host unchanged.
//!
//! Everything that takes a path from Python (uos functions, open() and
//! import through the port) goes through `translate`, which maps a path
//! under a mount point to the host path below the mounted VfsPosix's root
//! and refuses writes to a read-only mount with EROFS.

use pycopy_core::value::Value;
use std::cell::{Cell, RefCell};
use std::path::{Component, Path, PathBuf};

pub struct Mount {
    /// "/name" (no trailing slash).
    pub point: PathBuf,
    /// The host directory the VfsPosix maps "/" to (empty: the host root).
    pub root: PathBuf,
    pub readonly: bool,
    /// The VfsPosix object (kept alive through `Vm::extra_roots`).
    pub obj: Value,
}

thread_local! {
    static MOUNTS: RefCell<Vec<Mount>> = const { RefCell::new(Vec::new()) };
    /// The mount point the current directory is in (None: the host root).
    static CWD_MOUNT: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
    /// Set while a VfsPosix method works on a host path it built itself.
    static BYPASS: Cell<bool> = const { Cell::new(false) };
}

/// `path` below the VFS root `root` (empty root: the path itself), as
/// VfsPosix joins them: root + "/" + path.
pub fn join_root(root: &Path, path: &Path) -> PathBuf {
    if root.as_os_str().is_empty() {
        return path.to_path_buf();
    }
    let rel: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::RootDir))
        .collect();
    root.join(rel)
}

/// The host path for a path the program gave, and whether the
/// filesystem it lands on is read-only.
fn resolve(path: &Path) -> (PathBuf, bool) {
    if BYPASS.with(Cell::get) {
        return (path.to_path_buf(), false);
    }
    MOUNTS.with(|m| {
        let mounts = m.borrow();
        if mounts.is_empty() {
            return (path.to_path_buf(), false);
        }
        if path.is_absolute() {
            for mt in mounts.iter() {
                if let Ok(rest) = path.strip_prefix(&mt.point) {
                    let host = join_root(&mt.root, &Path::new("/").join(rest));
                    return (host, mt.readonly);
                }
            }
            return (path.to_path_buf(), false);
        }
        // A relative path is relative to the host's current directory,
        // which chdir() put inside the mount's root.
        let cwd = CWD_MOUNT.with(|c| c.borrow().clone());
        let ro = cwd
            .and_then(|p| mounts.iter().find(|mt| mt.point == p).map(|mt| mt.readonly))
            .unwrap_or(false);
        (path.to_path_buf(), ro)
    })
}

/// The host path for `path`; Err(EROFS) when `write` and the path is on a
/// read-only mount.
pub fn translate(path: &Path, write: bool) -> Result<PathBuf, i32> {
    let (host, ro) = resolve(path);
    if ro && write {
        return Err(libc::EROFS);
    }
    Ok(host)
}

/// The mount point containing the absolute `path`, if any.
pub fn mount_of(path: &Path) -> Option<PathBuf> {
    MOUNTS.with(|m| {
        m.borrow()
            .iter()
            .find(|mt| path.starts_with(&mt.point))
            .map(|mt| mt.point.clone())
    })
}

/// Record which mount the current directory is now in, after a chdir()
/// to `path` succeeded.
pub fn set_cwd(path: &Path) {
    if path.is_absolute() {
        let m = mount_of(path);
        CWD_MOUNT.with(|c| *c.borrow_mut() = m);
    }
}

/// getcwd() as the program sees it: inside a mount, the mount point plus
/// the host directory's place below the mount's root.
pub fn virtual_cwd(host_cwd: PathBuf) -> PathBuf {
    let Some(point) = CWD_MOUNT.with(|c| c.borrow().clone()) else {
        return host_cwd;
    };
    let root = MOUNTS.with(|m| {
        m.borrow()
            .iter()
            .find(|mt| mt.point == point)
            .map(|mt| mt.root.clone())
    });
    let rest = match root {
        // A root-less VfsPosix maps the mount point to the host's "/".
        Some(root) if root.as_os_str().is_empty() => host_cwd
            .components()
            .filter(|c| !matches!(c, Component::RootDir))
            .collect(),
        Some(root) => match host_cwd.strip_prefix(&root) {
            Ok(rest) => rest.to_path_buf(),
            // The directory left the mount's root (through ".."): report
            // the host's path.
            Err(_) => return host_cwd,
        },
        None => return host_cwd,
    };
    if rest.as_os_str().is_empty() {
        point
    } else {
        point.join(rest)
    }
}

pub fn is_mounted(point: &Path) -> bool {
    MOUNTS.with(|m| m.borrow().iter().any(|mt| mt.point == point))
}

pub fn add_mount(mount: Mount) {
    MOUNTS.with(|m| m.borrow_mut().push(mount));
}

/// Remove the mount at `point` or of the object `obj`; returns its object.
pub fn remove_mount(point: Option<&Path>, obj: Option<Value>) -> Option<Value> {
    let removed = MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let i = mounts.iter().position(|mt| {
            point.is_some_and(|p| mt.point == p) || obj.is_some_and(|o| mt.obj.is(o))
        })?;
        Some(mounts.remove(i))
    })?;
    CWD_MOUNT.with(|c| {
        let mut c = c.borrow_mut();
        if c.as_ref() == Some(&removed.point) {
            *c = None;
        }
    });
    Some(removed.obj)
}

/// Run `f` with translation off (a VfsPosix method opening a host path).
pub fn bypass<T>(f: impl FnOnce() -> T) -> T {
    BYPASS.with(|b| b.set(true));
    let r = f();
    BYPASS.with(|b| b.set(false));
    r
}
