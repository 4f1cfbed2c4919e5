# fabs always returns a float, for ints, big ints, bools and floats.
import math

for x in (-3, 0, -(2 ** 70), False, -0.0, -1.5, -math.inf):
    r = math.fabs(x)
    print(repr(x), r, type(r).__name__)
print(math.isnan(math.fabs(-math.nan)))
try:
    math.fabs(10 ** 400)
except OverflowError:
    print("OverflowError")
