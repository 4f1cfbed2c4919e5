# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# open accepts mode, buffering, encoding and newline as keywords.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_keywords.txt"
with open(NAME, mode="w", encoding="utf-8") as f:
    f.write("kw\n")
with open(file=NAME, mode="r", newline=None) as f:
    print(repr(f.read()))
with open(NAME, "rb", buffering=0) as f:
    print(f.read())
os.remove(NAME)
