# rect(*polar(z)) gives z back (up to rounding) in every quadrant.
import cmath

for z in (3 + 4j, -3 + 4j, -3 - 4j, 3 - 4j, 1e-5 + 1e5j, -7.5 + 0j, 2j):
    w = cmath.rect(*cmath.polar(z))
    print(z, abs(w - z) <= 1e-12 * abs(z))
