"""
categories: Modules, urandom
description: `random` starts from the same state in every run
cause: As the spec's urandom section says, the generator is not seeded at
  start-up, so a fresh interpreter always produces the same sequence
  (useful for reproducible tests). CPython seeds from the operating
  system's entropy source.
workaround: Call `random.seed()` with a varying value (e.g. from
  `os.urandom()` or the time) when the numbers must differ between runs.
"""
import random

first = random.getrandbits(30)
print(first == 934428951)
