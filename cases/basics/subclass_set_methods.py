class S(set):
    pass
s = S([1, 2, 3])
s.add(4)
s.discard(1)
s |= {9}
print(sorted(s), len(s), 2 in s, sorted(s | {7}), type(s | {7}).__name__, sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 8}), s.issubset({2, 3, 4, 9, 10}), sorted(s.union([0])), isinstance(s, set), s == {2, 3, 4, 9})
f = frozenset(s)
class FS(frozenset):
    pass
fs = FS([1, 2])
print(sorted(fs), hash(fs) == hash(frozenset([1, 2])), fs == {1, 2}, type(fs | {3}).__name__, {fs: 1}[frozenset([1, 2])])
