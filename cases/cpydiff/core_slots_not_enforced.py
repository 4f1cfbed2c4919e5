"""
categories: Core, Classes
description: `__slots__` is accepted but does not restrict the attributes of instances
cause: Instances always have an attribute table; `__slots__` is stored as an
  ordinary class attribute and has no effect on the object layout.
workaround: Do not rely on `__slots__` to reject unknown attributes; check
  names in `__setattr__` if the restriction matters.
"""


class Pair:
    __slots__ = ("a", "b")


p = Pair()
p.a = 1
try:
    p.c = 3
    print("c was set:", p.c)
except AttributeError:
    print("AttributeError")
