s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', 'b'))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(10), slice(10, -20, -2).indices(6))
print([0, 1, 2, 3, 4, 5][slice(None, None, 2)], 'abcdef'[slice(1, -1)], slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
