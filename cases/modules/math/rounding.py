# ceil, floor and trunc return ints: from floats, ints (unchanged), big
# ints, bools, and objects defining __ceil__/__floor__/__trunc__.
import math

for x in (1.5, -1.5, 2.0, -0.5, 0.5, -0.0, 1e20, -1e20, 123456789.999):
    print(x, math.ceil(x), math.floor(x), math.trunc(x))
print(type(math.ceil(1.5)).__name__, type(math.floor(-1.5)).__name__, type(math.trunc(1.5)).__name__)
for x in (7, -7, 0, 10 ** 30, -(10 ** 30), True):
    print(x, math.ceil(x), math.floor(x), math.trunc(x))
print(math.floor(1e300) == 10 ** 300 // 1 or math.floor(1e300) > 10 ** 299)


class Num:
    def __ceil__(self):
        return "ceil"

    def __floor__(self):
        return "floor"

    def __trunc__(self):
        return "trunc"


print(math.ceil(Num()), math.floor(Num()), math.trunc(Num()))


class F:
    def __float__(self):
        return 2.5


print(math.ceil(F()), math.floor(F()))
try:
    math.trunc(F())
except TypeError:
    print("TypeError trunc")

for f in (math.ceil, math.floor, math.trunc):
    for x in (math.inf, -math.inf, math.nan):
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(f.__name__, x, type(e).__name__, e)
    try:
        f("1.5")
    except TypeError:
        print(f.__name__, "TypeError")
