# Deleting and re-inserting a key moves it to the end; pop removes it.
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

d = OrderedDict([(i, str(i)) for i in range(5)])
del d[1]
d[1] = "one"
print(list(d))
print(d.pop(3), list(d))
print(d.pop(99, "default"))
try:
    del d[42]
except KeyError:
    print("KeyError")
d.clear()
print(list(d), len(d))
