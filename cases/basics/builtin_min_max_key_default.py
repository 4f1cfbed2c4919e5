print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1, 5], [2]), min((1, 'b'), (1, 'a')), max(range(5)), min({3: 0, 1: 0}))
print(min([], default=9), max([], default=None), min([1, 2], default=0), max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'c'], key=len), max([1, -5, 3], key=abs), max(1, 2, key=lambda x: -x))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), max(3, 3.0, key=float))
for f in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, 'a']), lambda: max([], key=len)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
