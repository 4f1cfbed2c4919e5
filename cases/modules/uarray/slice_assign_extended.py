# Extended slice assignment needs exactly as many items as the slice.
from array import array

a = array("i", range(6))
a[1::2] = array("i", [10, 30, 50])
print(a)
a[::-3] = array("i", [-1, -2])
print(a)
try:
    a[::2] = array("i", [1, 2])
except ValueError:
    print("ValueError")
print(a)
