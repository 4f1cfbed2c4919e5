# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# x creates a new file and fails with OSError (errno EEXIST) if it exists;
# xb and x+ too.
try:
    import os
except ImportError:
    import uos as os
try:
    from errno import EEXIST
except ImportError:
    from uerrno import EEXIST

NAME = "_tmp_open_x_mode.bin"
with open(NAME, "xb") as f:
    print(f.write(b"new"))
for mode in ("x", "xb", "x+"):
    try:
        open(NAME, mode)
    except OSError as e:
        print(mode, "OSError", e.args[0] == EEXIST)
os.remove(NAME)
with open(NAME, "x+") as f:
    f.write("rw")
    f.seek(0)
    print(f.read())
os.remove(NAME)
