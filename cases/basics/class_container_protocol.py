# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Store:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
s = Store()
s["a"] = 1
s["b"] = 2
print(len(s), s["a"], "a" in s, "z" in s, "z" not in s)
del s["a"]
print(len(s))
try:
    s["q"]
except KeyError as e:
    print("KeyError", e)
s["b"] += 5
print(s.data)
