"""
categories: Modules, ure
description: A negative `count` for `re.sub()` or `max_split` for `split()` means no limit
cause: ure stops substituting or splitting only when a positive limit runs
  out, so a negative limit works like 0, the documented default of
  "no limit" (`split`'s `max_split` defaults to -1). CPython makes no
  replacement and no split at all for a negative limit.
workaround: Pass 0 (or leave the argument out) for no limit, and a
  positive number for a limit.
"""
import re

print(re.sub("a", "b", "aaa", -1))
print(re.compile(",").split("a,b,c", -1))
