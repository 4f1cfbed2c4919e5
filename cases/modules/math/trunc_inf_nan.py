# trunc, floor and ceil of an infinity are OverflowError, of a NaN
# ValueError (one line per function and value, with the message).
import math

for name in ("trunc", "floor", "ceil"):
    f = getattr(math, name)
    for x in (float("inf"), float("-inf"), float("nan")):
        try:
            print(f(x))
        except OverflowError as e:
            print(name, x, "OverflowError", e)
        except ValueError as e:
            print(name, x, "ValueError", e)
