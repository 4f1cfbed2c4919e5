"""
categories: Types, memoryview
description: `memoryview(buf, offset, size)` views a section of a buffer
cause: A Pycopy extension (the spec's builtins section lists the
  constructor `memoryview(buffer, offset, size)`): it makes a view of the
  middle of a buffer without slicing a first view. CPython's memoryview
  takes exactly one argument and raises `TypeError`.
workaround: For portable code, slice a view: `memoryview(buf)[offset:offset + size]`.
"""

b = bytearray(b"abcdefgh")
try:
    m = memoryview(b, 2, 3)
    print(bytes(m))
except TypeError:
    print("TypeError")
print(bytes(memoryview(b)[2:5]))
