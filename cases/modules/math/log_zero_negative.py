# log, log2 and log10 of zero, negative zero and negative numbers are
# ValueError; of infinity inf.
import math

for f in (math.log, math.log2, math.log10):
    for x in (0, 0.0, -0.0, -1e-300, -math.inf, -(2 ** 100)):
        try:
            print(f(x))
        except ValueError as e:
            print(f.__name__, x, "ValueError", e)
    print(f.__name__, f(math.inf))
