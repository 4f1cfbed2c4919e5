class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def __repr__(self):
        return 'Pair(%r, %r)' % self
p = Pair(1, 'x')
print(p, p.first, p.second, [p], p == (1, 'x'), {p: 'v'}[(1, 'x')], p + (2,), *p)
