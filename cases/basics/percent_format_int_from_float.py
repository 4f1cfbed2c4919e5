print('%d %i %u' % (3.99, -3.99, 2.5), '%x' % 255, '%c' % 97)
for fmt, v in (('%x', 2.5), ('%c', 1.5), ('%d', '1'), ('%c', -1), ('%o', 1.0)):
    try:
        print(fmt % v)
    except (TypeError, OverflowError, ValueError) as e:
        print(fmt, type(e).__name__, e)
