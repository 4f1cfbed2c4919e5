"""
categories: Types, memoryview
description: A memoryview can only be sliced with step 1
cause: Pycopy's memoryview is a window (offset and length) into its buffer,
  with no strides, which keeps it small; slicing it with another step raises
  `NotImplementedError`. CPython's memoryview supports any step.
workaround: Slice the underlying object (`bytes(buf)[::2]`), which copies,
  or index the view in a loop.
"""

m = memoryview(b"abcdef")
print(bytes(m[1:4]), bytes(m[::1]))
for s in (slice(None, None, 2), slice(None, None, -1)):
    try:
        print(bytes(m[s]))
    except NotImplementedError:
        print("NotImplementedError")
