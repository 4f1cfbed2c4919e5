"""
categories: Modules, math
description: `math` lacks the integer and helper functions (`factorial`, `gcd`, `isqrt`, `isclose`, `hypot`, ...)
cause: The math module provides the floating-point functions the spec
  lists (the libm ones) and the constants; the integer functions and later
  additions of CPython are not built in.
workaround: Write the few needed in Python (e.g. `gcd` with Euclid's
  algorithm).
"""
import math

print([n for n in ("sqrt", "factorial", "gcd", "isqrt", "isclose", "hypot", "fsum", "prod")
       if not hasattr(math, n)])
