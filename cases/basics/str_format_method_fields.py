print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2), '{0}{0}'.format('ab'), '{{}}'.format(), '{:>5}|'.format('ab'))
print('{0[1]} {1[k]} {2.real}'.format([1, 2], {'k': 'v'}, 3j), '{!r} {!s} {!a}'.format('x', 'y', '\u00e9'), '{:*^9}'.format('mid'))
print('{0:{1}}'.format(3.14159, '.2f'), '{:{w}.{p}f}'.format(2.5, w=8, p=2), '{:,}'.format(1234567), '{:08.3f}'.format(-3.5))
