# array * n and n * array repeat; n <= 0 gives an empty array.
from array import array

a = array("B", [1, 2])
print(a * 2, 3 * a, a * 0, a * -5)
print(array("d", [0.5]) * 3)
print(array("b") * 10)
b = array("h", [7])
b *= 4
print(b)
b *= 0
print(b, len(b))
