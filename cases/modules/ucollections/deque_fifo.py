# append + popleft make a FIFO queue; items come out in insertion order.
try:
    from ucollections import deque
except ImportError:
    from collections import deque

q = deque((), 10)
for word in ("one", "two", "three"):
    q.append(word)
out = []
while q:
    out.append(q.popleft())
print(out, len(q), bool(q))
