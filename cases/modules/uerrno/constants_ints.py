# The constants are distinct small positive ints (besides EWOULDBLOCK,
# which is EAGAIN).
try:
    import uerrno as errno
except ImportError:
    import errno

names = ("EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL", "ETIMEDOUT", "ECONNRESET", "EINPROGRESS")
vals = [getattr(errno, n) for n in names]
print(all(type(v) is int and 0 < v < 200 for v in vals), len(set(vals)) == len(vals))
print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.EINVAL)
