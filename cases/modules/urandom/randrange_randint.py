# randrange(stop), randrange(start, stop[, step]) and randint(a, b): every
# value in range, every value reached, CPython's errors.
import random

random.seed(7)
for args in ((10,), (5, 10), (-5, 5), (0, 20, 3), (20, 0, -4), (1, 2)):
    vals = [random.randrange(*args) for _ in range(300)]
    print(args, all(v in range(*args) for v in vals), set(vals) == set(range(*args)))
big = 10 ** 20
vals = [random.randrange(big, big + 5) for _ in range(300)]
print(all(big <= v < big + 5 for v in vals), sorted(set(vals)) == [big + i for i in range(5)])
for a, b in ((1, 6), (-3, 3), (0, 0), (5, 7)):
    vals = [random.randint(a, b) for _ in range(300)]
    print(a, b, min(vals), max(vals), len(set(vals)))
print(random.randrange(2 ** 70, 2 ** 70 + 1) == 2 ** 70, 0 <= random.randrange(2 ** 80) < 2 ** 80)
for args in ((0,), (-3,), (5, 5), (5, 1), (1, 5, 0), (1, 5, -1)):
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, "ValueError", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError", e)
