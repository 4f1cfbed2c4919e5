# array(typecode[, iterable]) for every supported type code.
from array import array

for code in "bBhHiIlLqQfd":
    a = array(code)
    print(code, a, len(a), a.typecode)
    print(code, array(code, [1, 2, 3]))
    print(code, array(code, (x * 2 for x in range(4))))
    print(code, array(code, range(3)))

# From another array (converted element by element).
print(array("d", array("b", [1, -2])))
print(array("b", array("i", [3, 4])))
# From bytes-like objects: the raw machine representation.
print(array("B", b"\x01\x02\xff"))
print(array("b", bytearray(b"\xff\x7f")))
print(array("H", b"\x01\x00\x02\x00") == array("H", [1, 2]) or array("H", b"\x01\x00\x02\x00") == array("H", [256, 512]))
print(len(array("i", bytes(8))))
# Booleans are integers.
print(array("b", [True, False]))
# Floats accept ints.
print(array("d", [1, 2**60]))
