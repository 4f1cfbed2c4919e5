for x in (0.0001, 0.00001, 123456, 1234567, 1.5, 100.0, 1e16, 0.1 + 0.2):
    print(format(x, 'g'), format(x, '.3g'), format(x, 'G'), '%g' % x, format(x, '#g'))
