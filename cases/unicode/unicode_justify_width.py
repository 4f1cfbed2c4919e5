s = '\u00e9t\u00e9'
print(repr(s.center(9, '*')), repr(s.ljust(6, '\u2022')), repr(s.rjust(5)), repr(s.zfill(6)), repr(f'{s:^9}'), repr('%-6s|' % s), repr(format(s, '>5')))
