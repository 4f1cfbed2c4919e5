print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))
print(hash(2.0**64) == hash(2**64), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')))
d = {0.5: 'a', 1.0: 'b'}
print(d[0.5], d[1], d[True])
