# seed() makes the sequence repeatable; getrandbits(n) is in [0, 2**n).
import random

random.seed(42)
a = [random.getrandbits(32) for _ in range(20)]
random.seed(42)
b = [random.getrandbits(32) for _ in range(20)]
print(a == b)
random.seed(43)
print(a != [random.getrandbits(32) for _ in range(20)])
for n in (1, 2, 7, 8, 16, 31, 32):
    vals = [random.getrandbits(n) for _ in range(200)]
    print(n, all(0 <= v < 2 ** n for v in vals), type(vals[0]).__name__)
print(set(random.getrandbits(1) for _ in range(200)) == {0, 1})
print(random.getrandbits(0))
try:
    random.getrandbits(-1)
except ValueError:
    print("ValueError")
print(random.seed(1), random.seed(), random.seed(None))
random.seed(-5)
x = random.getrandbits(16)
random.seed(-5)
print(x == random.getrandbits(16))
