# Code catches OSError and checks args[0] against the uerrno constants.
try:
    import uerrno as errno
except ImportError:
    import errno


def op(code):
    raise OSError(code, "failed")


for code in (errno.EAGAIN, errno.ETIMEDOUT, errno.EINVAL):
    try:
        op(code)
    except OSError as e:
        if e.args[0] == errno.EAGAIN:
            print("retry")
        elif e.args[0] == errno.ETIMEDOUT:
            print("timeout")
        else:
            print("other", errno.errorcode[e.args[0]])
