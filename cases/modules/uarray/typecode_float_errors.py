# Float arrays take ints and floats, not strings or None.
from array import array

d = array("d", [0.0])
for bad in ("1.0", None, [1.0], b"1"):
    try:
        d[0] = bad
    except TypeError:
        print("TypeError", type(bad).__name__)
d[0] = True
print(d)
