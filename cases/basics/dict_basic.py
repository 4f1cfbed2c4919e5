d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' not in d, list(d), d.get('z'), d.get('z', 0), d.get('a', 0))
del d['b']
print(d, {}, dict(), {1: {2: {}}})
try:
    d['zz']
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
