"""
categories: Core, Builtin types
description: Floats have no identity of their own: equal bit patterns are the same object
cause: Pycopy stores a float inside the value itself (no heap object), so
  `is` compares the bits. Two NaNs made separately are therefore `is`-identical,
  and containers, which test identity before equality, treat them as one
  element. In CPython each `float('nan')` is a new object and NaN never
  equals itself.
workaround: Don't rely on `is` with numbers; test for NaN with `math.isnan()`.
"""

a = float("nan")
b = float("nan")
print(a is b, a == b)
print(len({a, b}), b in [a], [a].count(b))
print(len({a, a}), a in [a])
