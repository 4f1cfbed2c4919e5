class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise RuntimeError('no 3')
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
L = [K(5), K(3), K(1), K(4)]
try:
    L.sort()
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(k.v for k in L), len(L))
print(sorted([K(2), K(1), K(4)]))
