# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# truncate(size) on a binary file returns the new size and leaves the
# position where it was, so a later write leaves a gap of zero bytes.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_truncate_binary.bin"
with open(NAME, "wb") as f:
    f.write(b"0123456789")
    print(f.truncate(4), f.tell())
    f.write(b"ab")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "r+b") as f:
    print(f.truncate(20))
    f.seek(0)
    print(f.read())
os.remove(NAME)
