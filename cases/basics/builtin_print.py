print()
print(1, 'a', None, [1])
print(1, 2, 3, sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' then', end='!\n')
print('x', 'y', sep=None, end=None)
print(*range(5), sep=', ')
print('', end='')
print(sep='|')
try:
    print(1, sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, foo=2)
except TypeError as e:
    print(type(e).__name__)
