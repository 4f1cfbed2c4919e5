# typecode and itemsize attributes (sizes as on a 64-bit Linux host).
from array import array

for code in "bBhHiIlLqQfd":
    a = array(code, [1])
    print(a.typecode, a.itemsize, len(bytes(a)))
