# cmath.exp with infinite or NaN parts: CPython's special values (C99
# Annex G); an infinite imaginary part is ValueError unless x is -inf/NaN.
import cmath

inf, nan = float("inf"), float("nan")
for x, y in ((0.0, inf), (-1.0, -inf), (inf, inf), (-inf, inf), (-inf, -inf), (-inf, nan), (inf, nan), (nan, inf), (1.0, nan), (inf, -0.0), (-inf, 2.0)):
    try:
        print(x, y, cmath.exp(complex(x, y)))
    except ValueError as e:
        print(x, y, "ValueError", e)
