# erf is odd, erfc(x) = 1 - erf(x), and both saturate for large |x|.
import math

for x in (0.25, 0.75, 1.5, 2.5, 4.0):
    print(x, math.erf(-x) == -math.erf(x), abs(math.erf(x) + math.erfc(x) - 1.0) < 1e-15)
print(math.erfc(0.0), math.erfc(-0.0), math.erf(10.0), math.erf(-10.0), math.erfc(-10.0))
print(math.erfc(30.0) < 1e-300, math.erfc(40.0))
