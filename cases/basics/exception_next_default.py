# next() with a default never raises StopIteration
it = iter([1])
print(next(it, "d"))
print(next(it, "d"))
print(next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration without default")
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__)
