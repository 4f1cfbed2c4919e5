# log takes one or two arguments, both numbers.
import math

for args in ((), (1, 2, 3), ("1",), (1, "2"), (None,), (1, None)):
    try:
        math.log(*args)
    except TypeError:
        print(len(args), "TypeError")
