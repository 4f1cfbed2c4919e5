# dumps of ucollections types: an OrderedDict is an object in its order, a
# namedtuple an array; a deque is not serialisable (TypeError).
try:
    import ujson as json
except ImportError:
    import json
try:
    from ucollections import OrderedDict, namedtuple, deque
except ImportError:
    from collections import OrderedDict, namedtuple, deque

print(json.dumps(OrderedDict([("z", 1), ("a", [2])])))
P = namedtuple("P", "x y")
print(json.dumps({"p": P(1, "b")}))
try:
    json.dumps(deque((), 2))
except TypeError:
    print("TypeError")
