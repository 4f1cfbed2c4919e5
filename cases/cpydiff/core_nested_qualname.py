"""
categories: Core, Functions
description: `__qualname__` of a nested function or method is its plain name
cause: Functions store only their name; the dotted path through enclosing
  functions and classes (`outer.<locals>.inner`, `Class.method`) is not
  kept.
workaround: Build descriptive names yourself (e.g. from the class's
  `__name__` and the function's `__name__`) where they matter.
"""


def outer():
    def inner():
        pass

    return inner


class Box:
    def open(self):
        pass


print(outer().__qualname__)
print(Box.open.__qualname__)
print(Box.__qualname__)
