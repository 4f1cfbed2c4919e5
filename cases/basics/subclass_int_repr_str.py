class Hex(int):
    def __repr__(self):
        return 'Hex(%s)' % hex(self)
    def __str__(self):
        return hex(self)
h = Hex(255)
print(h, repr(h), [h], f'{h}', f'{h!r}', '%s %r %d' % (h, h, h), str(h), format(h), format(h, 'd'), '{}'.format(h))
