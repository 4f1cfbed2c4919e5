for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: 2**70 // 0, lambda: 2**70 % 0, lambda: 0 ** -1):
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
