# isfinite, isinf, isnan on floats and ints.
import math

for x in (0.0, -0.0, 1.5, 1e308, math.inf, -math.inf, math.nan, 3, 10 ** 300, True):
    print(repr(x)[:12], math.isfinite(x), math.isinf(x), math.isnan(x))
try:
    math.isinf(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.isnan("nan")
except TypeError as e:
    print("TypeError", e)
