class D(dict):
    pass
d = D(a=1, b=2)
d['c'] = 3
print(d, len(d), d['a'], d.get('z', 0), sorted(d.keys()), sorted(d.values()), sorted(d.items()), 'a' in d, d.pop('a'), d.setdefault('x', 9), d, d.copy(), type(d.copy()).__name__, dict(d) == d)
d.update({'y': 8})
del d['b']
print(d, list(d), d == {'c': 3, 'x': 9, 'y': 8}, isinstance(d, dict), D.fromkeys('ab', 0), type(D.fromkeys('a')).__name__, repr(D()))
