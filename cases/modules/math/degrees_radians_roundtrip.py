# radians and degrees are inverse scalings by pi/180, exact on zeros and
# infinities.
import math

for x in (0.0, -0.0, 1.0, 30.0, 45.0, -720.0):
    print(x, "%.15g" % math.degrees(math.radians(x)))
print(math.radians(180) == math.pi, math.degrees(math.pi), math.radians(-0.0), math.degrees(-math.inf))
print(math.isnan(math.degrees(math.nan)), type(math.radians(1)).__name__)
