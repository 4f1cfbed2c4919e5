# Comparisons are element-wise, then by length.
from array import array

a = array("i", [1, 2, 3])
for b in (array("i", [1, 2]), array("i", [1, 2, 3]), array("i", [1, 3]), array("i"), array("i", [0, 9, 9, 9])):
    print(list(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
