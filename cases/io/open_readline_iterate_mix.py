# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# readline and iteration share the position.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_readline_iterate_mix.txt"
with open(NAME, "w") as f:
    f.write("l1\nl2\nl3\nl4\n")
with open(NAME) as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
        break
    print(repr(f.readline()), list(f))
os.remove(NAME)
