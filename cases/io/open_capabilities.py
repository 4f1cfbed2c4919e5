# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# readable(), writable() and seekable() follow the mode.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_capabilities.txt"
for mode in ("w", "r", "a", "r+", "w+", "wb", "rb", "ab", "r+b"):
    with open(NAME, mode) as f:
        print(mode, f.readable(), f.writable(), f.seekable())
os.remove(NAME)
