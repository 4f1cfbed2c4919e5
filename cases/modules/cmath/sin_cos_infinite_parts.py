# cmath.sin and cmath.cos with infinite or NaN parts: signed zeros are
# kept (no NaN from 0 * inf); an infinite real part is ValueError.
import cmath

inf, nan = float("inf"), float("nan")
for x, y in ((0.0, inf), (-0.0, -inf), (0.0, nan), (-0.0, nan), (inf, 0.0), (-inf, 1.0), (inf, inf), (nan, 0.0), (nan, -0.0), (nan, inf), (nan, -inf), (inf, nan)):
    for f in (cmath.sin, cmath.cos):
        try:
            print(f.__name__, x, y, f(complex(x, y)))
        except ValueError as e:
            print(f.__name__, x, y, "ValueError", e)
