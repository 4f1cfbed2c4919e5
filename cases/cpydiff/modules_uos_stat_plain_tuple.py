# pycopy-targets: unix (uos is a module of the unix port)
"""
categories: Modules, uos
description: `os.stat()` and `os.statvfs()` return plain tuples, without `st_*`/`f_*` attributes
cause: Pycopy returns the 10 values as a plain tuple, which costs less memory
  than a structure sequence; the order of the values is CPython's.
workaround: Index the result (`os.stat(p)[6]` is the size, `[8]` the
  modification time); this works on CPython too.
"""
try:
    import uos as os
except ImportError:
    import os

st = os.stat(".")
print(type(st).__name__, len(st))
print(st[6] == tuple(st)[6])
for name in ("st_mode", "st_size", "st_mtime"):
    print(name, hasattr(st, name))
print(type(os.statvfs(".")).__name__, hasattr(os.statvfs("."), "f_bsize"))
