# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Text files: write, then read back with read, read(n), readline, readlines.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_text.txt"
f = open(NAME, "w")
print(f.write("first line\n"), f.write("second\n"), f.write("no newline at end"))
f.close()
f = open(NAME)
print(repr(f.read()))
f.close()
f = open(NAME, "r")
print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
print(repr(f.readline()), repr(f.read()))
f.close()
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(12))
os.remove(NAME)
