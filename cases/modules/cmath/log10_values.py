# cmath.log10 on powers of ten and on the negative and imaginary axes.
import cmath


def show(z):
    print("(%.12g, %.12g)" % (z.real, z.imag))


for z in (1000, 0.01, -10, 1000j, -1e-5j, complex(3, 4)):
    show(cmath.log10(z))
print(cmath.log10(1), cmath.log10(10))
