for v in (0, 999, 1000, 123456789, -1234567, 2**70):
    print(format(v, ','), format(v, '_'), format(v, '_x'), format(v, '_b') if v < 2**20 else '', format(v, '015,'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.3e'), format(-0.5, ','), format(12345.6, '012,.1f'))
