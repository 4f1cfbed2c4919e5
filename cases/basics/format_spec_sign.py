for v in (5, -5, 0, 2.5, -2.5, -0.0, float('inf'), float('nan')):
    print(format(v, '+'), format(v, '-'), format(v, ' '), format(v, '+08'), format(v, ' 8.2f') if not isinstance(v, int) else format(v, ' 8d'))
