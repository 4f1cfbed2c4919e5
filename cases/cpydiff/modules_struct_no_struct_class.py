"""
categories: Modules, ustruct
description: `struct` has no `Struct` class and no `iter_unpack()`
cause: ustruct provides the module-level functions (`pack`, `unpack`,
  `calcsize`, `pack_into`, `unpack_from`), which parse the format string on
  each call; precompiled format objects are left out.
workaround: Call the module-level functions with the format string.
"""
import struct

print(struct.pack("<HI", 1, 2))
print([n for n in ("pack", "unpack", "calcsize", "Struct", "iter_unpack") if not hasattr(struct, n)])
