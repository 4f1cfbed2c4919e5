inf, nan = float('inf'), float('nan')
for x in (0.0, -0.0, 1.0, -1.0, 2.0, 0.5, inf, -inf, nan):
    row = []
    for y in (0.0, 1.0, -1.0, 2.0, 0.5, 3.0, inf, -inf, nan):
        try:
            r = x ** y
            row.append(repr(r) if not isinstance(r, complex) else 'complex')
        except ZeroDivisionError:
            row.append('ZDE')
    print(repr(x), ' '.join(row))
