"""
categories: Core, Exceptions
description: Exceptions have no `add_note()` method (no `__notes__`)
cause: Exception notes arrived in Python 3.11, after the language level
  Pycopy implements.
workaround: Put the extra information in the exception's message or
  arguments.
"""

e = ValueError("bad value")
print(hasattr(e, "add_note"))
try:
    e.add_note("while reading the config")
    print(e.__notes__)
except AttributeError:
    print("AttributeError")
