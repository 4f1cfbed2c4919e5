# The CPython-compatible rest: any iterable, optional maxlen, appendleft,
# pop, extend, extendleft, clear, iteration, indexing, repr, maxlen.
from collections import deque

d = deque([1, 2, 3])
print(d, d.maxlen, len(d))
d.appendleft(0)
d.extend(range(4, 7))
print(d, d.pop(), d.popleft(), d)
d.extendleft("ab")
print(d, d[0], d[-1], d[2])
print(list(d), [x for x in d], 3 in d, 99 in d)
d.clear()
print(d, bool(d))
b = deque("abcdef", 4)
print(b, b.maxlen)
b.appendleft("z")
print(b)
b.extend("xy")
print(b)
print(repr(deque()), repr(deque((), 2)), deque(maxlen=1))
for bad in (-1,):
    try:
        deque((), bad)
    except ValueError as e:
        print("ValueError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1])[5]
except IndexError:
    print("IndexError index")
