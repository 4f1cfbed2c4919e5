# choice works on any sequence: str gives a 1-char str, bytes an int,
# range an int, tuple an item.
try:
    import urandom as random
except ImportError:
    import random

random.seed(2)
c = random.choice("hello")
print(c in "hello", len(c), type(c).__name__)
b = random.choice(b"\x01\x02")
print(b in (1, 2), type(b).__name__)
print(random.choice(range(10, 20, 5)) in (10, 15), random.choice(("only",)), random.choice([None]))
