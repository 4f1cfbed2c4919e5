# The same seed gives the same values, for small, negative and big int
# seeds, through every function.
try:
    import urandom as random
except ImportError:
    import random


def run(s):
    random.seed(s)
    return (random.getrandbits(30), random.randrange(1000), random.randint(1, 6), random.random(), random.uniform(-1, 1), random.choice("abcdef"))


for s in (0, 1, 12345, 2 ** 31 - 1, 2 ** 32 + 7):
    print(s, run(s) == run(s))
print(run(1) != run(2))
