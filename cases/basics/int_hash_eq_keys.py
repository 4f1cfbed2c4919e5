d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[2**64] = 'big'
d[float(2**64)] = 'bigf'
d[complex(2**64, 0)] = 'bigc'
print(d, len(d))
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
