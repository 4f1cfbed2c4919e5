"""
categories: Types, Exceptions
description: There are no warning categories (`Warning`, `DeprecationWarning`, ...)
cause: Pycopy has no warnings machinery, so the built-in `Warning` classes
  that exist to be passed to `warnings.warn()` are left out.
workaround: Define your own exception class if code needs to raise a
  warning-like exception.
"""
import builtins

names = ("Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning",
         "SyntaxWarning", "ResourceWarning")
print([n for n in names if hasattr(builtins, n)])
