# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# truncate() needs a writable, open file and a size that is not negative.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_truncate_errors.txt"
with open(NAME, "w") as f:
    f.write("data")
    try:
        f.truncate(-1)
    except OSError as e:
        print("OSError", e.args[0])
for mode in ("r", "rb"):
    with open(NAME, mode) as f:
        try:
            f.truncate(0)
        except OSError:
            print(mode, "OSError")
f = open(NAME, "w")
f.close()
try:
    f.truncate()
except ValueError as e:
    print("ValueError", e)
os.remove(NAME)
