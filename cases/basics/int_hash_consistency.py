for n in (0, 1, -1, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30):
    print(hash(n) == hash(float(n)) if abs(n) < 2**1000 else None, hash(n) == hash(n + 0))
print(hash(True) == hash(1), hash(False) == hash(0), hash(1.0) == hash(1))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash(1.5) == hash(1.5), hash(0.0) == hash(-0.0))
d = {1: 'a'}
d[1.0] = 'b'
d[True] = 'c'
print(d)
