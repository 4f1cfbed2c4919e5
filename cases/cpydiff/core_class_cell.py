"""
categories: Core, Classes
description: The implicit `__class__` cell is not available inside methods
cause: Zero-argument `super()` works without it, but the compiler does not
  create a `__class__` variable that method bodies can read.
workaround: Name the class explicitly (e.g. `type(self)` or the class name).
"""


class Shape:
    def kind(self):
        try:
            return __class__.__name__
        except NameError:
            return "NameError"


class Square(Shape):
    pass


print(Square().kind())
