# OSError(code, msg) has errno and strerror.
try:
    import uerrno as errno
except ImportError:
    import errno

e = OSError(errno.EACCES, "Permission denied")
print(e.errno == errno.EACCES, e.strerror, e.args)
print(errno.errorcode[e.errno])
