for s in ('\u00e9', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u0300', '\x85', '\u4e2d', '\U0001f600', '\U000e0001', '\u3000', '\x1b[0m'):
    print(repr(s), ascii(s))
