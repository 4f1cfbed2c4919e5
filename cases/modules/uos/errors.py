# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# Filesystem errors are OSError with the errno in args[0] (and .errno).
try:
    import uos as os
except ImportError:
    import os

D = "_tmp_errors_missing/x"
for name, f in (("stat", os.stat), ("listdir", os.listdir), ("remove", os.remove),
                ("rmdir", os.rmdir), ("chdir", os.chdir), ("mkdir", os.mkdir),
                ("statvfs", os.statvfs)):
    try:
        f(D)
    except OSError as e:
        print(name, isinstance(e, OSError), e.args[0], e.errno, e.args[0] == e.errno)
try:
    open(D)
except OSError as e:
    print("open", e.args[0])
try:
    os.rename(D, D + "y")
except OSError as e:
    print("rename", e.args[0])
