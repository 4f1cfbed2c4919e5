print(format(-0.0, 'f'), format(-0.0, '.1f'), format(-0.001, '.1f'))
