"""
categories: Core, Classes
description: Assigning a new dict to an instance's `__dict__` does not replace its attributes
cause: An instance's attributes live in a table that belongs to the object.
  Assigning to `__dict__` only stores the new dict under the name `__dict__`;
  attribute lookups keep using the instance's own table.
workaround: Update the existing dict instead, e.g.
  `obj.__dict__.update(new)` (after clearing it if needed).
"""


class Record:
    pass


r = Record()
r.__dict__ = {"name": "x"}
try:
    print(r.name)
except AttributeError:
    print("AttributeError")
r2 = Record()
r2.__dict__.update({"name": "y"})
print(r2.name)
