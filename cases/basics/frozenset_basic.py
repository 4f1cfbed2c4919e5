f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([3, 2, 1])), frozenset(), frozenset('a'))
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & f).__name__, type(f.union([9])).__name__, type(f.copy()).__name__, f.copy() is f)
d = {f: 'v', frozenset(): 'e'}
print(d[frozenset([3, 1, 2])], d[frozenset()], {f, frozenset([1, 2, 3])} == {f})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__)
