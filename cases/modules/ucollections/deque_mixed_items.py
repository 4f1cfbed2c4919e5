# Deques hold any objects, including None and other deques.
from collections import deque

inner = deque((), 1)
inner.append("in")
d = deque((), 3)
d.append(None)
d.append(inner)
d.append((1, 2))
print(d.popleft(), list(d.popleft()), d.popleft())
