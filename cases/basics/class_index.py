# __index__ lets objects be used as indices and with bin/hex
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list("abcdef")
print(l[Idx(2)], "xyz"[Idx(1)])
print(l[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print([0] * Idx(3))
