# A full slice is a copy: changing it leaves the original alone.
from array import array

a = array("d", [1.0, 2.0])
b = a[:]
b[0] = 9.5
b.append(3.0)
print(a, b, a is b)
