"""
categories: Modules, uio
description: `StringIO(n)` and `BytesIO(n)` with an int create an empty stream with room for `n` bytes
cause: On a microcontroller, preallocating a stream's buffer avoids
  reallocating (and fragmenting the heap) while it fills, so an int argument
  means the size to reserve. CPython accepts only an initial value (str or
  bytes-like), and raises `TypeError` for an int.
workaround: Pass an initial value (or nothing) for code that must also run
  on CPython.
"""
import io

for cls in (io.StringIO, io.BytesIO):
    try:
        print(repr(cls(10).getvalue()))
    except TypeError:
        print("TypeError")
