# fmod with an infinite x or a zero y is ValueError; NaN in gives NaN.
import math

for x, y in ((math.inf, 1), (-math.inf, math.inf), (1, 0), (1.5, -0.0), (0, 0)):
    try:
        print(math.fmod(x, y))
    except ValueError as e:
        print(x, y, "ValueError", e)
print(math.isnan(math.fmod(math.nan, 1)), math.isnan(math.fmod(1, math.nan)))
