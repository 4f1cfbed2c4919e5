for s in ('', ' ', 'abc', '1.2.3', '1e', '_1', '1__0', '0x10', 'inf1', 'nan nan', '1_'):
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
