# pycopy-targets: unix (lengths past 2**32 need a 64-bit host)
"""
categories: Types, range
description: `range()` bounds must fit in a machine word
cause: Pycopy keeps a range's start, stop and step as machine integers (as
  its C implementation does), so a range object is small and fast. A bound
  beyond 64 bits raises `OverflowError`; CPython's ranges take ints of any
  size.
workaround: For huge bounds, count with a `while` loop over ints.
"""

for args in ((2**64,), (0, 2**70, 3), (-(2**65), 0)):
    try:
        r = range(*args)
        print(r[-1], r[0], 5 in r)
    except OverflowError:
        print("OverflowError")
print(len(range(2**62)), range(2**62)[-1])
