# sinh, cosh, tanh and their inverses.
import math


def show(name, x):
    print(name, "%.12g" % x)


for x in (0.0, 0.5, -0.5, 1.0, 3.0, -20.0):
    show("sinh", math.sinh(x))
    show("cosh", math.cosh(x))
    show("tanh", math.tanh(x))
    show("asinh", math.asinh(x))
for x in (1.0, 1.5, 10.0, 1e10):
    show("acosh", math.acosh(x))
for x in (0.0, 0.5, -0.5, 0.99):
    show("atanh", math.atanh(x))
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
print(math.asinh(-0.0), math.atanh(-0.0), math.acosh(1))
