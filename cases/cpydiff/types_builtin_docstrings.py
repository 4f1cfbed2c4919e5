"""
categories: Types
description: Built-in types and functions have no docstrings
cause: Documentation strings for every built-in would cost memory on the
  target devices, so built-in types have `__doc__` `None` and built-in
  functions and methods have no `__doc__` at all.
workaround: Consult the documentation instead of `__doc__` at run time, and
  read it with `getattr(obj, "__doc__", None)` when code must.
"""

print(int.__doc__ is None)
print(getattr(len, "__doc__", None) is None)
print(getattr(str.upper, "__doc__", None) is None)
