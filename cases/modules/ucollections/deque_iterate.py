# Iterating over a deque goes from left to right without consuming it.
from collections import deque

d = deque((), 4)
for x in (1, 2, 3, 4, 5):
    d.append(x)
print([x for x in d], list(d), tuple(d), sum(d))
d.appendleft(0)
for x in d:
    print(x)
print(len(d))
