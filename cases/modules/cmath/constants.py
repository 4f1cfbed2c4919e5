# cmath.e and cmath.pi are floats equal to math's.
import cmath
import math

print(cmath.e == math.e, cmath.pi == math.pi, type(cmath.e).__name__, type(cmath.pi).__name__)
print(cmath.e, cmath.pi)
