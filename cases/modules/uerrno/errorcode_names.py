# Every constant the module has is in errorcode under its own name or an
# alias with the same number.
try:
    import uerrno as errno
except ImportError:
    import errno

names = [n for n in dir(errno) if n.startswith("E") and n.isupper()]
print(len(names) > 20, all(getattr(errno, errno.errorcode[getattr(errno, n)]) == getattr(errno, n) for n in names))
