# Tuples, frozensets and ranges hash as in CPython (ints inside).
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)))
print(hash(((1, 2), (3,))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(range(3)), hash(range(1, 10, 2)), hash(range(0, 6, 2)) == hash(range(0, 5, 2)))
print(hash((1.5, True, None is None)))
