"""
categories: Types
description: `list[int]` and the other built-in generic aliases are the class itself
cause: Type hints are accepted but not kept, so subscripting a built-in
  container class returns the class unchanged instead of a `types.GenericAlias`.
workaround: Use generic aliases only in annotations; don't inspect them at run time.
"""
print(list[int])
print(dict[str, int] is dict)
print(list[int]([1, 2]))
