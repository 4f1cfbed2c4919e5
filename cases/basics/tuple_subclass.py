class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), list(p), tuple(p), type(p).__name__)
a, b = p
print(a, b, p.count(1), p.index(2), sorted(p, reverse=True))
