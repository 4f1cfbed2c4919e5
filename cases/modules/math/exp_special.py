# exp and expm1 at infinities, large negative arguments and zeros
# (exp(1) to 12 digits: the last bit may differ between C libraries).
import math

print(math.exp(-math.inf), math.exp(-1000), math.exp(0), math.exp(-0.0), "%.12g" % math.exp(1))
print(math.expm1(-math.inf), math.expm1(-1000), math.expm1(-0.0), math.expm1(0), math.expm1(math.inf))
print(math.isnan(math.exp(math.nan)), math.isnan(math.expm1(math.nan)))
for f in (math.exp, math.expm1):
    try:
        f(710)
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
