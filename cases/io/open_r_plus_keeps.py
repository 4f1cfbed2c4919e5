# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# r+ keeps the contents: writing at the start overwrites only what it
# covers; w+ truncates first.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_r_plus_keeps.txt"
with open(NAME, "w") as f:
    f.write("0123456789")
with open(NAME, "r+") as f:
    print(repr(f.read(2)))
    f.seek(4)
    f.write("ab")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "w+") as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(repr(f.read()))
os.remove(NAME)
