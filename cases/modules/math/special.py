# erf, erfc, gamma, lgamma (printed to 12 significant digits: their
# implementations differ between libraries in the last bits).
import math


def show(name, x):
    print(name, "%.12g" % x)


for x in (0.0, 0.1, 0.5, 1.0, -1.0, 2.0, 3.5, 6.0, -6.0, 30.0):
    show("erf", math.erf(x))
    show("erfc", math.erfc(x))
print(math.erf(0.0), math.erf(-0.0), math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
# gamma of small positive integers is an exact factorial
for n in range(1, 24):
    print("gamma", n, math.gamma(n))
for x in (0.5, 1.5, -0.5, -1.5, 2.5, 10.1, 100.0, 1e-8, -170.5):
    show("gamma", math.gamma(x))
print(math.gamma(math.inf))
for x in (1, 2, 3, 0.5, 10, 100, 1e10, -0.5, -2.5, 1e-8):
    show("lgamma", math.lgamma(x))
print(math.lgamma(1), math.lgamma(2), math.lgamma(math.inf), math.lgamma(-math.inf))
