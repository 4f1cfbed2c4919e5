# pow's special values: signed zeros and infinities as in C99 Annex F.
import math

for x, y in ((-0.0, 3), (-0.0, 2), (0.0, math.inf), (0.5, math.inf), (2, -math.inf), (-2, math.inf),
             (-1, -math.inf), (-math.inf, -3), (-math.inf, -2), (-math.inf, 3), (-math.inf, 0.5), (math.inf, 0), (1, 1e308)):
    print(x, y, math.pow(x, y))
for x, y in ((-0.0, -1), (0.0, -2), (-0.0, -0.5), (-0.0, -math.inf)):
    try:
        print(math.pow(x, y))
    except ValueError as e:
        print(x, y, "ValueError", e)
