# BytesIO.readinto fills bytearrays, arrays and memoryviews.
import io
from array import array

b = io.BytesIO(b"abcdefgh")
buf = bytearray(3)
print(b.readinto(buf), buf)
a = array("B", [0, 0])
print(b.readinto(a), a)
m = bytearray(10)
print(b.readinto(memoryview(m)[2:5]), m)
print(b.readinto(bytearray(4)), b.readinto(bytearray(4)))
try:
    b.readinto(b"immutable")
except TypeError:
    print("TypeError")
