for x in (1.0, 1e16, 1e-5, 0.1, 2.5, 1e100, float('inf'), float('nan'), -0.0):
    print(format(x, ''), format(x, '10'), format(x, '.3'), format(x, '<12'), f'{x!r}')
