for c in (' ', '\t', '\x1c', '\x85', '\xa0', '\u1680', '\u2000', '\u200b', '\u2028', '\u3000', '\ufeff', ''):
    print(repr(c), c.isspace(), c.isprintable())
