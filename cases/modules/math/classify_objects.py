# isfinite/isinf/isnan convert their argument with __float__ and accept
# bools; a NaN is never finite nor infinite.
import math


class Big:
    def __float__(self):
        return float("inf")


class NaN:
    def __float__(self):
        return float("nan")


print(math.isinf(Big()), math.isfinite(Big()), math.isnan(Big()))
print(math.isinf(NaN()), math.isfinite(NaN()), math.isnan(NaN()))
print(math.isfinite(False), math.isinf(True), math.isnan(-math.nan), math.isinf(-1e308 * 10))
for f in (math.isfinite, math.isinf, math.isnan):
    try:
        f(None)
    except TypeError:
        print(f.__name__, "TypeError")
