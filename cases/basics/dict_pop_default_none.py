d = {'a': None}
print(d.pop('a', 'x'), d.pop('a', 'x'), d.get('a', 'y'), d.setdefault('b', None), 'b' in d, d)
