# array(typecode, bytearray) copies the raw bytes; later changes to the
# bytearray do not show in the array.
from array import array

src = bytearray(b"\x01\x02\x03")
a = array("B", src)
src[0] = 99
print(a, src)
print(array("b", bytearray(b"\x80\x7f")))
print(len(array("H", bytearray(6))))
