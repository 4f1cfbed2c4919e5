# Hyperbolic functions at infinities, signed zeros and the edges of
# their domains.
import math

print(math.sinh(-0.0), math.tanh(-0.0), math.cosh(-0.0), math.asinh(math.inf), math.asinh(-math.inf))
print(math.acosh(1.0), math.acosh(math.inf), math.atanh(0.0), math.tanh(1000))
for f, x in ((math.acosh, 0.9999), (math.acosh, -math.inf), (math.atanh, -1), (math.atanh, 1.5), (math.atanh, math.inf)):
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, x, "ValueError", e)
for f, x in ((math.sinh, 711), (math.cosh, -711)):
    try:
        print(f(x))
    except OverflowError as e:
        print(f.__name__, x, "OverflowError", e)
