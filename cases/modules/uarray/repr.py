# repr and str of arrays.
from array import array

for code in "bBhHiIlLqQ":
    print(repr(array(code)), str(array(code, [0, 1, 2])))
print(array("q", [-(2**63)]), array("Q", [2**64 - 1]))
print(array("d", [1.5, -0.0, 1e100, float("inf"), float("-inf")]))
print(array("f", [0.1, 1 / 3, 1e40, -1e40]))
print(array("d", [0.1, 1 / 3]))
print([array("b", [1])], (array("d"),))
