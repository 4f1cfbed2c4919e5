# choice picks an element; random() is in [0, 1); uniform(a, b) between
# a and b.
import random

random.seed(3)
seq = ["a", "b", "c", "d"]
picks = [random.choice(seq) for _ in range(200)]
print(set(picks) == set(seq), random.choice("xyz") in "xyz", random.choice(range(5, 8)) in (5, 6, 7), random.choice((9,)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
vals = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in vals), type(vals[0]).__name__, 0.3 < sum(vals) / len(vals) < 0.7)
print(len(set(vals)) > 990)
for a, b in ((0, 1), (5, 10), (-2.5, 2.5), (10, 5), (3, 3)):
    u = [random.uniform(a, b) for _ in range(200)]
    print(a, b, all(min(a, b) <= v <= max(a, b) for v in u), type(u[0]).__name__)
random.seed(11)
a = (random.random(), random.uniform(1, 2), random.choice(seq), random.randint(1, 100))
random.seed(11)
print(a == (random.random(), random.uniform(1, 2), random.choice(seq), random.randint(1, 100)))
