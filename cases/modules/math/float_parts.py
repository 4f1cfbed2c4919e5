# frexp, ldexp, modf, copysign, fmod, fabs.
import math

for x in (8.0, 1.0, 0.5, -3.0, 0.0, -0.0, 1e-310, 1e300, 7):
    print("frexp", x, math.frexp(x))
print(math.frexp(math.inf), math.frexp(-math.inf), math.isnan(math.frexp(math.nan)[0]))
for m, e in ((0.5, 4), (1, -1), (3, 0), (-1.5, 10), (1.0, -1074), (1.0, -1080), (0.0, 5000), (-0.0, 1), (1.0, -10 ** 30), (math.inf, -5)):
    print("ldexp", m, e, math.ldexp(m, e))
for x in (2.5, -2.5, 3.0, -0.0, 0.25, 1e20, 5):
    print("modf", x, math.modf(x))
print(math.modf(math.inf), math.modf(-math.inf))
print(all(math.isnan(v) for v in math.modf(math.nan)))
for x, y in ((3, -1), (-3, 1), (3, 0.0), (3, -0.0), (0.0, -1), (math.inf, -2), (1, math.nan)):
    print("copysign", x, y, math.copysign(x, y))
for x, y in ((7, 3), (-7, 3), (7, -3), (-7.5, 2), (5.5, 1.5), (1, math.inf), (-1, math.inf), (0.0, 1), (-0.0, 1), (3, 10 ** 20)):
    print("fmod", x, y, math.fmod(x, y))
for x in (-3, 3, -2.5, -0.0, -math.inf, True):
    print("fabs", x, math.fabs(x))
