for f in (lambda: 2.0 ** 5000, lambda: float(10**400), lambda: int(float('inf')), lambda: (10**400) / 1, lambda: round(1e308, -400) if False else 10.0 ** 400, lambda: [0] * (2**70)):
    try:
        f()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
