d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(sorted(k), list(reversed(k)) if hasattr(k, '__reversed__') else '', k == {'b', 'c', 'd'})
