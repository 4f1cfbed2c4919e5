# zip(strict=True) checks that the iterables have the same length.
print(list(zip([1, 2], 'ab', strict=True)))
print(list(zip(strict=True)))
print(list(zip([1, 2], [3], strict=False)))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4]), ([], [], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip(iter([1, 2, 3]), [4, 5], strict=1)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(e)
try:
    zip([1], bad=True)
except TypeError as e:
    print(type(e).__name__)
