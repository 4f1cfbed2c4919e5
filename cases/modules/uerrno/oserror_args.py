# OSError carries the error code in args[0] (and errno), so programs can
# compare it with the module's constants, as the spec's example does.
import errno

try:
    raise OSError(errno.EEXIST, "File exists")
except OSError as exc:
    if exc.args[0] == errno.EEXIST:
        print("Directory already exists")
    print(exc.args, exc.errno, exc.strerror)
e = OSError(errno.ENOENT)
print(e.args, e.args[0] == errno.ENOENT)
try:
    raise OSError(errno.ENOENT, "No such file or directory")
except OSError as exc:
    print(exc.args[0] == errno.ENOENT, errno.errorcode[exc.args[0]])
