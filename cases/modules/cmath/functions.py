# pycopy-targets: unix (imports the helper module _show from its folder)
# cos, exp, log, log10, sin, sqrt on complex, float and int arguments.
import cmath
from _show import c

values = (1 + 1j, -1 + 0.5j, 0.5 - 2j, -3 - 4j, 2j, 1.5, -2.0, 3, 0.25j)
for z in values:
    print(z, "cos", c(cmath.cos(z)), "sin", c(cmath.sin(z)))
    print(z, "exp", c(cmath.exp(z)), "sqrt", c(cmath.sqrt(z)))
    print(z, "log", c(cmath.log(z)), "log10", c(cmath.log10(z)))
print(type(cmath.sqrt(4)).__name__, type(cmath.exp(0)).__name__)
# exact results
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0j), cmath.sqrt(-1))
print(cmath.exp(0), cmath.log(1), cmath.log10(100), cmath.log(-1))
print(cmath.cos(0), cmath.sin(0))
# log with a base
print(cmath.log(8, 2), c(cmath.log(1j, 2)), c(cmath.log(-8, 2 + 1j)))
# values near |z| = 1, tiny and huge
print(c(cmath.log(1.0000001)), c(cmath.log(1e-310 + 1e-310j)), c(cmath.log(1e308 + 1e308j)))
print(c(cmath.sqrt(1e-310 + 1e-310j)), c(cmath.sqrt(1e308 - 1e308j)))
print(c(cmath.exp(709.5)), c(cmath.cos(700j)))
