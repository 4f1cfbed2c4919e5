# namedtuple(name, fields): fields as a tuple/list of strings or as one
# string; attribute access and indexing; a subclass of tuple.
from collections import namedtuple

MyTuple = namedtuple("MyTuple", ("id", "name"))
t1 = MyTuple(1, "foo")
t2 = MyTuple(2, "bar")
print(t1.name)
assert t2.name == t2[1]
print(t1, t2, repr(t1))
print(t1.id, t1[0], t1[-1], len(t1), t1[:1], list(t1))
print(isinstance(t1, tuple), type(t1).__name__, MyTuple.__name__)
a, b = t2
print(a, b)
P = namedtuple("P", "x y z")
p = P(1, 2, z=3)
print(p, p.x + p.y + p.z, P._fields, MyTuple._fields)
Q = namedtuple("Q", "a, b,c")
print(Q(1, 2, 3))
R = namedtuple("R", ["left", "right"])
print(R(right=1, left=2))
E = namedtuple("E", "")
print(E(), len(E()))
print(P(1, 2, 3) == (1, 2, 3), P(1, 2, 3) < P(1, 2, 4), hash(P(1, 2, 3)) == hash((1, 2, 3)))
print(sorted([P(3, 1, 1), P(1, 2, 3), P(2, 0, 0)]))
print({P(1, 2, 3): "v"}[(1, 2, 3)])
print(P(*range(3)), P(x="a", y="b", z="c"))
print(P.x is not None, p.count(2), p.index(3))
