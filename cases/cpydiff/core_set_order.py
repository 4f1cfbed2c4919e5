"""
categories: Core, Builtin types
description: Sets iterate in insertion order, also for small integers
cause: `set` and `frozenset` use the same insertion-ordered hash table as
  `dict`, so iteration follows the order in which elements were added.
  CPython orders sets by hash, which for small integers looks sorted.
workaround: Never rely on set iteration order; sort when the order matters
  (`sorted(s)`).
"""

s = {5, 3, 1, 4}
print(list(s))
s.add(2)
print(list(s))
print(sorted(s))
print(frozenset([30, 10, 20]))
