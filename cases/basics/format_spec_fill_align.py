for spec in ('<8', '>8', '^8', '*<8', '0>8', '#^9', '=8', '+=8', '_>8'):
    for v in (42, -42, 'ab' if '=' not in spec else 7):
        print(repr(spec), repr(format(v, spec)))
