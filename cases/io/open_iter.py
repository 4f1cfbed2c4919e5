# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Iterating over a file gives its lines.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_iter.txt"
with open(NAME, "w") as f:
    for i in range(5):
        f.write("line %d\n" % i)
    f.write("last")
with open(NAME) as f:
    for line in f:
        print(repr(line))
with open(NAME) as f:
    print(next(f), end="")
    print(next(f), end="")
    print(len(list(f)))
with open(NAME, "rb") as f:
    print([len(x) for x in f])
with open(NAME) as f:
    print(sum(1 for _ in f), [l.strip() for l in open(NAME)][:2])
os.remove(NAME)
