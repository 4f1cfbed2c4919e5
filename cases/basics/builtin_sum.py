print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(101)), sum([True, True]), sum([0.1] * 3), sum([1, 2.5, 3j]), sum([], start=5))
for f in (lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: sum(5), lambda: sum([b'a'], b'')):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([2**64, 2**64, -2**65]), sum(x * x for x in range(4)))
