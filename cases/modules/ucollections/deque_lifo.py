# append + pop make a stack; appendleft + popleft too.
from collections import deque

s = deque((), 5)
for i in range(4):
    s.append(i)
print([s.pop() for _ in range(4)])
for i in range(3):
    s.appendleft(i)
print([s.popleft() for _ in range(3)])
