vals = [i / 7 for i in range(1, 40)] + [i * 0.1 for i in range(1, 40)] + [1.0 / (i * i) for i in range(1, 30)] + [2.0 ** i / 3 for i in range(-60, 60, 7)]
print(all(float(repr(v)) == v for v in vals))
print([repr(v) for v in vals[:12]])
print([repr(v) for v in vals[39:51]])
print([str(v) for v in vals[-10:]])
