"""
categories: Modules, urandom
description: `random.getrandbits()` accepts at most 32 bits
cause: The generator produces 32-bit words and `getrandbits(n)` returns one
  of them, so the spec limits n to 32 (a larger n raises `ValueError`).
workaround: Combine several calls: `(getrandbits(32) << 32) | getrandbits(32)`.
"""
import random

try:
    print(random.getrandbits(40) < 2 ** 40)
except ValueError:
    print("ValueError")
print(random.getrandbits(32) < 2 ** 32)
