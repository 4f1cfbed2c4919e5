# Slices: reading gives a new array; assignment needs an array of the same
# type code.
from array import array

a = array("i", range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[::-1], a[8:2:-2], a[5:2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[1:3] = array("i", [100, 200, 300])
print(a)
a[0:4] = array("i")
print(a)
a[len(a):] = array("i", [-1])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
try:
    a[::2] = array("i", [1])
except ValueError as e:
    print("ValueError", e)
try:
    a[0:2] = [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    a[0:2] = array("b", [1, 2])
except TypeError:
    print("TypeError")
print(a)
print(array("d", [1.5, 2.5, 3.5])[1:])
print(type(a[1:2]).__name__)
