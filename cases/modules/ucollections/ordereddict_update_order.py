# Updating an existing key keeps its position; new keys go to the end.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

d = OrderedDict()
d["x"] = 1
d["y"] = 2
d["z"] = 3
d["x"] = 10
print(list(d.items()))
d.update({"y": 20, "w": 4})
print(list(d))
d.setdefault("v", 5)
d.setdefault("x", 0)
print(list(d.items()))
