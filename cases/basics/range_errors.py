for f in (lambda: range(0, 10, 0), lambda: range(1.5), lambda: range('a'), lambda: range(3)[5], lambda: range(1, 2, 3, 4), lambda: range()):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
