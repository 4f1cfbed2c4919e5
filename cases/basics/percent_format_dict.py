d = {'name': 'x', 'n': 3, 'f': 2.5}
print('%(name)s has %(n)d items costing %(f).2f' % d, '%(n)05d|%(name)-4s|' % d, '%(name)r' % d, '%%(name)s' % d, '%(n)s %(n)d' % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s %(x)s' % M())
