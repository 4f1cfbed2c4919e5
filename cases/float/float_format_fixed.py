x = 3.14159265
print(format(x, 'f'), format(x, '.2f'), format(x, '10.3f'), format(x, '<10.3f'), format(x, '+.1f'), format(-x, '.0f'))
print(format(1e20, 'f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'))
print('%.3f' % 2.0005, '%f' % 1e-7, '%.10f' % 0.1)
