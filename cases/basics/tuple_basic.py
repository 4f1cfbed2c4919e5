t = (1, 'a', 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, 2 * (0,), () == (), (1,) == (1,), (1, 2) < (1, 3), (1,) < (1, 0))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(2)), (1,) * 0, t.count(1), t.index('a'), 'a' in t, hash((1, 2)) == hash((1, 2)))
