x = 12345.678
print(format(x, 'e'), format(x, '.2e'), format(x, 'E'), format(0.0, 'e'), format(-1e-300, '.3e'))
print('%e' % 1.0, '%.0e' % 15000, '%E' % 0.000123)
