# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Binary files: bytes in and out, read(n), readline, readinto.
try:
    import os
except ImportError:
    import uos as os
from array import array

NAME = "_tmp_open_binary.bin"
with open(NAME, "wb") as f:
    print(f.write(b"\x00\x01\x02abc\n"), f.write(bytearray(b"\xff\xfe")), f.write(array("B", [9, 8])))
    print(f.write(memoryview(b"mv")))
with open(NAME, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(NAME, "rb") as f:
    print(f.read(2), f.readline(), f.read(3), f.read(100), f.read(), f.read(1))
with open(NAME, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    a = array("B", bytes(3))
    print(f.readinto(a), a)
    m = bytearray(6)
    print(f.readinto(memoryview(m)[1:4]), m)
    print(f.readinto(bytearray(100)), f.readinto(bytearray(5)))
with open(NAME, "rb") as f:
    print(f.readlines())
os.remove(NAME)
