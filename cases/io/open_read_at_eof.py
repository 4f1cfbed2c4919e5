# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# At end of file read() and readline() return empty strings, again and
# again; read(n) too.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_read_at_eof.txt"
with open(NAME, "w") as f:
    f.write("x")
with open(NAME) as f:
    print(repr(f.read()), repr(f.read()), repr(f.read(3)), repr(f.readline()), f.readlines())
with open(NAME, "rb") as f:
    print(f.read(5), f.read(5), f.read(), f.readline())
os.remove(NAME)
