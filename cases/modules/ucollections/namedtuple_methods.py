# _asdict, _replace and _make, and nested namedtuples.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p._asdict())
q = p._replace(y=5)
print(p, q, type(q).__name__)
print(Point._make([7, 8]), Point._make(range(2)))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
Line = namedtuple("Line", "start end")
ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.end.y)
