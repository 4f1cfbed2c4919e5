# tuples: creation, indexing, methods, immutability
t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], len(t))
print(t.count(2), t.index(3))
print((1,) + (2,), (0,) * 3, () == tuple())
single = 1,
print(single, type(single).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__)
print((1, [2]) [1])
tt = (1, [2])
tt[1].append(3)
print(tt)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__)
