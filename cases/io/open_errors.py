# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# open() errors: OSError with the errno for missing files and directories,
# ValueError for bad modes, TypeError for bad arguments.
NAME = "_tmp_open_errors_missing/nothing.txt"
for mode in ("r", "rb", "r+", "w"):
    try:
        open(NAME, mode)
    except OSError as e:
        print(mode, "OSError", e.errno, e.args[0])
try:
    open(".")
except OSError as e:
    print("directory OSError", e.errno, e.args[0])
for mode in ("", "z", "rr", "rw", "wa", "r+w", "bt", "rbt", "+", "b", "U"):
    try:
        open("_tmp_never_created.txt", mode)
        print(mode, "opened")
    except ValueError as e:
        print(repr(mode), "ValueError", e)
for args in (("_tmp_x", "rb", -1, "utf-8"),):
    try:
        open(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    open("_tmp_x", "rb", newline="\n")
except ValueError as e:
    print("ValueError", e)
for bad in (1.5, None, ["x"]):
    try:
        open(bad)
    except TypeError:
        print("TypeError")
try:
    open("_tmp_x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    open()
except TypeError:
    print("TypeError")
