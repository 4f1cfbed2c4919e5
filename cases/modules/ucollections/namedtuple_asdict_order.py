# _asdict keeps the field order.
from collections import namedtuple

R = namedtuple("R", "z a m")
r = R(1, 2, 3)
d = r._asdict()
print(list(d.keys()), list(d.values()))
print(d["a"], dict(d) == {"z": 1, "a": 2, "m": 3})
