# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# After flush(), data written is visible through a second file object.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_flush_visible.txt"
w = open(NAME, "w")
w.write("first")
print(w.flush())
with open(NAME) as r:
    print(repr(r.read()))
w.write(" second")
w.close()
with open(NAME) as r:
    print(repr(r.read()))
os.remove(NAME)
