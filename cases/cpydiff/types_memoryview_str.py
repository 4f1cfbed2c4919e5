"""
categories: Types, memoryview
description: `memoryview()` accepts a `str` and exposes its UTF-8 bytes
cause: A Pycopy extension (see the spec's builtins section): a `str` is
  stored as UTF-8, so `memoryview("abc")` can view those bytes without
  first making a `bytes` copy, which saves memory. CPython requires an
  object supporting the buffer protocol.
workaround: For portable code, encode first: `memoryview("abc".encode())`.
"""

try:
    m = memoryview("h\u00e9")
    print(len(m), bytes(m))
except TypeError:
    print("TypeError")
print(bytes(memoryview("h\u00e9".encode())))
