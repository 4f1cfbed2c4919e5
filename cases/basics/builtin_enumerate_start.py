print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 1)), list(enumerate('x', start=-2)), list(enumerate(range(2), True)))
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, None), iter(e) is e, type(e).__name__)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(type(e).__name__)
