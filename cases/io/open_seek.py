# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# seek and tell on files.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_seek.bin"
with open(NAME, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(NAME, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    print(f.seek(5), f.read(2), f.tell())
    print(f.seek(-3, 1), f.read(1), f.seek(2, 1), f.read(1))
    print(f.seek(-2, 2), f.read(), f.tell())
    print(f.seek(0, 2), f.read(), f.seek(100), f.read(), f.tell())
    try:
        f.seek(-1)
    except OSError as e:
        print("OSError", e.errno)
    print(f.seek(0), f.readline(), f.tell())
# Seeking past the end and writing fills the gap with zeros.
with open(NAME, "r+b") as f:
    f.seek(12)
    f.write(b"!")
    f.seek(0)
    print(f.read())
# Text files: seek to the start or to a position tell() returned.
with open(NAME, "w") as f:
    f.write("ab\ncd\nef\n")
with open(NAME) as f:
    f.readline()
    p = f.tell()
    print(p, repr(f.readline()))
    f.seek(p)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read(2)), f.seek(0, 2), repr(f.read()))
os.remove(NAME)
