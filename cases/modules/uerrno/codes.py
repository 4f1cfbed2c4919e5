# The error codes (Linux numbering, as on CPython for Linux) and the
# errorcode dict mapping them back to their names.
import errno

names = ("EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES "
         "EFAULT EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY "
         "EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE ENAMETOOLONG ENOSYS ENOTEMPTY "
         "ELOOP EWOULDBLOCK ENOTSOCK EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT EAFNOSUPPORT "
         "EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ECONNABORTED ECONNRESET ENOBUFS EISCONN "
         "ENOTCONN ETIMEDOUT ECONNREFUSED EHOSTUNREACH EALREADY EINPROGRESS").split()
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code])
print(errno.errorcode[errno.EEXIST])
print(type(errno.errorcode).__name__, errno.EAGAIN == errno.EWOULDBLOCK)
print(all(n.startswith("E") for n in errno.errorcode.values()))
print(all(errno.errorcode[getattr(errno, n)] == n for n in names if n != "EWOULDBLOCK"))
print(errno.EDEADLK)
