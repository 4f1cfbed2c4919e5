# The branch cuts along the negative real axis: the sign of a zero
# imaginary part picks the side (sqrt, log, log10, phase).
import cmath

above = complex(-4.0, 0.0)
below = above.conjugate()
for z in (above, below):
    print(z, cmath.sqrt(z), cmath.log(z), cmath.phase(z), cmath.polar(z))
print(cmath.log10(complex(-100.0, 0.0)), cmath.log10(complex(-100.0, 0.0).conjugate()))
print(cmath.sqrt(complex(0.0, 0.0).conjugate()), cmath.sqrt(complex(-0.0, 0.0)))
print(cmath.sqrt(complex(4.0, 0.0).conjugate()))
