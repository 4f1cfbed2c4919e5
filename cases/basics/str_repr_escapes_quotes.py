for s in ('a', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x1f\x7f', '\x80\xa0\xff', '\u00e9\u200b\u2028', '\U0001f600', '\x9f'):
    print(repr(s))
