for v in (-3, 3.7, -2.5, 2**70, -(2**70), True, False, -0.0, 1e300):
    print(repr(v), abs(v), round(v), type(round(v)).__name__, round(v, 1) if not isinstance(v, bool) else '')
