for f in (lambda: [1] + (2,), lambda: [1] + 1, lambda: [1] * [2], lambda: [1] * 1.5, lambda: [1] < 'a'):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
