# OrderedDict.popitem() removes and returns the most recently added item;
# on an empty OrderedDict it is a KeyError.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

d = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(d.popitem())
d["z"] = 0
print(d.popitem(), list(d.items()))
d.popitem()
d.popitem()
try:
    d.popitem()
except KeyError:
    print("KeyError")
