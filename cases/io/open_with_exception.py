# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# with closes the file when the block raises, and the exception goes on.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_with_exception.txt"
try:
    with open(NAME, "w") as f:
        f.write("partial")
        raise KeyError("stop")
except KeyError as e:
    print("KeyError", e.args)
print(f.closed)
with open(NAME) as g:
    print(g.read())
os.remove(NAME)
