# Trigonometric functions with NaN arguments give NaN; atan2 with
# infinities gives multiples of pi/4 with the right signs.
import math

print([math.isnan(f(math.nan)) for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan)])
inf = math.inf
for y, x in ((1, inf), (-1, inf), (1, -inf), (-1, -inf), (inf, 1), (-inf, 1), (inf, -inf), (-inf, -inf), (0.0, inf), (-0.0, -inf)):
    print(y, x, math.atan2(y, x))
print(math.isnan(math.atan2(math.nan, 1)), math.isnan(math.atan2(1, math.nan)))
