class P:
    x = 1
    y = [10, 20]
    d = {'k': 'v'}
print('{0.x} {0.y[1]} {0.d[k]}'.format(P()), '{a[0]}{a[1]}'.format(a='xy'), '{0[1][0]}'.format([[1], [2]]), '{.real:.1f}'.format(2.5), '{0!r:>6}'.format('a'))
print('{} {} {}'.format(*'abc'), '{2}{1}{0}'.format(*'abc'), '{x}{y}{x}'.format(x=1, y=2), '{0}{1}{0}'.format('a', 'b'), '{:{}}|'.format('q', 4), '{:{}{}}|'.format(3, '>', 5))
