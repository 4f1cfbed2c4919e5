"""
categories: Modules, ucollections
description: `collections` has only `deque`, `namedtuple` and `OrderedDict`
cause: ucollections implements the three container types the spec
  documents; `defaultdict`, `Counter`, `ChainMap` and the abstract base
  classes are not built in.
workaround: Use `dict.setdefault()` or `dict.get(key, 0) + 1` instead of
  `defaultdict` and `Counter`.
"""
import collections

print(collections.__name__)
print([n for n in ("deque", "namedtuple", "OrderedDict", "defaultdict", "Counter", "ChainMap")
       if not hasattr(collections, n)])
