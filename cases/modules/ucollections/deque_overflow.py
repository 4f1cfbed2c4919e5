# Pycopy's deque flags: 1 makes append raise IndexError when the deque is
# full instead of discarding an item (CPython's deque has no flags).
from ucollections import deque

d = deque((), 2, 1)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError:
    print("IndexError")
print(len(d), d.popleft(), d.popleft())
d.append(4)
print(len(d))
