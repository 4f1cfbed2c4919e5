# __setitem__ and __delitem__ receiving slices
class Rec:
    def __init__(self):
        self.data = list(range(6))
    def __setitem__(self, k, v):
        print("set", type(k).__name__, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", type(k).__name__)
        del self.data[k]
r = Rec()
r[0] = "zero"
r[1:3] = ["a", "b", "c"]
del r[::2]
del r[-1]
print(r.data)
