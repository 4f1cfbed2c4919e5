s = '\u3000a\u2003b\u00a0c\u2028d\x85'
print(s.split(), s.strip(), s.rsplit(None, 1), s.splitlines(), '\u00e9,\u00e8'.split(','), 'x\u2029y'.splitlines(True))
