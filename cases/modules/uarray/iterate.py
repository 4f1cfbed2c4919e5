# Iteration and functions taking iterables.
from array import array

a = array("h", [3, -1, 2])
for x in a:
    print(x)
print(list(a), tuple(a), sum(a), min(a), max(a), sorted(a))
print(list(enumerate(array("d", [0.5, 1.5]))))
print([x * 2 for x in array("B", b"ab")])
it = iter(a)
print(next(it))
a.append(10)
print(list(it))
print(list(reversed(array("b", [1, 2, 3]))))
print(dict(zip(array("b", [1, 2]), "ab")))
