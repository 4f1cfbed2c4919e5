d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('zz', None), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
