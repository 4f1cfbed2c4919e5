# mixing set and frozenset
s = {1, 2}
f = frozenset([2, 3])
print(type(s | f).__name__, type(f | s).__name__)
print(sorted(s & f), sorted(f - s))
print(s == {1, 2}, frozenset([1, 2]) == {1, 2})
d = {f: "frozen key"}
print(d[frozenset([3, 2])])
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__)
print(sorted(frozenset("abc") | {"d"}))
