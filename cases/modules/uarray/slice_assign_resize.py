# Slice assignment with a different length grows or shrinks the array.
from array import array

a = array("b", [1, 2, 3, 4])
a[1:2] = array("b", [7, 8, 9])
print(a, len(a))
a[0:5] = array("b")
print(a, len(a))
a[:0] = array("b", [-1, -2])
print(a)
a[:] = array("b", [5])
print(a)
