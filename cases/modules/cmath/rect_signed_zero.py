# rect keeps signed zeros: rect(r, 0.0) and rect(r, -0.0) differ in the
# sign of the imaginary part.
import cmath

print(cmath.rect(1, 0.0), cmath.rect(1, -0.0), cmath.rect(0, 0), cmath.rect(-0.0, 0.0))
print(cmath.rect(2.0, -0.0), cmath.rect(-1, -0.0), cmath.rect(3, 0))
z = cmath.rect(2, cmath.pi)
print("%.12g %.3g" % (z.real, z.imag))
print(type(cmath.rect(1, 1)).__name__)
