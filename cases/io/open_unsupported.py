# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Reading a write-only file or writing a read-only one is an OSError
# ("not readable" / "not writable"); type errors for the wrong data.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_unsupported.txt"
with open(NAME, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("OSError", e)
    print(f.readable(), f.writable(), f.seekable())
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
with open(NAME) as f:
    try:
        f.write("x")
    except OSError as e:
        print("OSError", e)
    print(f.readable(), f.writable())
with open(NAME, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.readline()
    except OSError as e:
        print("OSError", e)
os.remove(NAME)
