class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
d = {}
for i in range(20):
    d[K(i)] = i
print(len(d), d[K(5)], K(19) in d, K(20) in d)
del d[K(3)]
print(len(d), K(3) in d, d[K(4)])
