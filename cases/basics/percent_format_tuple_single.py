print('%s' % (1,), '%s' % ((1, 2),), '%s' % [1, 2], '%s' % {'a': 1}, '%r' % (None,), '%s %s' % ('a', 'b'), '%d%%' % 50)
for args in ((1, 2), ()):
    try:
        print('%s' % (args,))
        print('%s %s' % args)
    except TypeError as e:
        print(type(e).__name__, e)
