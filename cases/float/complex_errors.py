for f in (lambda: 1j / 0, lambda: 1j // 2, lambda: 1j % 2, lambda: 1j < 2j, lambda: int(1j), lambda: float(1j), lambda: complex('1+'), lambda: 0j ** -1):
    try:
        f()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__)
