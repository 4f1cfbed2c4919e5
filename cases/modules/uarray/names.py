# The module is importable as uarray (Pycopy's name) and as array.
try:
    import uarray
except ImportError:
    import array as uarray
import array

print(uarray.array is array.array)
print(array.array("b", [1, 2]))
from array import array as A

print(A is array.array)
