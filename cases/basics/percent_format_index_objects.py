class I:
    def __index__(self):
        return 65
class F:
    def __float__(self):
        return 2.5
print('%d %x %c' % (I(), I(), I()), '%.1f %e' % (F(), F()))
