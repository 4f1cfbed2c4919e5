# cmath.log(z, base) is log(z) / log(base), also with a complex base.
import cmath


def show(z):
    print("(%.12g, %.12g)" % (z.real, z.imag))


show(cmath.log(100, 10))
show(cmath.log(-1, -1))
show(cmath.log(1j, 1j))
show(cmath.log(8 + 8j, 2))
show(cmath.log(3, 1 + 2j))
print(cmath.log(1j), cmath.log(-1j), cmath.log(complex(-1, -0.0)))
