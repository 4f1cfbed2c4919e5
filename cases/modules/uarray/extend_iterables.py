# extend() with iterables: tuples, ranges, generators, strings of digits
# converted first, dict keys.
from array import array

a = array("d")
a.extend((1, 2.5))
a.extend(range(2))
a.extend(float(c) for c in "34")
a.extend({7: "x", 8: "y"})
print(a)
b = array("B")
b.extend(b"hi")
print(b)
