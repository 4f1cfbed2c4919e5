//! uerrno: the symbolic error codes that OSError carries in args[0], and
//! `errorcode`, which maps them back to their names. The numbers are
//! Linux's (the ones Pycopy uses on every port), so they match CPython on
//! Linux.

use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// (name, code). The first name for a code is the one `errorcode` gives.
static CODES: &[(&str, i64)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("ETXTBSY", 26),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("ELOOP", 40),
    ("EWOULDBLOCK", 11),
    ("ENOTSOCK", 88),
    ("EMSGSIZE", 90),
    ("EPROTOTYPE", 91),
    ("ENOPROTOOPT", 92),
    ("EPROTONOSUPPORT", 93),
    ("EOPNOTSUPP", 95),
    ("EAFNOSUPPORT", 97),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("ENETDOWN", 100),
    ("ENETUNREACH", 101),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
];

/// The symbolic name of an error code (for OSError messages).
pub fn name_of(code: i64) -> Option<&'static str> {
    CODES.iter().find(|(_, c)| *c == code).map(|(n, _)| *n)
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let errorcode = vm.new_dict()?;
    for &(name, code) in CODES {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::int(code))?;
        if name_of(code) == Some(name) {
            vm.dict_set(errorcode, Value::int(code), Value::qstr(q))?;
        }
    }
    let q = vm.intern("errorcode");
    vm.dict_set_q(d, q, Value::obj(errorcode))?;
    Ok(())
}
