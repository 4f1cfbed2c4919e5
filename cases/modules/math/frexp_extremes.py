# frexp of the smallest subnormal, the largest float, a big int and bools.
import math

for x in (5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.75, 2 ** 1000, True, False):
    print(repr(x)[:14], math.frexp(x))
