# range.__reversed__ called directly, and on the edge ranges.
for r in (range(3), range(1, 10, 3), range(10, 0, -4), range(0), range(-5, -1)):
    it = r.__reversed__()
    print(list(it), list(reversed(r)))
print(next(range(2**40, 2**40 + 5).__reversed__()))
