# repr of namedtuple instances shows the type name and field=value pairs.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

P = namedtuple("Pair", "key value")
print(P("k", 1))
print(repr(P(None, [1, 2])))
print(str(P(1.5, "x")))
E = namedtuple("Empty", ())
print(E())
