x = 3.14159265358979
for p in range(0, 8):
    print(p, format(x, '.%df' % p), format(x, '.%de' % p), format(x, '.%dg' % p), format(x, '.%d%%' % p), format('abcdefg', '.%d' % p))
