# Set operations on dict views iterate in CPython's order.
d = dict.fromkeys([5, 3, 99, 64, 1])
print(d.keys() - {3})
print(d.keys() ^ {64, 7})
print(d.keys() | [128])
print(d.keys() & [99, 1, 77])
print({3, 200} | d.keys())
e = {1: 'a', 2: 'b', 9: 'c'}
print(sorted(e.items() | {(4, 'd')}))
print(set(d), set(d.keys()))
