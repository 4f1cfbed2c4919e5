print(int('1_000_000'), int('0x_ff_ff', 16), int('1_0', 2))
for s in ('_1', '1_', '1__0', '1 _0'):
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
