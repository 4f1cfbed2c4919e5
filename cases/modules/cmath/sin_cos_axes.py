# cmath.sin and cmath.cos on the real and the imaginary axis: the other
# part is a (signed) zero; on the imaginary axis they are sinh and cosh.
import cmath
import math

for x in (0.5, -1.0, 2.0):
    s = cmath.sin(complex(x, 0.0))
    c = cmath.cos(complex(x, 0.0))
    print(x, s.imag, "%.12g" % (s.real - math.sin(x)), c.imag == 0, "%.12g" % (c.real - math.cos(x)))
for y in (0.5, -1.0, 3.0):
    s = cmath.sin(complex(0.0, y))
    c = cmath.cos(complex(0.0, y))
    print(y, s.real, "%.10g" % (s.imag / math.sinh(y)), "%.10g" % (c.real / math.cosh(y)))
print(cmath.sin(0j), cmath.cos(0j), cmath.sin(-0.0))
