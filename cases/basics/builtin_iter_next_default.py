it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(list(iter('ab')), iter(it) is it, list(iter(range(3))))
for bad in (5, None):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
