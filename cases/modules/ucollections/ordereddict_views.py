# keys(), values(), items() and iteration all follow insertion order.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

d = OrderedDict([("q", 1), ("b", 2), ("m", 3)])
print(list(d.keys()), list(d.values()), list(d.items()))
print([k for k in d], len(d), "b" in d, "z" in d, d.get("m"), d.get("z"))
print(isinstance(d, dict))
