c = 3.14159 + 2.71828j
print(format(c, ''), format(c, '.2f'), format(c, '10.1f') if False else '', format(1j, ''))
print('{:.3}'.format(c), '{0.real} {0.imag}'.format(c))
