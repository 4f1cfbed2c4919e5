# The math functions take positional arguments only.
import math

for f, kw in ((math.sqrt, {"x": 4}), (math.pow, {"x": 2, "y": 3}), (math.log, {"x": 8, "base": 2}), (math.copysign, {"x": 1, "y": -1})):
    try:
        print(f(**kw))
    except TypeError:
        print(f.__name__, "TypeError")
