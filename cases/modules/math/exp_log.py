# exp, expm1, log (with a base), log2, log10, pow, sqrt.
import math


def show(name, x):
    print(name, "%.12g" % x)


for x in (0, 1, -1, 0.5, 10, -700, 700):
    show("exp", math.exp(x))
for x in (0, 1e-10, -1e-10, 1, -1, 30):
    show("expm1", math.expm1(x))
print(math.expm1(1e-300), math.exp(-math.inf), math.exp(math.inf))
for x in (1, 2, 0.5, 10, 1e-300, 1e300, math.e):
    show("log", math.log(x))
print(math.log(1), math.log2(1), math.log10(1))
print(math.log(8, 2), math.log(100, 10), math.log(1, 3))
show("log base", math.log(10, 3))
show("log base", math.log(0.5, 0.25))
print(math.log2(8), math.log2(1024), math.log2(2 ** 60), math.log2(0.125))
print(math.log10(1000), math.log10(1e-5), math.log10(10 ** 20))
# ints too big for a float still have logarithms
show("log big", math.log(10 ** 400))
show("log2 big", math.log2(2 ** 5000))
show("log10 big", math.log10(10 ** 1000))
show("log big base", math.log(2 ** 2000, 2))
print(math.log(math.inf), math.isnan(math.log(math.nan)))
for x in (0, 1, 4, 2, 0.25, 1e300, 2 ** 100):
    show("sqrt", math.sqrt(x))
print(math.sqrt(-0.0), math.sqrt(math.inf))
for x, y in ((2, 10), (2, -1), (2.0, 0.5), (-2, 3), (-2, -3), (0, 0), (1, math.inf), (math.nan, 0), (1, math.nan), (10, -400), (-8, 1 / 3 * 0), (0.0, 3), (-0.0, 3)):
    print("pow", x, y, math.pow(x, y))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, -math.inf), math.pow(-1, math.inf))
print(type(math.pow(2, 3)).__name__)
