# namedtuple fields by index, negative index, slice, len, unpacking.
try:
    from ucollections import namedtuple
except ImportError:
    from collections import namedtuple

T = namedtuple("T", ("a", "b", "c"))
t = T(1, "two", 3.0)
print(t[0], t[1], t[2], t[-1], t[-3])
print(t[1:], t[::-1], len(t))
a, b, c = t
print(a, b, c)
try:
    t[3]
except IndexError:
    print("IndexError")
