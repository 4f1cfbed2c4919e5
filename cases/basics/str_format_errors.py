for tmpl, args in (('{', ()), ('}', ()), ('{0}', ()), ('{x}', ()), ('{0:d}', ('a',)), ('{:s}', (1,)), ('{0!z}', (1,)), ('{} {0}', (1, 2)), ('{0[5]}', ([1],))):
    try:
        print(tmpl.format(*args))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
