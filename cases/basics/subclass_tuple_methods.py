class T(tuple):
    pass
t = T([3, 1, 2])
print(t, len(t), t[0], t[1:], type(t[1:]).__name__, t.index(2), t.count(1), t + (4,), type(t + (4,)).__name__, t * 2, sorted(t), 1 in t, hash(t) == hash((3, 1, 2)), t == (3, 1, 2), t < (4,), repr(t), list(t), max(t))
