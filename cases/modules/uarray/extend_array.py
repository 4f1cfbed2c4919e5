# extend() with an array of the same type code, including itself.
from array import array

a = array("q", [1, 2])
a.extend(array("q", [3]))
print(a)
a.extend(a)
print(a)
a.extend(a[1:2])
print(a)
a.extend(array("q"))
print(a, len(a))
