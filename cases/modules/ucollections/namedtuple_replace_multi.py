# _replace with several fields returns a new instance, the original unchanged.
from collections import namedtuple

C = namedtuple("C", "r g b")
c = C(1, 2, 3)
d = c._replace(r=10, b=30)
print(c, d, c is d)
print(c._replace(), c._replace() == c)
