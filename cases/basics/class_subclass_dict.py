# subclassing dict
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()))
print(isinstance(c, dict), len(c), c["a"])
class Default(dict):
    def __missing__(self, k):
        return "missing:" + k
d = Default(a="x")
print(d["a"], d["zz"], "zz" in d)
class AttrDict(dict):
    def __getattr__(self, name):
        return self[name]
ad = AttrDict(one=1)
print(ad.one)
