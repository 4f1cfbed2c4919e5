# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# File attributes: name, mode, closed.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_attrs.txt"
for mode in ("w", "r", "a", "r+", "wb", "rb", "ab", "w+b"):
    f = open(NAME, mode)
    print(f.name, f.mode, f.closed, f.readable(), f.writable())
    f.close()
os.remove(NAME)
