"""
categories: Core, Exceptions
description: Too deep recursion raises `RuntimeError`; there is no `RecursionError` class
cause: Pycopy has a smaller set of built-in exception classes. Running out of
  call depth is reported with the general `RuntimeError` and the message
  "maximum recursion depth exceeded".
workaround: Catch `RuntimeError`, which also catches CPython's
  `RecursionError` (a subclass of `RuntimeError` there).
"""


def down(n):
    return down(n + 1)


try:
    down(0)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    RecursionError
    print("RecursionError exists")
except NameError:
    print("no RecursionError")
