# polar of numbers on the real axis: the sign of a zero imaginary part
# gives a phase of +pi or -pi on the negative axis, +0.0 or -0.0 on the
# positive one.
import cmath

for z in (complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(-2.0, 0.0), complex(-2.0, -0.0), complex(2.0, -0.0)):
    print(z, cmath.polar(z))
