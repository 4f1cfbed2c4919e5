# explicit chaining with raise ... from ...
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z_saved = z
        raise ValueError("converted") from z
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__ is z_saved)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__))
