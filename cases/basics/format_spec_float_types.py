for v in (0.0, 1.0, 0.1, 123.456, 1e-7, 1.5e300, 12345678.9):
    print(format(v, 'e'), format(v, 'f'), format(v, 'g'), format(v, 'n'), format(v, '%'), format(v, ''), format(v, '.1'))
