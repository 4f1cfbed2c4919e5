# copy() of an OrderedDict is an OrderedDict with the same order, independent
# of the original.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

d = OrderedDict([("b", 1), ("a", 2)])
c = d.copy()
c["z"] = 3
print(type(c).__name__, c, d)
print(c is d, list(c), c == d)
