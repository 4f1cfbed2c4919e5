# append(val) and extend(iterable).
from array import array

a = array("i")
a.append(1)
a.append(-2)
print(a)
a.extend([3, 4])
a.extend(range(5, 7))
a.extend(x for x in (7, 8))
a.extend(array("i", [9]))
print(a, len(a))
a.extend([])
a.extend(a)
print(a)
f = array("f")
f.append(1.5)
f.append(2)
f.extend([0.25])
print(f)
# Extending with an array of another kind is a TypeError.
try:
    a.extend(array("b", [1]))
except TypeError as e:
    print("TypeError", e)
# A bad element stops extend, keeping what was appended before it.
b = array("B", [1])
try:
    b.extend([2, 300, 4])
except OverflowError:
    print("OverflowError")
print(b)
try:
    b.append("x")
except TypeError:
    print("TypeError")
try:
    b.extend(5)
except TypeError:
    print("TypeError")
print(b)
