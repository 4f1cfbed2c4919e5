# randint(a, b) includes both ends; randint(a, a) is always a.
try:
    import urandom as random
except ImportError:
    import random

random.seed(1)
print([random.randint(5, 5) for _ in range(5)], random.randint(-7, -7))
vals = {random.randint(0, 1) for _ in range(200)}
print(sorted(vals))
vals = [random.randint(-(2 ** 40), 2 ** 40) for _ in range(50)]
print(all(-(2 ** 40) <= v <= 2 ** 40 for v in vals), type(vals[0]).__name__)
