# set() and frozenset()
print(sorted(set([3, 1, 2, 3])))
print(set(), frozenset())
print(sorted(set("hello")))
print(len(set(range(100))), len(frozenset([1, 1, 1])))
s = {1, 2}
fs = frozenset(s)
s.add(3)
print(sorted(s), sorted(fs))
print({frozenset([1]): "frozenset is hashable"}[frozenset([1])])
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__)
