for s in (slice(None), slice(2), slice(-3, None), slice(None, None, -1), slice(5, -5, -2), slice(-100, 100), slice(3, 3), slice(0, 10, 3)):
    print(repr(s), s.indices(7), s.indices(0), list(range(7))[s])
