for x in (0.1, 1/3, 1e16, 1.0, -0.0, 1e-7, 123.456, 1e300 * 10, float('nan')):
    print(str(x), repr(x), '%s' % x, '%r' % x, f'{x}', f'{x!r}', format(x), str([x]))
