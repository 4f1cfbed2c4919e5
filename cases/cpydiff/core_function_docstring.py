"""
categories: Core, Functions
description: Functions do not keep their docstrings (`__doc__` is `None`)
cause: To save memory, the compiler drops the docstring of a function
  instead of storing it in the function object.
workaround: Do not rely on `__doc__` at run time; keep such text in a string
  constant or a dict if the program needs it.
"""


def greet():
    "Say hello."
    return "hello"


print(greet.__doc__)
print(greet())
