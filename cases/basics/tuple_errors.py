t = (1, 2)
for f in (lambda: t[5], lambda: t.index(9), lambda: t + [1], lambda: t.__setitem__(0, 1), lambda: hash(([],)), lambda: t[1.0]):
    try:
        f()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
