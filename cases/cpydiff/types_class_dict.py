"""
categories: Types, Classes
description: A class's `__dict__` is a plain dict, not a read-only `mappingproxy`
cause: Pycopy has no read-only mapping view type: a class's `__dict__` is
  an ordinary dict with the class's namespace, and writing into it is not a
  supported way to change the class.
workaround: Use `setattr()`/`delattr()` on the class to change it, never its
  `__dict__`.
"""


class Config:
    debug = False


ns = Config.__dict__
print(type(ns).__name__)
print("debug" in ns)
try:
    ns["verbose"] = True
    print("item assignment allowed")
except TypeError:
    print("TypeError")
