print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, [])), list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(len, ['a', 'bb'])
print(next(m), list(m), type(m).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
