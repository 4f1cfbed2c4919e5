# OrderedDict keeps keys in insertion order (the spec's example), and is
# a dict.
from collections import OrderedDict

d = OrderedDict([("z", 1), ("a", 2)])
d["w"] = 5
d["b"] = 3
for k, v in d.items():
    print(k, v)
print(d)
print(OrderedDict(), repr(OrderedDict(x=1)))
print(isinstance(d, dict), list(d), list(d.keys()), list(d.values()))
del d["a"]
d["a"] = 9
print(list(d.items()))
d["z"] = 100
print(list(d.items()), len(d), d["z"], d.get("q", "none"), "w" in d)
print(d.pop("w"), d.popitem(), d)
d.update([("m", 1), ("n", 2)])
print(d)
print(type(d).__name__, OrderedDict.__name__)
# equality: order matters between OrderedDicts, not with a plain dict
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a), a == [("x", 1)])
