class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __getitem__(self, i):
        return 'item' + str(super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
L = Logged()
L.append(1)
L.append(2)
print(L[0], len(L), list.__len__(L), L)
