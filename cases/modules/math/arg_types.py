# Arguments: ints, bools, big ints, floats, objects with __float__ or
# __index__; strings and complex numbers are TypeErrors; arity errors.
import math


class F:
    def __float__(self):
        return 4.0


class I:
    def __index__(self):
        return 9


print(math.sqrt(16), math.sqrt(True), math.sqrt(2 ** 100), math.sqrt(F()), math.sqrt(I()))
print(math.ldexp(1, True))
for bad in ("4", b"4", 1j, None, [4]):
    try:
        math.sqrt(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
for e in (2.0, I()):
    try:
        math.ldexp(1.0, e)
    except TypeError as e:
        print("TypeError", e)
for f, args in ((math.sqrt, ()), (math.sqrt, (1, 2)), (math.atan2, (1,)), (math.pow, (1, 2, 3))):
    try:
        f(*args)
    except TypeError:
        print("TypeError", len(args))
