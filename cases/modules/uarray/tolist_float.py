# tolist() gives Python ints or floats.
from array import array

print(array("f", [0.5, 2]).tolist())
print(array("d", []).tolist())
print([type(x).__name__ for x in array("d", [1]).tolist()])
print([type(x).__name__ for x in array("L", [1]).tolist()])
