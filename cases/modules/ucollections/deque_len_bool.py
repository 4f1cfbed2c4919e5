# len and bool of deques follow the number of items.
try:
    from ucollections import deque
except ImportError:
    from collections import deque

d = deque((), 4)
print(len(d), bool(d))
d.append(None)
print(len(d), bool(d))
d.append(0)
d.popleft()
print(len(d), bool(d))
d.popleft()
print(len(d), bool(d), not d)
