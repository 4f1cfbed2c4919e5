"""
categories: Modules, gc
description: `gc` has `mem_alloc()`, `mem_free()` and `threshold()`
cause: Pycopy extensions (see the spec's gc module) reporting and tuning the
  fixed-size heap of the garbage collector, which CPython does not have.
workaround: Guard their use with `hasattr(gc, "mem_free")` in portable code.
"""
import gc

for name in ("mem_alloc", "mem_free", "threshold"):
    print(name, hasattr(gc, name))
if hasattr(gc, "mem_alloc"):
    print(gc.mem_alloc() >= 0, gc.mem_free() >= 0)
