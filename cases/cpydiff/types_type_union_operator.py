"""
categories: Types, type
description: `X | Y` on classes (union types, Python 3.10) is not supported
cause: Pycopy's type objects have no `__or__`: union types exist for type
  annotations, which Pycopy doesn't evaluate or keep, so the operator raises
  `TypeError` as for any other unsupported operand.
workaround: Pass a tuple of classes to `isinstance()`/`issubclass()`:
  `isinstance(x, (int, str))`.
"""

try:
    u = int | str
    print(isinstance(1, u), isinstance(1.5, u))
except TypeError:
    print("TypeError")
print(isinstance(1, (int, str)), isinstance(1.5, (int, str)))
