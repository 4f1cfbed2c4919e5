# Errors: bad names (CPython's messages), and wrong arguments when
# creating instances; fields are read-only.
from collections import namedtuple

for name, fields in (("P", "x x"), ("P", "_x"), ("P", "class"), ("1P", "x"), ("P", ["x", 1]), ("P-Q", "x"), ("def", "x"), ("P", "a b-c")):
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print("ValueError", e)
P = namedtuple("P", "x y")
for args, kwargs in (((1,), {}), ((1, 2, 3), {}), ((1,), {"y": 2, "z": 3}), ((1,), {"x": 2}), ((), {})):
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
print(p)
