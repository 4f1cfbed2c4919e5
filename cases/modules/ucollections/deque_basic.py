# deque(iterable, maxlen): append, popleft, len and bool, as the spec
# documents them (with the empty tuple as iterable).
from collections import deque

d = deque((), 3)
print(len(d), bool(d))
d.append(1)
d.append(2)
print(len(d), bool(d), d)
print(d.popleft(), d.popleft(), len(d), bool(d))
try:
    d.popleft()
except IndexError:
    print("IndexError")
# a full deque discards items from the opposite end
d = deque((), 3)
for i in range(6):
    d.append(i)
    print(list(d))
print(d.popleft(), d.popleft(), d.popleft(), len(d))
d = deque((), 0)
d.append(1)
print(len(d))
