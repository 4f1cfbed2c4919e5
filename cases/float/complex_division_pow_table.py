vals = [1 + 1j, -2 + 0.5j, 3j, 2.0 + 0j, -1 - 1j]
for a in vals:
    print([str(a / b) for b in vals], [str(a ** n) for n in (2, 3, -1, 0)])
