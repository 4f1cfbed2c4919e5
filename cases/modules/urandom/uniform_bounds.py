# uniform(a, b) with a == b is a; the result is a float even for ints.
try:
    import urandom as random
except ImportError:
    import random

random.seed(6)
print(random.uniform(2, 2), random.uniform(-1.5, -1.5), type(random.uniform(0, 10)).__name__)
vals = [random.uniform(1e-3, 2e-3) for _ in range(100)]
print(all(1e-3 <= v <= 2e-3 for v in vals))
