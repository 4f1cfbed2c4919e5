"""
categories: Core, Generators
description: An unfinished generator's `finally` block does not run when the generator is discarded
cause: CPython closes a generator when its last reference goes away, which
  raises `GeneratorExit` inside it and runs its `finally` blocks. Pycopy has
  no finalizers, so a dropped generator is simply freed by a later
  collection.
workaround: Call the generator's `close()` method when done with it early,
  or run it to the end.
"""
import gc


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = numbers()
print(next(g))
del g
gc.collect()
print("dropped")
g = numbers()
print(next(g))
g.close()
print("closed")
