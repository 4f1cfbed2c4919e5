# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Files as streams for print(file=...) and json.dump/json.load.
try:
    import os
except ImportError:
    import uos as os
import json

NAME = "_tmp_open_print_json.txt"
with open(NAME, "w") as f:
    print("hello", 42, file=f)
    print("x", "y", sep=",", end="!\n", file=f)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "w") as f:
    json.dump({"k": [1, 2.5, None], "s": "\u00e9"}, f)
with open(NAME) as f:
    print(f.read())
with open(NAME) as f:
    print(json.load(f))
with open(NAME, "rb") as f:
    print(json.load(f))
os.remove(NAME)
