class L(list):
    def append(self, x):
        super().append(x * 2)
    def __len__(self):
        return super().__len__() + 100
    def __getitem__(self, i):
        return super().__getitem__(i) + 1
    def __contains__(self, x):
        return super().__contains__(x // 2)
    def __iter__(self):
        return iter(super().__iter__().__next__.__self__ if False else list.__iter__(self))
l = L()
l.append(1)
l.append(2)
print(len(l), l[0], 2 in l, 3 in l, list(l), l == [2, 4], list.__len__(l), list.__getitem__(l, 1))
