t = (1, 2)
print(t.__len__(), t.__getitem__(1), t.__contains__(2), t.__add__((3,)), t.__mul__(2), t.__hash__() == hash(t), t.__eq__((1, 2)), t.__lt__((1, 3)), tuple.__len__(t))
