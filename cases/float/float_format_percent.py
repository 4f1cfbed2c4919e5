print(format(0.5, '%'), format(0.12345, '.1%'), format(1, '.0%'), format(-0.5, '+.2%'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1e6, ','))
print(format(3.5, '=+10.2f'), format(3.5, '010.2f'), format(-3.5, '010.2f'), format(3.5, '^10'))
