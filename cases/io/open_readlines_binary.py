# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# readlines on a binary file gives bytes lines, the last possibly without
# a newline.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_readlines_binary.bin"
with open(NAME, "wb") as f:
    f.write(b"one\ntwo\r\n\nend")
with open(NAME, "rb") as f:
    print(f.readlines())
with open(NAME, "rb") as f:
    f.readline()
    print(f.readlines(), f.readlines())
os.remove(NAME)
