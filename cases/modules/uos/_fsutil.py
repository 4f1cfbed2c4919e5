# Helpers for the uos cases: make and clear scratch trees.
try:
    import uos as os
except ImportError:
    import os


def rmtree(p):
    try:
        mode = os.lstat(p)[0]
    except OSError:
        return
    if mode & 0o170000 == 0o040000:
        for n in os.listdir(p):
            rmtree(p + "/" + n)
        os.rmdir(p)
    else:
        os.remove(p)


def touch(p, data="x"):
    with open(p, "w") as f:
        f.write(data)
