for exc in (ValueError(), ValueError('m'), ValueError('a', 1), KeyError('k'), IndexError(3), TypeError(None)):
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
