"""
categories: Core, Exceptions
description: Exceptions carry no traceback object (`__traceback__` is `None`)
cause: Pycopy records where an exception passed as a compact list of
  (file, line, function) entries used for printing; there are no traceback
  or frame objects to expose.
workaround: Print exceptions with `sys.print_exception()` (or
  `traceback.print_exception()` on CPython) rather than walking tracebacks.
"""
import sys


def fail():
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print(e.__traceback__ is None)
    print(sys.exc_info()[2] is None)
