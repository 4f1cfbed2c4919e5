# modf gives the fractional and integer parts, both floats with the sign
# of x (also when a part is zero).
import math

for x in (-0.5, -3.0, 3.0, 0.0, -0.0, 1e300, -1e-300, 7, -7, True, 2 ** 60):
    print(x, math.modf(x))
print(type(math.modf(5)[1]).__name__)
