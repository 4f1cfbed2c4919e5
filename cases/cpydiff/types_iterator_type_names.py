"""
categories: Types, Iterators
description: Built-in iterators share one type named `iterator`
cause: Iterators over lists, tuples, strings, bytes and dicts are all
  instances of one small internal type instead of one type per container
  (`list_iterator`, `tuple_iterator`, ...).
workaround: Do not test iterator types by name; use `iter()` and `next()`,
  or check for a `__next__` method.
"""

for container in ([1], (1,), "a", {1: 2}, b"x"):
    print(type(iter(container)).__name__)
print(hasattr(iter([]), "__next__"))
