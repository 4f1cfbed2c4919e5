# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# writelines writes each string in turn, adding no newlines.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_writelines.txt"
with open(NAME, "w") as f:
    print(f.writelines(["a\n", "b", "c\n"]))
    f.writelines(x for x in ("1", "2"))
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "wb") as f:
    f.writelines([b"x", bytearray(b"y")])
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
