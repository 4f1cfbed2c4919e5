# pycopy-targets: unix (uos is a module of the unix port)
"""
categories: Modules, uos
description: The directory iterator is `os.ilistdir()`, yielding `(name, type, inode)` tuples; there is no `os.scandir()`
cause: `ilistdir()` is the spec's directory iterator: it yields small tuples
  instead of `DirEntry` objects, with the type as the `S_IFMT` bits
  (`0x4000` directory, `0x8000` file).
workaround: Use `os.listdir()` and `os.stat()`, which both have, or pick the
  function that exists: `getattr(os, "ilistdir", None)`.
"""
try:
    import uos as os
except ImportError:
    import os

print(hasattr(os, "ilistdir"), hasattr(os, "scandir"))
try:
    for entry in sorted(os.ilistdir(".")):
        if entry[0] == "modules_uos_ilistdir.py":
            print(len(entry), entry[0], hex(entry[1]))
except AttributeError:
    print("AttributeError")
