"""
categories: Core, Classes
description: A user-defined `__del__` method is never called
cause: The garbage collector reclaims unreachable objects in bulk, without
  reference counting and without running finalizers, so there is no moment at
  which `__del__` could run.
workaround: Release resources explicitly: give the class a `close()` method
  and call it, or make it a context manager and use a `with` block.
"""
import gc


class Resource:
    def __del__(self):
        print("__del__ called")


r = Resource()
del r
gc.collect()
print("end of program")
