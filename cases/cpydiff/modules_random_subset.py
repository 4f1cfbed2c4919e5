"""
categories: Modules, urandom
description: `random` has no `shuffle()` or `sample()`
cause: urandom provides the spec's `seed()` and `getrandbits()` and a few
  convenience functions built on them (`randint`, `randrange`, `choice`,
  `random`, `uniform`), but not the functions that rearrange sequences.
workaround: Shuffle with a Fisher-Yates loop over `randrange()`.
"""
import random

print([n for n in ("randint", "choice", "shuffle", "sample") if not hasattr(random, n)])
