vals = [7.5, -7.5, 0.5, -0.5, 2.0, -2.0, 1e-300, float('inf'), -float('inf')]
for a in vals:
    row = []
    for b in (2.0, -2.0, 0.3, -0.3, float('inf'), -float('inf')):
        try:
            row.append('%r,%r' % (a // b, a % b))
        except ZeroDivisionError:
            row.append('ZDE')
    print(repr(a), ' | '.join(row))
