# uerrno and errno are the same module.
try:
    import uerrno
except ImportError:
    import errno as uerrno
import errno

print(uerrno.ENOENT, errno.ENOENT, uerrno.errorcode[uerrno.EIO])
