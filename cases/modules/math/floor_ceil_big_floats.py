# floor/ceil/trunc of big floats give the exact (big) int, not an
# approximation.
import math

for x in (2.0 ** 64, -(2.0 ** 70), 1e300, -1.5e25, 4503599627370495.5, -4503599627370495.5):
    print(math.floor(x), math.ceil(x), math.trunc(x))
print(math.floor(1e300) == int(1e300), math.ceil(-1e300) == int(-1e300))
