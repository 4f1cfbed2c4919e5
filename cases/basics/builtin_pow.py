print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(2, 10, 1000), pow(base=3, exp=2), pow(3, 2, mod=5), pow(0, 0), pow(-8, 1/3).real > 0)
for args in ((2, 3, 0), (2.0, 3, 5), (2, 'x'), (0, -1), (2, -1, 4)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
