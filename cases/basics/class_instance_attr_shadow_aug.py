# self.attr += on a class attribute creates an instance attribute
class C:
    n = 0
    items = []
    def bump(self):
        self.n += 1
        self.items += [self.n]
a, b = C(), C()
a.bump(); a.bump(); b.bump()
print(a.n, b.n, C.n)
print(a.items, C.items, a.items is C.items)
