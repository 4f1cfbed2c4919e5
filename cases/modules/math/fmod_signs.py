# fmod: the result has the sign of x (unlike %), and is exact.
import math

for x, y in ((6, 3), (-6, 3), (6, -3), (-6, -3), (5, 3), (-5, 3), (5, -3), (-5, -3), (-0.0, 3), (0.0, -3)):
    print(x, y, math.fmod(x, y), x % y)
print(math.fmod(1e300, 3), math.fmod(0.1, 0.03), math.fmod(-7, math.inf), math.fmod(-0.0, math.inf))
