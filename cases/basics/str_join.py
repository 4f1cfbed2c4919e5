print('-'.join(['a', 'b', 'c']), ''.join([]), ','.join('abc'), ' '.join(x for x in ['x', 'y']), '->'.join(('only',)))
print('\u00e9'.join(['a', 'b']), ', '.join({'k': 1, 'j': 2}))
for bad in (['a', 1], [b'x'], 5):
    try:
        '-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
