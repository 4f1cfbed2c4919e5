r = (-1.0) ** 0.5
print(type(r).__name__, round(r.real, 10), r.imag)
print((-4) ** 0.5)
