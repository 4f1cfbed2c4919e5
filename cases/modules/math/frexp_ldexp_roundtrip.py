# ldexp(*frexp(x)) gives x back exactly; the mantissa is in [0.5, 1).
import math

for x in (1.0, -1.0, 0.1, 3.75, -1e-300, 1e300, 5e-324, 123456789.0, -2.5e-310):
    m, e = math.frexp(x)
    print(x, 0.5 <= abs(m) < 1.0, math.ldexp(m, e) == x)
