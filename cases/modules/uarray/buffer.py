# Arrays expose their bytes: bytes(), bytearray(), memoryview.
from array import array

a = array("B", [1, 2, 250])
print(bytes(a), bytearray(a), list(bytes(array("b", [-1, 1]))))
print(len(bytes(array("i", [1, 2]))), len(bytearray(array("d", [1.0]))))
h = array("h", [1, 2])
print(bytes(h) == h.tobytes())
m = memoryview(a)
print(m[0], m[2], bytes(m[1:]), len(m))
# Writing through a memoryview changes the array.
m[0] = 9
m[1:3] = b"\x07\x08"
print(a)
b = array("B", [0, 0])
memoryview(b)[0] = 255
print(b)
# Arrays work where bytes-like objects are expected.
print(b"x" + bytes(a), bytearray(b"ab") + bytes(array("B", [99])))
ba = bytearray(2)
ba[0:2] = bytes(array("B", [5, 6]))
print(ba)
print(bytes(memoryview(array("h", [256]))) == array("h", [256]).tobytes())
