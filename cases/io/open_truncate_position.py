# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# truncate() with no size cuts at the current position, also after a
# read that buffered more of the file than it returned.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_truncate_position.txt"
with open(NAME, "w") as f:
    f.write("first line\nsecond line\nthird\n")
with open(NAME, "r+b") as f:
    print(f.read(3))
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
with open(NAME, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open(NAME, "r+") as f:
    print(repr(f.readline()))
    print(f.truncate(f.tell()), f.tell())
    print(f.truncate(2))
    f.seek(0)
    print(repr(f.read()))
os.remove(NAME)
