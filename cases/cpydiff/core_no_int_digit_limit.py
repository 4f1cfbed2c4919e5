"""
categories: Core, Builtin types
description: There is no limit on the number of digits in int/str conversions
cause: CPython 3.11 refuses to convert between `str` and `int` beyond 4300
  decimal digits by default (a guard against slow quadratic conversions).
  Pycopy has no such limit and no `sys.set_int_max_str_digits()`.
workaround: Check the length of untrusted numeric strings before
  converting them.
"""
import sys

digits = "7" * 5000
try:
    n = int(digits)
    print(len(str(n)))
except ValueError:
    print("ValueError")
print(hasattr(sys, "set_int_max_str_digits"))
