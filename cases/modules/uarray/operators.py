# + * += *= comparison, len, bool, in, hash.
from array import array

a = array("i", [1, 2])
b = array("i", [3])
print(a + b, b + a, a * 3, 2 * a, a * 0, a * -1)
c = a
c += b
print(a, c is a)
c *= 2
print(a)
try:
    a + array("b", [1])
except TypeError:
    print("TypeError")
try:
    a + [1]
except TypeError as e:
    print("TypeError", e)
try:
    a += [1]
except TypeError as e:
    print("TypeError", e)
try:
    a * 1.5
except TypeError:
    print("TypeError")
print(len(a), len(array("d")), bool(array("d")), bool(array("b", [0])))
print(2 in a, 5 in a, 2.0 in a, "x" in a)
x = array("b", [1, 2, 3])
print(x == array("b", [1, 2, 3]), x != array("b", [1, 2, 3]), x == array("b", [1, 2]))
print(x == array("d", [1.0, 2.0, 3.0]), x == [1, 2, 3], x != (1, 2, 3))
print(x < array("b", [1, 2, 4]), x < array("b", [1, 2]), x <= x, x > array("b", [0]), x >= array("b", [1, 2, 3, 0]))
try:
    x < [1]
except TypeError:
    print("TypeError")
try:
    hash(x)
except TypeError:
    print("TypeError")
nan = float("nan")
print(array("d", [nan]) == array("d", [nan]))
