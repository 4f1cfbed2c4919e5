"""
categories: Core, Functions
description: Annotations are accepted but not stored (no `__annotations__`)
cause: Pycopy does not build `__annotations__` dicts for functions, classes
  or modules, saving the memory and time for information that the runtime
  itself never uses.
workaround: Keep type information out of the program's run-time logic; code
  that needs it can carry its own table.
"""


def scale(x: int, factor: float = 2.0) -> float:
    return x * factor


print(scale(3))
print(hasattr(scale, "__annotations__"))


class Point:
    x: int = 0
    y: int = 0


print(hasattr(Point, "__annotations__"))
count: int = 5
print("__annotations__" in globals())
