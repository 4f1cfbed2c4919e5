# range with different arguments
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 0)))
print(list(range(0, -5, -1)))
r = range(1, 10, 2)
print(r, r.start, r.stop, r.step)
print(r[0], r[-1], r[2], len(r))
print(7 in r, 8 in r, r.index(7), r.count(3))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__)
