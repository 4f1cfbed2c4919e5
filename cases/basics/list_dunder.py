L = [3, 1]
print(L.__len__(), L.__getitem__(0), L.__contains__(1), L.__add__([2]), L.__mul__(2), L.__eq__([3, 1]), L.__lt__([4]), L.__iadd__([5]), L)
L.__setitem__(0, 9)
L.__delitem__(1)
print(L, list(L.__iter__()), list(L.__reversed__()), L.__ne__(L))
