d = {1: 'int', 2.5: 'float', 'a': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs', b'b': 'bytes'}
print(d[1], d[2.5], d['a'], d[(1, 2)], d[None], d[frozenset([1])], d[b'b'], len(d))
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except TypeError as e:
    print(type(e).__name__, e)
