# sin, cos, tan, asin, acos, atan, atan2 (printed to 12 significant digits:
# the last bit may differ between C libraries).
import math


def show(name, x):
    print(name, "%.12g" % x)


for x in (0.0, 0.5, 1.0, -1.0, 2.0, 10.0, math.pi / 6, -math.pi / 3):
    show("sin", math.sin(x))
    show("cos", math.cos(x))
    show("tan", math.tan(x))
for x in (0.0, 0.5, -0.5, 1.0, -1.0):
    show("asin", math.asin(x))
    show("acos", math.acos(x))
for x in (0.0, 1.0, -1.0, 1e10, -1e10):
    show("atan", math.atan(x))
print(math.sin(0.0), math.sin(-0.0), math.cos(0.0), math.tan(-0.0))
print(math.atan(math.inf), math.atan(-math.inf))
for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1), (0.0, -1), (-0.0, -1), (0.0, 0.0), (-0.0, -0.0), (1, 0)):
    show("atan2 %r %r" % (y, x), math.atan2(y, x))
print(math.atan2(math.inf, math.inf) == math.pi / 4)
print(math.atan2(2, 3) == math.atan2(2.0, 3.0))
