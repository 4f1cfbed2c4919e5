"""
categories: Modules, sys
description: `sys` lacks most of CPython's functions and data (`getsizeof`, `setrecursionlimit`, `executable`, `flags`, ...)
cause: Pycopy's `sys` implements the subset the spec documents plus a few
  common names; introspection and interpreter-configuration functions have
  no counterpart in a small runtime.
workaround: Guard optional uses with `hasattr(sys, name)`.
"""
import sys

names = ("getsizeof", "setrecursionlimit", "getrefcount", "executable",
         "flags", "float_info", "settrace", "exc_info", "getrecursionlimit")
print([n for n in names if not hasattr(sys, n)])
