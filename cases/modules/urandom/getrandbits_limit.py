# The spec: getrandbits supports at most 32 bits; Pycopy raises ValueError
# beyond that (CPython returns more bits).
import random

print(0 <= random.getrandbits(32) < 2 ** 32)
try:
    random.getrandbits(33)
    print("no error")
except ValueError:
    print("ValueError")
