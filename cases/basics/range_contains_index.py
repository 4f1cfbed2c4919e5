r = range(0, 30, 3)
print(9 in r, 10 in r, 30 in r, -3 in r, 9.0 in r, 9.5 in r, '9' in r, r.index(27), r.count(6), r.count(7), range(5, 0, -1).index(2))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
print(10**17 in range(10**18), range(10**18)[-1])
