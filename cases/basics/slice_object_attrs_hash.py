s = slice(1, 'a', [2])
print(s.start, s.stop, s.step, s, slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print(type(e).__name__)
