# Creating a namedtuple with too few or too many values is a TypeError.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

T = namedtuple("T", ("a", "b"))
for args in ((), (1,), (1, 2, 3)):
    try:
        print(T(*args))
    except TypeError:
        print(len(args), "TypeError")
print(T(1, 2))
