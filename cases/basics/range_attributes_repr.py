for r in (range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(-5), range(0, 1, 100)):
    print(repr(r), str(r), r.start, r.stop, r.step, len(r), list(r)[:3], bool(r))
