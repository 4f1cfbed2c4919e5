# Reading slices with steps gives new arrays of the same type code.
from array import array

a = array("h", range(10))
print(a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[5:2], a[-3:], a[:-7], a[100:])
print(a[::2].typecode, type(a[1:2]).__name__)
