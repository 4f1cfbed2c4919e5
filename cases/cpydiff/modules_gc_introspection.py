"""
categories: Modules, gc
description: `gc` has no introspection functions (`get_objects`, `get_referrers`, `get_count`, ...)
cause: The collector is a simple mark-and-sweep over the whole heap with no
  generations and no per-object tracking to report on.
workaround: Use `gc.mem_alloc()` and `gc.mem_free()` to watch memory use.
"""
import gc

names = ("get_objects", "get_referrers", "get_referents", "get_count",
         "get_threshold", "freeze", "garbage")
print([n for n in names if not hasattr(gc, n)])
print(gc.isenabled())
