# cmath.exp on the axes and at infinities: exp(x+0j) is real, exp(-inf)
# is zero, exp(i*pi) is -1 up to rounding.
import cmath

print(cmath.exp(0j), cmath.exp(complex(0.0, -0.0)), cmath.exp(complex(1.0, 0.0)).imag)
inf = float("inf")
print(cmath.exp(complex(-inf, 0.0)), cmath.exp(complex(inf, 0.0)), cmath.exp(complex(-inf, 1.0)))
z = cmath.exp(1j * cmath.pi)
print("%.12g %.3g" % (z.real, z.imag))
z = cmath.exp(complex(1, 2))
print("%.12g %.12g" % (z.real, z.imag))
