# _fields lists the field names as a tuple, whichever form declared them.
from collections import namedtuple

A = namedtuple("A", "x y")
B = namedtuple("B", ["x", "y"])
C = namedtuple("C", ("x", "y"))
print(A._fields, B._fields, C._fields)
print(A(1, 2)._fields)
