# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# An empty file reads as "" (or b""), has no lines, and iterates zero times.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_empty_file.txt"
open(NAME, "w").close()
with open(NAME) as f:
    print(repr(f.read()), f.readlines())
with open(NAME, "rb") as f:
    print(f.read(), list(f))
print(os.stat(NAME)[6])
os.remove(NAME)
