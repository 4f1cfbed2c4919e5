# degrees and radians.
import math

for x in (0, 1, math.pi, -math.pi / 2, 2 * math.pi, 1e300):
    print("degrees", x, math.degrees(x))
for x in (0, 1, 90, 180, -45, 360, 1e308):
    print("radians", x, math.radians(x))
print(math.degrees(math.inf), math.radians(-math.inf))
