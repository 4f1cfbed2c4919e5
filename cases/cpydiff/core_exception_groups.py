"""
categories: Core, Exceptions
description: `ExceptionGroup` and `BaseExceptionGroup` do not exist
cause: Exception groups were added in Python 3.11; Pycopy implements the
  Python 3.4 language with selected later additions, and exception groups
  are not among them.
workaround: Raise one exception that carries the list of errors, e.g. as an
  argument.
"""

try:
    group = ExceptionGroup("several", [ValueError(1), TypeError(2)])
    print(type(group).__name__, len(group.exceptions))
except NameError:
    print("NameError")
