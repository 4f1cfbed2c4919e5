"""
categories: Modules, sys
description: `sys.print_exception()` prints an exception and its traceback
cause: A Pycopy extension (see the spec's sys module): a small stand-in for
  the `traceback` module that takes just the exception and an optional
  file. CPython has no such function.
workaround: On CPython, use `traceback.print_exception(exc, file=f)`;
  portable code can pick whichever exists.
"""
import sys

try:
    raise ValueError("bad input")
except ValueError as e:
    if hasattr(sys, "print_exception"):
        import io

        out = io.StringIO()
        sys.print_exception(e, out)
        print(out.getvalue().splitlines()[-1])
    else:
        print("no sys.print_exception")
