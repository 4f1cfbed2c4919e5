# errorcode maps numbers to names: an unknown number is not in it
# (KeyError, or None from get()).
try:
    import uerrno as errno
except ImportError:
    import errno

print(errno.errorcode.get(99999), 99999 in errno.errorcode, errno.ENOENT in errno.errorcode)
try:
    errno.errorcode[99999]
except KeyError:
    print("KeyError")
print(errno.errorcode.get(errno.EINVAL), errno.errorcode[errno.EAGAIN] in ("EAGAIN", "EWOULDBLOCK"))
