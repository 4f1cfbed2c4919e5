print(int('  42  '), int('\t-7\n'), int(' +3'))
for s in ('', ' ', '4 2', '- 1', '++1', '1.0', 'abc'):
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
