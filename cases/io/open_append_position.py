# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# In append mode every write goes to the end, even after a seek.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_append_position.txt"
with open(NAME, "wb") as f:
    f.write(b"abc")
with open(NAME, "ab") as f:
    f.write(b"d")
with open(NAME, "a+b") as f:
    f.seek(0)
    f.write(b"E")
with open(NAME, "a") as f:
    f.seek(0)
    f.write("F")
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
