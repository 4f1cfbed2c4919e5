s, f = {1, 2}, frozenset([2, 3])
for r in (s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s):
    print(type(r).__name__, sorted(r))
print(s < frozenset([1, 2, 3]), frozenset([1]) <= s, s == frozenset([1, 2]), frozenset([1, 2]) == s)
print({frozenset([1]): 1}.get(frozenset([1])), frozenset([frozenset([1])]))
