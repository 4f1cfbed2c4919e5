a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 0, 'w': 5}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & {'x', 'q'}), sorted(a.keys() | ['q']), sorted({'x', 'w'} - a.keys()), sorted(['y'] ^ a.keys()))
print(sorted(a.items() & {('x', 1), ('y', 3)}), sorted(a.items() - {('x', 1)}), a.keys().isdisjoint({'q'}), a.keys().isdisjoint(['x']))
print(type(a.keys() & b.keys()).__name__, a.keys() == {'x', 'y', 'z'}, a.keys() != {'x'}, a.keys() < {'x', 'y', 'z', 'w'}, a.keys() <= a.keys(), a.items() > {('x', 1)})
