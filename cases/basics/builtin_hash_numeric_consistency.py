vals = [0, 1, -1, 2**31, 2**61 - 2, 2**61, -(2**61), 2**100, 0.5, -0.5, 1e20, 3.0, -2.0, True]
print(all(hash(v) == hash(float(v)) for v in vals if isinstance(v, (int, bool)) and abs(v) < 2**53 or isinstance(v, float) and v.is_integer()))
print(all(hash(v) == hash(complex(v, 0)) for v in vals))
print(hash(0.5) == hash(0.5 + 0j), hash(2**61) == hash(float(2**61)), hash(-(2**61)) == hash(float(-(2**61))))
