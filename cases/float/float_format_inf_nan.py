inf, nan = float('inf'), float('nan')
print(format(inf, 'f'), format(-inf, 'e'), format(nan, 'g'), format(inf, 'F'), format(nan, 'E'))
print(format(inf, '10.2f'), format(nan, '+f'), '%f' % inf, '%e' % -inf, '%g' % nan, format(inf, '08f'))
