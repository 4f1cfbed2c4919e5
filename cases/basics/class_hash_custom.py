# custom __hash__ values and hash consistency for ints/tuples
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return self.v == o.v
print(hash(H(7)), hash(H(9)))
print(hash(5) == hash(5), hash((1, 2)) == hash((1, 2)))
print(hash(1) == hash(1.0), hash(True) == hash(1))
d = {}
for v in range(6):
    d[H(v)] = v
print(sorted(d.values()))
print(d[H(4)])
