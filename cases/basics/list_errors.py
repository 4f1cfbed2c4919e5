L = [1, 2]
for f in (lambda: L.pop(5), lambda: [].pop(), lambda: L.remove(9), lambda: L.index(9), lambda: L[5], lambda: L.__setitem__(5, 0), lambda: L.index(1, 1), lambda: L['a'], lambda: L.insert('a', 1)):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
