# tobytes, frombytes, byteswap.
from array import array
import sys

a = array("B", [1, 2, 3])
print(a.tobytes())
a.frombytes(b"\x04\x05")
print(a)
h = array("h")
h.frombytes(bytes(array("h", [1, -2])))
print(h)
try:
    h.frombytes(b"abc")
except ValueError as e:
    print("ValueError", e)
try:
    h.frombytes("ab")
except TypeError:
    print("TypeError")
i = array("i", [1, 256])
i.byteswap()
print(i == array("i", [16777216, 65536]))
i.byteswap()
print(i)
little = sys.byteorder == "little"
print(array("H", [0x0102]).tobytes() == (b"\x02\x01" if little else b"\x01\x02"))
d = array("d", [1.0])
print(array("d", d.tobytes()))
