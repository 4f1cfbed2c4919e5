class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return 'Money(%d)' % int(self)
m = Money(5) + 7
print(m, type(m).__name__, Money(3) + Money(4))
print(5 + Money(1))
