# sqrt is correctly rounded: perfect squares are exact, sqrt(x)**2 near x.
import math

print([math.sqrt(n * n) for n in (0, 1, 3, 12, 99, 1000, 65535, 94906265)])
print(math.sqrt(2), math.sqrt(0.25), math.sqrt(1e-300), math.sqrt(5e-324), math.sqrt(1.7976931348623157e308))
print(math.sqrt(-0.0), math.isnan(math.sqrt(math.nan)))
for x in (-math.inf, -1e-300, -4):
    try:
        math.sqrt(x)
    except ValueError as e:
        print("ValueError", e)
