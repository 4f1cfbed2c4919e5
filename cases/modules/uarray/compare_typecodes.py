# Arrays of different type codes compare by their values.
from array import array

print(array("b", [1, 2]) == array("h", [1, 2]))
print(array("B", [200]) == array("b", [-56]))
print(array("f", [0.5]) == array("d", [0.5]))
print(array("i", [1]) == array("d", [1.0]))
print(array("i", [1]) < array("d", [1.5]))
print(array("Q", [2**63]) > array("q", [2**63 - 1]))
