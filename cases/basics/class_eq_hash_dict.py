# __eq__ and __hash__ make instances usable as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "overwritten"
d[Key(2, 1)] = "second"
print(len(d), d[Key(1, 2)], d[Key(2, 1)])
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
class Id:
    pass
i1, i2 = Id(), Id()
print(len({i1, i2, i1}), i1 == i1, i1 == i2)
