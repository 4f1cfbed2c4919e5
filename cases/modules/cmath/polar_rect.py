# pycopy-targets: unix (imports the helper module _show from its folder)
# phase, polar, rect, and the constants e and pi.
import cmath
from _show import c

print(cmath.e, cmath.pi)
for z in (1, -1, 1j, -1j, 1 + 1j, -1 - 1j, 3 + 4j, -2.5, 0, 0.0j):
    print(z, cmath.phase(z), cmath.polar(z))
print(cmath.phase(complex(-1.0, 0.0)), cmath.phase(-complex(1.0, 0.0)))
print(cmath.polar(1e308 + 1e308j))
for r, phi in ((1, 0), (2, cmath.pi / 2), (1, cmath.pi), (0.5, -cmath.pi / 4), (3, 1), (0, 2), (-1, 0)):
    print(r, "%.6f" % phi, c(cmath.rect(r, phi)))
print(cmath.rect(2, 0), cmath.rect(-2.0, 0.0), cmath.rect(cmath.inf, 0), cmath.rect(0, cmath.inf))
z = 3 - 4j
r, phi = cmath.polar(z)
print(c(cmath.rect(r, phi)))
print(cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
