# urandom and random are the same module.
try:
    import urandom
except ImportError:
    import random as urandom
import random

urandom.seed(5)
a = urandom.getrandbits(16)
random.seed(5)
print(a == random.getrandbits(16))
