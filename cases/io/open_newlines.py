# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Text mode reads "\r\n" and "\r" as "\n" (universal newlines) unless
# newline="" or "\n" is given; binary mode never translates.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_newlines.txt"
with open(NAME, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read()))
with open(NAME, newline="\n") as f:
    print(repr(f.read()))
with open(NAME, newline="") as f:
    print(repr(f.read()))
with open(NAME, "rb") as f:
    print(f.readlines())
# Writing "\n" writes a single byte on this platform.
with open(NAME, "w") as f:
    f.write("a\nb\n")
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
