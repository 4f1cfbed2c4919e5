# randrange(start, stop, step) only picks start + k*step.
try:
    import urandom as random
except ImportError:
    import random

random.seed(5)
for args in ((0, 10, 5), (1, 100, 7), (10, -10, -3), (3, 4, 10)):
    vals = {random.randrange(*args) for _ in range(300)}
    print(args, sorted(vals) == sorted(set(range(*args))))
