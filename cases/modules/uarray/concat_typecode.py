# + of two arrays keeps the type code; empty operands work.
from array import array

e = array("H")
x = array("H", [1, 2])
print(e + x, x + e, e + e)
print((x + x).typecode, len(x + x))
print(x)
f = array("f", [0.5]) + array("f", [1.5])
print(f, f.typecode)
