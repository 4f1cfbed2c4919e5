# A full bounded deque drops the rightmost item on appendleft.
from collections import deque

d = deque((), 3)
for i in "abcde":
    d.appendleft(i)
print(list(d))
d.append("z")
print(list(d), d.pop(), d.popleft(), list(d))
