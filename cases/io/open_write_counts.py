# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# write() returns the count written: characters in text mode, bytes in
# binary mode, for bytes, bytearray and memoryview.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_write_counts.txt"
with open(NAME, "w") as f:
    print(f.write("abc"), f.write(""), f.write("\u00e9\u4e2d"), f.write("\n"))
with open(NAME, "wb") as f:
    print(f.write(b"ab"), f.write(bytearray(3)), f.write(memoryview(b"xyzw")[1:]))
print(os.stat(NAME)[6])
os.remove(NAME)
