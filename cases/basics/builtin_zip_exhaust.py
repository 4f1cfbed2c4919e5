print(list(zip('abc', [1, 2, 3])), list(zip('ab', range(10))), list(zip()), list(zip('a')), list(zip([], 'xy')), list(zip('ab', 'cd', 'ef')))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), type(z).__name__)
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b, dict(zip('kv', (1, 2))))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
