# cmath.sqrt with infinite parts, as in C99 Annex G (csqrt).
import cmath

inf = float("inf")
for z in (complex(inf, 1.0), complex(-inf, 1.0), complex(-inf, -1.0), complex(1.0, inf), complex(-1.0, -inf), complex(inf, -0.0)):
    print(z, cmath.sqrt(z))
print(cmath.sqrt(-1), cmath.sqrt(complex(-1.0, -0.0)), cmath.sqrt(-0.0))
