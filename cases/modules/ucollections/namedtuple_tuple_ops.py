# namedtuples are tuples: equality with plain tuples, hashing, count/index,
# concatenation gives a plain tuple.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p == (1, 2), p != (2, 1), isinstance(p, tuple))
print(hash(p) == hash((1, 2)), {p: "v"}[(1, 2)])
print(p.count(1), p.index(2))
q = p + (3,)
print(q, type(q).__name__)
print(sorted([P(2, 1), P(1, 5)]))
