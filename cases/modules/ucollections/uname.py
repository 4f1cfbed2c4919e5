# ucollections and collections are the same module.
try:
    import ucollections
except ImportError:
    import collections as ucollections
import collections

print(ucollections.OrderedDict([(1, 2)]), collections.namedtuple("T", "a")(1))
d = ucollections.deque((), 5)
d.append(1)
print(len(d))
